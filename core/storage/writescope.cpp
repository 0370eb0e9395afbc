#include "storage/writescope.h"

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
    if (!m_lastAuditHashLoaded) {
        QSqlQuery q(m_connection);
        if (!q.exec(QStringLiteral("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")))
            return storageError(q, QStringLiteral("read audit chain"));
        m_lastAuditHash = q.next() ? q.value(0).toString() : QString(64, QLatin1Char('0'));
        m_lastAuditHashLoaded = true;
    }
    const QString id = makeId();
    const QString at = now();
    const QString actor = m_actor.userId.isEmpty() ? m_actor.name : m_actor.userId + QLatin1Char('|') + m_actor.name;
    const QString hash = auditEventHash({id, at, actor, action, entity, entityId, section, summary, reason,
                                         m_lastAuditHash});
    auto statement = prepared(QStringLiteral("INSERT INTO audit_event(id, at, actor, action, entity, entity_id, "
                                             "section, summary, reason, prev_hash, hash) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    QSqlQuery &insert = *statement.value();
    // A null QString binds as SQL NULL; these NOT NULL columns take '' instead.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const QVariantList values{id, at, text(actor), text(action), text(entity), text(entityId), text(section),
                              text(summary), text(reason), m_lastAuditHash, hash};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values[i]);
    if (auto s = execStatement(insert, QStringLiteral("append audit event")); !s)
        return s;
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
