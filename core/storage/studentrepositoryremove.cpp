// StudentRepository's row-level deletes (kept apart from the reads and
// writes so each file stays readable).
#include "storage/studentrepository.h"

#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

// Ids of the rows of `table` whose `column` equals `value`, read inside the
// write's transaction so the deletes see its own earlier changes.
Result<QStringList> idsWhere(WriteScope &scope, const QString &table, const QString &column, const QString &value)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    if (auto s = execStatement(q, QStringLiteral("list %1 rows").arg(table)); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status deleteAll(WriteScope &scope, const QString &table, const QString &column, const QString &value)
{
    auto ids = idsWhere(scope, table, column, value);
    if (!ids)
        return ids.error();
    for (const QString &id : ids.value())
        if (auto s = deleteRow(scope, table, id); !s)
            return s;
    return {};
}

Result<bool> anyRow(WriteScope &scope, const QString &sql, const QString &value)
{
    QSqlQuery q(scope.connection());
    q.prepare(sql);
    q.addBindValue(value);
    if (auto s = execStatement(q, QStringLiteral("check references")); !s)
        return s.error();
    return q.next();
}

} // namespace

Status StudentRepository::removeTermRecords(WriteScope &scope, const QString &studentId)
{
    if (auto s = deleteAll(scope, QStringLiteral("attendance_record"), QStringLiteral("student_id"), studentId); !s)
        return s;
    return deleteAll(scope, QStringLiteral("academic_record"), QStringLiteral("student_id"), studentId);
}

Status StudentRepository::removeEnrollments(WriteScope &scope, const QString &studentId)
{
    return deleteAll(scope, QStringLiteral("enrollment"), QStringLiteral("student_id"), studentId);
}

Status StudentRepository::remove(WriteScope &scope, const Student &s)
{
    return deleteRow(scope, QStringLiteral("student"), s.id);
}

Status StudentRepository::removeGuardianIfUnlinked(WriteScope &scope, const QString &guardianId)
{
    auto linked = anyRow(scope, QStringLiteral("SELECT 1 FROM student_guardian WHERE guardian_id = ? LIMIT 1"),
                         guardianId);
    if (!linked)
        return linked.error();
    if (linked.value())
        return {};
    return deleteRow(scope, QStringLiteral("guardian"), guardianId);
}

Status StudentRepository::removeHouseholdIfUnused(WriteScope &scope, const QString &householdId)
{
    if (householdId.isEmpty())
        return {};
    auto used = anyRow(scope, QStringLiteral("SELECT 1 FROM student WHERE household_id = ? LIMIT 1"), householdId);
    if (!used)
        return used.error();
    if (used.value())
        return {};
    return deleteRow(scope, QStringLiteral("household"), householdId);
}

} // namespace care
