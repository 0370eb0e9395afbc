// IndicatorRepository: attendance (term totals and daily rows). Grades and
// behaviour incidents are in indicatorrepositorygrades.cpp and
// indicatorrepositorybehaviour.cpp.
#include "storage/indicatorrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

const QString kDailySelect = QStringLiteral("SELECT id, student_id, term_id, on_date, kind FROM daily_absence ");

DailyAbsence dailyFromQuery(const QSqlQuery &q)
{
    return DailyAbsence{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dateFrom(q.value(3)),
                        fromCode<AbsenceKind>(q.value(4).toString()).value_or(AbsenceKind::Absent)};
}

Result<std::optional<DailyAbsence>> firstDaily(QSqlQuery &q)
{
    if (auto s = execStatement(q, QStringLiteral("read daily absence")); !s)
        return s.error();
    if (!q.next())
        return std::optional<DailyAbsence>();
    return std::optional<DailyAbsence>(dailyFromQuery(q));
}

}  // namespace

SealContext IndicatorRepository::noteContext(const QString &incidentId)
{
    return SealContext{QStringLiteral("behaviour_incident"), QStringLiteral("note"), incidentId};
}

Result<std::optional<AttendanceRecord>> IndicatorRepository::attendance(const QString &studentId,
                                                                        const QString &termId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, days_enrolled, days_absent, days_late FROM attendance_record "
                             "WHERE student_id = ? AND term_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(termId);
    if (auto s = execStatement(q, QStringLiteral("read attendance")); !s)
        return s.error();
    if (!q.next())
        return std::optional<AttendanceRecord>();
    return std::optional<AttendanceRecord>(AttendanceRecord{
            q.value(0).toString(), studentId, termId, q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
}

Result<QList<TermAttendance>> IndicatorRepository::attendanceForStudent(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "SELECT a.id, a.term_id, a.days_enrolled, a.days_absent, a.days_late, y.year_be, t.number, "
            "       (SELECT count(*) FROM daily_absence d WHERE d.student_id = a.student_id AND d.term_id = a.term_id) "
            "FROM attendance_record a JOIN term t ON t.id = a.term_id JOIN academic_year y ON y.id = "
            "t.academic_year_id "
            "WHERE a.student_id = ? ORDER BY t.starts_on DESC"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list attendance")); !s)
        return s.error();
    QList<TermAttendance> list;
    while (q.next()) {
        TermAttendance t;
        t.record = AttendanceRecord{q.value(0).toString(), studentId,          q.value(1).toString(),
                                    q.value(2).toInt(),    q.value(3).toInt(), q.value(4).toInt()};
        t.yearBe = q.value(5).toInt();
        t.termNumber = q.value(6).toInt();
        t.dailyRows = q.value(7).toInt();
        list << t;
    }
    return list;
}

Status IndicatorRepository::saveAttendance(WriteScope &scope, const std::optional<AttendanceRecord> &before,
                                           const AttendanceRecord &after)
{
    if (!before)
        return insertRow(scope, toRow(after));
    AttendanceRecord next = after;
    next.id = before->id;
    if (auto changed = updateRow(scope, toRow(*before), toRow(next)); !changed)
        return changed.error();
    return {};
}

Result<QList<DailyAbsence>> IndicatorRepository::dailyAbsences(const QString &studentId, const QString &termId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kDailySelect
              + (termId.isEmpty() ? QStringLiteral("WHERE student_id = ? ORDER BY on_date")
                                  : QStringLiteral("WHERE student_id = ? AND term_id = ? ORDER BY on_date")));
    q.addBindValue(studentId);
    if (!termId.isEmpty())
        q.addBindValue(termId);
    if (auto s = execStatement(q, QStringLiteral("list daily absences")); !s)
        return s.error();
    QList<DailyAbsence> list;
    while (q.next())
        list << dailyFromQuery(q);
    return list;
}

Result<std::optional<DailyAbsence>> IndicatorRepository::dailyAbsence(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kDailySelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    return firstDaily(q);
}

Result<std::optional<DailyAbsence>> IndicatorRepository::dailyAbsenceOn(const QString &studentId,
                                                                        const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kDailySelect + QStringLiteral("WHERE student_id = ? AND on_date = ?"));
    q.addBindValue(studentId);
    q.addBindValue(dateValue(date));
    return firstDaily(q);
}

Result<DailyCounts> IndicatorRepository::dailyCounts(const QString &studentId, const QString &termId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(kind = 'absent'), 0), coalesce(sum(kind = 'late'), 0) "
                             "FROM daily_absence WHERE student_id = ? AND term_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(termId);
    if (auto s = execStatement(q, QStringLiteral("count daily absences")); !s)
        return s.error();
    if (!q.next())
        return DailyCounts{};
    return DailyCounts{q.value(0).toInt(), q.value(1).toInt()};
}

Status IndicatorRepository::insert(WriteScope &scope, const DailyAbsence &absence)
{
    TableRow row{QStringLiteral("daily_absence"), absence.id, {}};
    row.set(QStringLiteral("student_id"), absence.studentId)
            .set(QStringLiteral("term_id"), absence.termId)
            .set(QStringLiteral("on_date"), dateValue(absence.onDate))
            .set(QStringLiteral("kind"), code(absence.kind));
    return insertRow(scope, row);
}

Status IndicatorRepository::removeDailyAbsence(WriteScope &scope, const QString &id)
{
    return deleteRow(scope, QStringLiteral("daily_absence"), id);
}

}  // namespace care
