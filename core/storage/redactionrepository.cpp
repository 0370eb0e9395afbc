#include "storage/redactionrepository.h"

#include "storage/sqlerror.h"

#include <QJsonDocument>
#include <QList>
#include <QSqlQuery>

#include <utility>

namespace care {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The keys to look for, in a temporary table: one pass over the log (it has
// no index by record) finds every entry of every record at once.
Status loadKeys(WriteScope &scope, const QHash<QString, ChangeRedaction> &redactions)
{
    const QSqlDatabase db = scope.connection();
    if (auto s = execSql(db,
                         QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS redaction_key (entity TEXT NOT NULL, "
                                        "entity_id TEXT NOT NULL, PRIMARY KEY (entity, entity_id)) WITHOUT ROWID"),
                         QStringLiteral("prepare redaction"));
        !s)
        return s;
    if (auto s = execSql(db, QStringLiteral("DELETE FROM temp.redaction_key"), QStringLiteral("prepare redaction")); !s)
        return s;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.redaction_key(entity, entity_id) VALUES (?, ?)"));
    for (auto it = redactions.keyBegin(); it != redactions.keyEnd(); ++it) {
        const qsizetype slash = it->indexOf(QLatin1Char('/'));
        insert.addBindValue(it->left(slash));
        insert.addBindValue(it->mid(slash + 1));
        if (auto s = execStatement(insert, QStringLiteral("prepare redaction")); !s)
            return s;
    }
    return {};
}

}  // namespace

QString RedactionRepository::key(const QString &entity, const QString &entityId)
{
    return entity + QLatin1Char('/') + entityId;
}

Result<QStringList> RedactionRepository::deletedSince(WriteScope &scope, qint64 afterSeq)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("SELECT entity, entity_id FROM change_log WHERE seq > ? AND operation = 'delete' "
                             "ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (auto s = execStatement(q, QStringLiteral("list deleted records")); !s)
        return s.error();
    QStringList keys;
    while (q.next())
        keys << key(q.value(0).toString(), q.value(1).toString());
    return keys;
}

Result<int> RedactionRepository::redactChangeLog(WriteScope &scope, const QHash<QString, ChangeRedaction> &redactions,
                                                 qint64 upToSeq)
{
    if (redactions.isEmpty())
        return 0;
    if (auto s = loadKeys(scope, redactions); !s)
        return s.error();
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("SELECT c.seq, c.entity, c.entity_id, c.payload FROM change_log c WHERE c.seq <= ? "
                             "AND EXISTS (SELECT 1 FROM temp.redaction_key k WHERE k.entity = c.entity "
                             "AND k.entity_id = c.entity_id)"));
    q.addBindValue(upToSeq);
    if (auto s = execStatement(q, QStringLiteral("read change log")); !s)
        return s.error();
    QList<std::pair<qint64, QString>> rewrites;
    while (q.next()) {
        const QString entityId = q.value(2).toString();
        const auto found = redactions.constFind(key(q.value(1).toString(), entityId));
        if (found == redactions.constEnd())
            continue;
        QJsonObject payload;
        if (found->wholePayload) {
            payload.insert(QStringLiteral("id"), entityId);
        } else {
            payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            for (auto field = found->replacements.begin(); field != found->replacements.end(); ++field)
                if (payload.contains(field.key()))
                    payload.insert(field.key(), field.value());
        }
        payload.insert(QStringLiteral("redacted"), true);
        rewrites.append({q.value(0).toLongLong(), compact(payload)});
    }
    q.finish();
    QSqlQuery update(scope.connection());
    update.prepare(QStringLiteral("UPDATE change_log SET payload = ? WHERE seq = ?"));
    for (const auto &[seq, payload] : rewrites) {
        update.addBindValue(payload);
        update.addBindValue(seq);
        if (auto s = execStatement(update, QStringLiteral("redact change log")); !s)
            return s.error();
    }
    if (auto s = execSql(scope.connection(), QStringLiteral("DELETE FROM temp.redaction_key"),
                         QStringLiteral("finish redaction"));
        !s)
        return s.error();
    return int(rewrites.size());
}

Result<bool> RedactionRepository::searchIndexErasesInPlace(const QSqlDatabase &connection)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT v FROM student_search_config WHERE k = 'secure-delete'"));
    if (auto s = execStatement(q, QStringLiteral("read search index settings")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() != 0;
}

Status RedactionRepository::purgeSearchIndex(WriteScope &scope)
{
    auto inPlace = searchIndexErasesInPlace(scope.connection());
    if (!inPlace)
        return inPlace.error();
    if (inPlace.value())
        return {};
    return execSql(scope.connection(), QStringLiteral("INSERT INTO student_search(student_search) VALUES ('optimize')"),
                   QStringLiteral("compact search index"));
}

Status RedactionRepository::setEraseFreedContent(bool on) const
{
    return execSql(m_db.connection(), QStringLiteral("PRAGMA secure_delete = %1").arg(on ? 1 : 0),
                   QStringLiteral("set secure delete"));
}

void RedactionRepository::checkpoint() const
{
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

}  // namespace care
