#include "storage/schoolrepository.h"

#include "locale/collation.h"
#include "storage/rowmapping.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace care {

Status SchoolRepository::insert(WriteScope &scope, const Municipality &m) { return insertRow(scope, toRow(m, scope.now())); }
Status SchoolRepository::insert(WriteScope &scope, const School &s) { return insertRow(scope, toRow(s, scope.now())); }
Status SchoolRepository::insert(WriteScope &scope, const AcademicYear &y) { return insertRow(scope, toRow(y)); }
Status SchoolRepository::insert(WriteScope &scope, const Term &t) { return insertRow(scope, toRow(t)); }
Status SchoolRepository::insert(WriteScope &scope, const Classroom &c) { return insertRow(scope, toRow(c)); }

Result<std::optional<Municipality>> SchoolRepository::municipality() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name_th, name_en, province FROM municipality ORDER BY id LIMIT 1")))
        return storageError(q, QStringLiteral("load municipality"));
    if (!q.next())
        return std::optional<Municipality>();
    return std::optional<Municipality>(Municipality{q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toString(), q.value(3).toString(),
                                                    q.value(4).toString()});
}

Result<QList<School>> SchoolRepository::schools() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM school").arg(schoolColumns().join(QLatin1Char(',')))))
        return storageError(q, QStringLiteral("list schools"));
    QList<School> list;
    while (q.next())
        list << schoolFromQuery(q);
    std::sort(list.begin(), list.end(),
              [](const School &a, const School &b) { return collation::lessThan(a.nameTh, b.nameTh); });
    return list;
}

Result<School> SchoolRepository::school(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM school WHERE id = ?").arg(schoolColumns().join(QLatin1Char(','))));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("load school")); !s)
        return s.error();
    if (!q.next())
        return Error{QCoreApplication::translate("care::SchoolRepository", "The school was not found."), {}, id};
    return schoolFromQuery(q);
}

Result<QList<AcademicYear>> SchoolRepository::academicYears() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, year_be, starts_on, ends_on FROM academic_year ORDER BY year_be DESC")))
        return storageError(q, QStringLiteral("list academic years"));
    QList<AcademicYear> list;
    while (q.next())
        list << AcademicYear{q.value(0).toString(), q.value(1).toInt(), dateFrom(q.value(2)), dateFrom(q.value(3))};
    return list;
}

Result<std::optional<AcademicYear>> SchoolRepository::currentAcademicYear() const
{
    auto years = academicYears();
    if (!years)
        return years.error();
    if (years->isEmpty())
        return std::optional<AcademicYear>();
    return std::optional<AcademicYear>(years->first());
}

Result<QList<Term>> SchoolRepository::terms(const QString &academicYearId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, academic_year_id, number, starts_on, ends_on FROM term "
                             "WHERE academic_year_id = ? ORDER BY number"));
    q.addBindValue(academicYearId);
    if (auto s = execStatement(q, QStringLiteral("list terms")); !s)
        return s.error();
    QList<Term> list;
    while (q.next())
        list << Term{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), dateFrom(q.value(3)),
                     dateFrom(q.value(4))};
    return list;
}

Result<QList<ClassroomSummary>> SchoolRepository::classrooms(const QString &schoolId, const QString &academicYearId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.school_id, c.academic_year_id, c.grade, c.room, c.homeroom_teacher, "
        "       (SELECT count(*) FROM enrollment e WHERE e.classroom_id = c.id) "
        "FROM classroom c WHERE c.school_id = ? AND c.academic_year_id = ? "
        "ORDER BY c.grade_ordinal, c.room"));
    q.addBindValue(schoolId);
    q.addBindValue(academicYearId);
    if (auto s = execStatement(q, QStringLiteral("list classrooms")); !s)
        return s.error();
    QList<ClassroomSummary> list;
    while (q.next()) {
        Classroom c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    fromCode<Grade>(q.value(3).toString()).value_or(Grade::P1), q.value(4).toInt(),
                    q.value(5).toString()};
        list << ClassroomSummary{c, q.value(6).toInt()};
    }
    return list;
}

Result<Classroom> SchoolRepository::classroom(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, school_id, academic_year_id, grade, room, homeroom_teacher "
                             "FROM classroom WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("load classroom")); !s)
        return s.error();
    if (!q.next())
        return Error{QCoreApplication::translate("care::SchoolRepository", "The classroom was not found."), {}, id};
    return Classroom{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     fromCode<Grade>(q.value(3).toString()).value_or(Grade::P1), q.value(4).toInt(),
                     q.value(5).toString()};
}

Result<QList<Grade>> SchoolRepository::grades(const QString &academicYearId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT grade, grade_ordinal FROM classroom WHERE academic_year_id = ? "
                             "ORDER BY grade_ordinal"));
    q.addBindValue(academicYearId);
    if (auto s = execStatement(q, QStringLiteral("list grades")); !s)
        return s.error();
    QList<Grade> list;
    while (q.next())
        if (auto g = fromCode<Grade>(q.value(0).toString()))
            list << *g;
    return list;
}

} // namespace care
