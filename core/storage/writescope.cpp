#include "storage/writescope.h"

#include "security/crypto.h"
#include "storage/sqlerror.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdio>

namespace care {

struct WriteText {
    Q_DECLARE_TR_FUNCTIONS(WriteText)
};

Actor Actor::system(const QString &tool)
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return Actor{QString(), user.isEmpty() ? tool : QStringLiteral("%1 (%2)").arg(tool, user)};
}

QString auditEventHash(const QStringList &fieldsInColumnOrder)
{
    // Unit separator between fields so "ab"+"c" and "a"+"bc" hash differently.
    return QString::fromLatin1(QCryptographicHash::hash(fieldsInColumnOrder.join(QChar(0x1F)).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QString auditEventMac(const SecretBytes &auditKey, qint64 seq, const QStringList &fieldsInColumnOrder)
{
    // Each field with its length in front: no two events share an encoding.
    QByteArray message("care-audit-1");
    const auto append = [&message](const QByteArray &field) {
        const quint32 size = quint32(field.size());
        for (int shift = 24; shift >= 0; shift -= 8)
            message.append(char((size >> shift) & 0xff));
        message.append(field);
    };
    append(QByteArray::number(seq));
    for (const QString &field : fieldsInColumnOrder)
        append(field.toUtf8());
    return QString::fromLatin1(crypto::keyedDigest(auditKey, message, 32).toHex());
}

QString auditGenesisHash() { return QString(64, QLatin1Char('0')); }

Result<qint64> lastChangeSeq(const QSqlDatabase &connection)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !q.next())
        return storageError(q, QStringLiteral("read change log position"));
    return q.value(0).toLongLong();
}

QString changeOperationCode(ChangeOperation op)
{
    switch (op) {
    case ChangeOperation::Insert: return QStringLiteral("insert");
    case ChangeOperation::Update: return QStringLiteral("update");
    case ChangeOperation::Delete: return QStringLiteral("delete");
    }
    return {};
}

WriteScope::WriteScope(Database &db, Actor actor, const Clock &clock, IdGenerator *ids)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock), m_ids(ids), m_connection(db.connection())
{
    // IMMEDIATE takes the write lock now, so a busy database fails here, before any work.
    QSqlQuery q(m_connection);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_error = storageError(q, QStringLiteral("begin write"));
        m_finished = true;
    }
}

WriteScope::~WriteScope()
{
    if (!m_finished)
        rollback();
}

QString WriteScope::now() const { return toStoredTimestamp(m_clock.nowUtc()); }

QString WriteScope::makeId() { return m_ids ? m_ids->next() : newId(); }

ChangeStamp WriteScope::stampChange()
{
    // Hybrid logical clock: wall milliseconds, a counter for same-ms changes,
    // and the device id, so every replica orders changes the same way.
    const qint64 ms = m_clock.nowUtc().toMSecsSinceEpoch();
    if (ms > m_hlcMs) {
        m_hlcMs = ms;
        m_hlcCounter = 0;
    } else {
        ++m_hlcCounter;
    }
    // Fixed widths keep the text sortable. Formatted by hand, not with
    // QString::arg: bulk writes stamp every row.
    char clock[32];
    std::snprintf(clock, sizeof clock, "%013lld-%06d-", static_cast<long long>(m_hlcMs), m_hlcCounter);
    return ChangeStamp{makeId(), QLatin1String(clock) + m_db.deviceId()};
}

Status WriteScope::recordChange(const QString &entity, const QString &entityId, ChangeOperation op,
                                const QJsonObject &fields)
{
    const ChangeStamp stamp = stampChange();
    auto statement = prepared(QStringLiteral("INSERT INTO change_log(change_id, entity, entity_id, operation, "
                                             "payload, hlc) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    QSqlQuery &q = *statement.value();
    q.bindValue(0, stamp.changeId);
    q.bindValue(1, entity);
    q.bindValue(2, entityId);
    q.bindValue(3, changeOperationCode(op));
    q.bindValue(4, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    q.bindValue(5, stamp.hlc);
    return execStatement(q, QStringLiteral("record change"));
}

Status WriteScope::audit(const QString &action, const QString &entity, const QString &entityId,
                         const QString &section, const QString &summary, const QString &reason)
{
    return auditAs(m_actor, action, entity, entityId, section, summary, reason);
}

Status WriteScope::auditAs(const Actor &who, const QString &action, const QString &entity, const QString &entityId,
                           const QString &section, const QString &summary, const QString &reason)
{
    const auto key = m_db.auditKey();
    if (!key)
        return Error{WriteText::tr("The change was not saved: the database is not open."), {}, {}};
    if (!m_lastAuditLoaded) {
        QSqlQuery q(m_connection);
        if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")))
            return storageError(q, QStringLiteral("read audit chain"));
        const bool any = q.next();
        m_lastAuditSeq = any ? q.value(0).toLongLong() : 0;
        m_lastAuditHash = any ? q.value(1).toString() : auditGenesisHash();
        m_lastAuditLoaded = true;
    }
    const qint64 seq = m_lastAuditSeq + 1;
    const QString id = makeId();
    const QString at = now();
    const QString actor = who.userId.isEmpty() ? who.name : who.userId + QLatin1Char('|') + who.name;
    // A null QString binds as SQL NULL; these NOT NULL columns take '' instead.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const QStringList fields{id, at, text(actor), text(action), text(entity), text(entityId), text(section),
                             text(summary), text(reason), m_lastAuditHash};
    const QString hash = auditEventMac(*key, seq, fields);
    auto statement = prepared(QStringLiteral("INSERT INTO audit_event(seq, id, at, actor, action, entity, entity_id, "
                                             "section, summary, reason, prev_hash, hash, chain_version) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    if (!statement)
        return statement.error();
    QSqlQuery &insert = *statement.value();
    insert.bindValue(0, seq);
    for (int i = 0; i < fields.size(); ++i)
        insert.bindValue(i + 1, fields[i]);
    insert.bindValue(int(fields.size()) + 1, hash);
    if (auto s = execStatement(insert, QStringLiteral("append audit event")); !s)
        return s;
    m_lastAuditSeq = seq;
    m_lastAuditHash = hash;
    return {};
}

Result<QSqlQuery *> WriteScope::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_connection);
        if (!q.prepare(sql))
            return storageError(q, QStringLiteral("prepare statement"));
        it = m_statements.insert(sql, q);
    }
    return &it.value();
}

Status WriteScope::commit()
{
    if (!m_active || m_finished)
        return Error{WriteText::tr("The change was not saved because the write had already ended."), {}, {}};
    m_statements.clear();
    QSqlQuery q(m_connection);
    m_finished = true;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = storageError(q, QStringLiteral("commit"));
        QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

void WriteScope::rollback()
{
    if (m_finished)
        return;
    m_finished = true;
    m_statements.clear();
    QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
}

} // namespace care
