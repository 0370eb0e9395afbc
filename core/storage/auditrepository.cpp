#include "storage/auditrepository.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace care {

namespace {

const QString kColumns = QStringLiteral("seq, id, at, actor, action, entity, entity_id, section, summary, "
                                        "reason, prev_hash, hash, chain_version");

void readRow(const QSqlQuery &q, AuditRow &row)
{
    row.seq = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.at = q.value(2).toString();
    row.actor = q.value(3).toString();
    row.action = q.value(4).toString();
    row.entity = q.value(5).toString();
    row.entityId = q.value(6).toString();
    row.section = q.value(7).toString();
    row.summary = q.value(8).toString();
    row.reason = q.value(9).toString();
    row.prevHash = q.value(10).toString();
    row.hash = q.value(11).toString();
    row.chainVersion = q.value(12).toInt();
}

} // namespace

QStringList AuditRow::hashedFields() const
{
    return {id, at, actor, action, entity, entityId, section, summary, reason, prevHash};
}

Result<qint64> AuditRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_event")) || !q.next())
        return storageError(q, QStringLiteral("count audit events"));
    return q.value(0).toLongLong();
}

Status AuditRepository::forEachInOrder(const std::function<bool(const AuditRow &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);  // stream: Qt keeps no copy of the rows already read
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq").arg(kColumns)))
        return storageError(q, QStringLiteral("read audit events"));
    AuditRow row;
    while (q.next()) {
        readRow(q, row);
        if (!visit(row))
            break;
    }
    if (q.lastError().isValid())
        return storageError(q, QStringLiteral("read audit events"));
    return {};
}

Result<QList<AuditRow>> AuditRepository::find(const AuditRowQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_event WHERE 1").arg(kColumns);
    QVariantList values;
    if (!query.actorUserId.isEmpty()) {
        // actor is "userId|name": a range on the (actor, at) index; '}' follows '|'.
        sql += QStringLiteral(" AND actor >= ? AND actor < ?");
        values << query.actorUserId + QLatin1Char('|') << query.actorUserId + QLatin1Char('}');
    }
    if (!query.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        values << query.entityId;
    }
    if (!query.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << query.action;
    }
    if (!query.fromUtc.isEmpty()) {
        sql += QStringLiteral(" AND at >= ?");
        values << query.fromUtc;
    }
    if (!query.beforeUtc.isEmpty()) {
        sql += QStringLiteral(" AND at < ?");
        values << query.beforeUtc;
    }
    if (query.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values << query.beforeSeq;
    }
    if (!query.schoolId.isEmpty()) {
        sql += QStringLiteral(" AND (entity_id IN (SELECT id FROM student WHERE school_id = ?)"
                              " OR entity_id IN (SELECT id FROM app_user WHERE school_id = ?)"
                              " OR (instr(actor, '|') > 0 AND substr(actor, 1, instr(actor, '|') - 1)"
                              "     IN (SELECT id FROM app_user WHERE school_id = ?)))");
        values << query.schoolId << query.schoolId << query.schoolId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << std::max(query.limit, 0);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q, QStringLiteral("list audit events"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (auto status = execStatement(q, QStringLiteral("list audit events")); !status)
        return status.error();
    QList<AuditRow> rows;
    while (q.next()) {
        AuditRow row;
        readRow(q, row);
        rows << row;
    }
    return rows;
}

Result<QString> AuditRepository::schoolOfStudent(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT school_id FROM student WHERE id = ?"));
    q.addBindValue(studentId);
    if (auto status = execStatement(q, QStringLiteral("read student's school")); !status)
        return status.error();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace care
