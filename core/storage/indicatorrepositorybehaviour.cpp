// IndicatorRepository: behaviour incidents (the note sealed by the caller).
#include "storage/indicatorrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

const QString kIncidentSelect
        = QStringLiteral("SELECT b.id, b.student_id, b.occurred_on, b.kind, b.severity, b.note, b.recorded_by, "
                         "       coalesce(u.display_name, ''), b.created_at, b.updated_at "
                         "FROM behaviour_incident b LEFT JOIN app_user u ON u.id = b.recorded_by ");

BehaviourIncidentRow incidentFromQuery(const QSqlQuery &q)
{
    BehaviourIncidentRow row;
    row.id = q.value(0).toString();
    row.studentId = q.value(1).toString();
    row.occurredOn = dateFrom(q.value(2));
    row.kind = q.value(3).toString();
    row.severity = q.value(4).toString();
    row.sealedNote = q.value(5).toString();
    row.recordedBy = q.value(6).toString();
    row.recordedByName = q.value(7).toString();
    row.createdAt = q.value(8).toString();
    row.updatedAt = q.value(9).toString();
    return row;
}

// The stored columns that an edit may change.
TableRow editableRow(const BehaviourIncidentRow &row)
{
    TableRow table{QStringLiteral("behaviour_incident"), row.id, {}};
    table.set(QStringLiteral("occurred_on"), dateValue(row.occurredOn))
            .set(QStringLiteral("kind"), row.kind)
            .set(QStringLiteral("severity"), row.severity)
            .set(QStringLiteral("note"), row.sealedNote);
    return table;
}

}  // namespace

Result<QList<BehaviourIncidentRow>> IndicatorRepository::incidents(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kIncidentSelect + QStringLiteral("WHERE b.student_id = ? ORDER BY b.occurred_on DESC, b.id DESC"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list behaviour incidents")); !s)
        return s.error();
    QList<BehaviourIncidentRow> rows;
    while (q.next())
        rows << incidentFromQuery(q);
    return rows;
}

Result<std::optional<BehaviourIncidentRow>> IndicatorRepository::incident(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kIncidentSelect + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("read behaviour incident")); !s)
        return s.error();
    if (!q.next())
        return std::optional<BehaviourIncidentRow>();
    return std::optional<BehaviourIncidentRow>(incidentFromQuery(q));
}

Status IndicatorRepository::insert(WriteScope &scope, const BehaviourIncidentRow &row)
{
    TableRow table = editableRow(row);
    table.set(QStringLiteral("student_id"), row.studentId)
            .set(QStringLiteral("recorded_by"), row.recordedBy)
            .set(QStringLiteral("created_at"), row.createdAt)
            .set(QStringLiteral("updated_at"), row.updatedAt);
    return insertRow(scope, table);
}

Result<int> IndicatorRepository::update(WriteScope &scope, const BehaviourIncidentRow &before,
                                        const BehaviourIncidentRow &after)
{
    auto changed = updateRow(scope, editableRow(before), editableRow(after));
    if (!changed || changed.value() == 0)
        return changed;
    TableRow stampBefore{QStringLiteral("behaviour_incident"), before.id, {}};
    stampBefore.set(QStringLiteral("updated_at"), before.updatedAt);
    TableRow stampAfter{QStringLiteral("behaviour_incident"), before.id, {}};
    stampAfter.set(QStringLiteral("updated_at"), after.updatedAt);
    if (auto stamped = updateRow(scope, stampBefore, stampAfter); !stamped)
        return stamped.error();
    return changed;
}

Status IndicatorRepository::removeIncident(WriteScope &scope, const QString &id)
{
    return deleteRow(scope, QStringLiteral("behaviour_incident"), id);
}

Status IndicatorRepository::removeForStudent(WriteScope &scope, const QString &studentId)
{
    const QList<std::pair<QString, QString>> queries{
            {QStringLiteral("daily_absence"), QStringLiteral("SELECT id FROM daily_absence WHERE student_id = ?")},
            {QStringLiteral("subject_mark"),
             QStringLiteral("SELECT m.id FROM subject_mark m JOIN academic_record r ON r.id = m.academic_record_id "
                            "WHERE r.student_id = ?")},
            {QStringLiteral("behaviour_incident"),
             QStringLiteral("SELECT id FROM behaviour_incident WHERE student_id = ?")},
    };
    for (const auto &[table, sql] : queries) {
        QSqlQuery q(scope.connection());
        q.prepare(sql);
        q.addBindValue(studentId);
        if (auto s = execStatement(q, QStringLiteral("list %1 rows").arg(table)); !s)
            return s;
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &id : ids)
            if (auto s = deleteRow(scope, table, id); !s)
                return s;
    }
    return {};
}

}  // namespace care
