// IndicatorService: term attendance and daily absences. Grades and
// behaviour incidents are in indicatorservicegrades.cpp and
// indicatorservicebehaviour.cpp.
#include "services/indicatorservice.h"

#include "locale/dates.h"
#include "security/accesscontrol.h"
#include "services/indicatorsupport.h"
#include "storage/indicatorrepository.h"
#include "util/clock.h"

namespace care {

using indicators::finishWrite;

namespace {

const QString kAttendanceEntity = QStringLiteral("attendance");
const QString kDailyEntity = QStringLiteral("daily_absence");

// Counts of a term record against its term and its daily rows.
Status checkCounts(const AttendanceRecord &r, const TermInfo &term, const DailyCounts &daily)
{
    const int length = int(term.term.startsOn.daysTo(term.term.endsOn)) + 1;
    if (r.daysEnrolled < 0 || r.daysEnrolled > length)
        return Error{IndicatorServiceText::tr("Days enrolled must be from 0 to %1, the length of term %2.")
                             .arg(length)
                             .arg(indicators::termName(term)),
                     QStringLiteral("daysEnrolled"),
                     {}};
    if (r.daysAbsent < 0)
        return Error{IndicatorServiceText::tr("Days absent cannot be negative."), QStringLiteral("daysAbsent"), {}};
    if (r.daysLate < 0)
        return Error{IndicatorServiceText::tr("Days late cannot be negative."), QStringLiteral("daysLate"), {}};
    if (daily.rows() > 0 && r.daysAbsent != daily.absent)
        return Error{IndicatorServiceText::tr("Term %1 has daily absence records: days absent is %2, counted from "
                                              "them. Add or remove daily absences instead.")
                             .arg(indicators::termName(term))
                             .arg(daily.absent),
                     QStringLiteral("daysAbsent"),
                     {}};
    if (daily.rows() > 0 && r.daysLate != daily.late)
        return Error{IndicatorServiceText::tr("Term %1 has daily absence records: days late is %2, counted from "
                                              "them. Add or remove daily late arrivals instead.")
                             .arg(indicators::termName(term))
                             .arg(daily.late),
                     QStringLiteral("daysLate"),
                     {}};
    if (r.daysAbsent + r.daysLate > r.daysEnrolled)
        return Error{IndicatorServiceText::tr("Days absent and late together (%1) are more than the days enrolled "
                                              "(%2).")
                             .arg(r.daysAbsent + r.daysLate)
                             .arg(r.daysEnrolled),
                     r.daysAbsent > r.daysEnrolled ? QStringLiteral("daysAbsent") : QStringLiteral("daysEnrolled"),
                     {}};
    return {};
}

// The term record after its daily rows changed: their counts, and the
// term's weekdays as days enrolled when there was no record yet.
Result<AttendanceRecord> rolledUp(WriteScope &scope, const std::optional<AttendanceRecord> &stored,
                                  const TermInfo &term, const QString &studentId, const DailyCounts &daily)
{
    AttendanceRecord r = stored
            ? *stored
            : AttendanceRecord{scope.makeId(), studentId, term.term.id, indicators::weekdays(term.term), 0, 0};
    r.daysAbsent = daily.absent;
    r.daysLate = daily.late;
    if (r.daysAbsent + r.daysLate > r.daysEnrolled)
        return Error{IndicatorServiceText::tr("Term %1 would have %2 days absent or late but only %3 days enrolled. "
                                              "Correct the days enrolled first.")
                             .arg(indicators::termName(term))
                             .arg(r.daysAbsent + r.daysLate)
                             .arg(r.daysEnrolled),
                     QStringLiteral("onDate"),
                     {}};
    return r;
}

}  // namespace

IndicatorService::IndicatorService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status IndicatorService::setTermAttendance(const Session &session, const AttendanceRecord &record)
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::Update, Section::Identity, record.studentId);
    if (!access)
        return access.error();
    auto term = indicators::enrolledTerm(m_db, record.studentId, record.termId, QStringLiteral("termId"));
    if (!term)
        return term.error();
    IndicatorRepository repo(m_db);
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto daily = repo.dailyCounts(record.studentId, record.termId);
    if (!daily)
        return daily.error();
    if (auto s = checkCounts(record, term.value(), daily.value()); !s)
        return s;
    auto stored = repo.attendance(record.studentId, record.termId);
    if (!stored)
        return stored.error();
    AttendanceRecord next = record;
    next.id = stored.value() ? stored.value()->id : scope.makeId();
    if (auto s = IndicatorRepository::saveAttendance(scope, stored.value(), next); !s)
        return s;
    return finishWrite(scope, stored.value() ? QStringLiteral("update") : QStringLiteral("create"), kAttendanceEntity,
                       record.studentId, Section::Identity,
                       QStringLiteral("attendance term %1").arg(indicators::termName(term.value())), access->reason);
}

Result<QList<TermAttendance>> IndicatorService::attendance(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Identity, studentId);
    if (!access)
        return access.error();
    return IndicatorRepository(m_db).attendanceForStudent(studentId);
}

Result<QString> IndicatorService::addDailyAbsence(const Session &session, const DailyAbsence &absence)
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::Update, Section::Identity, absence.studentId);
    if (!access)
        return access.error();
    const QString field = QStringLiteral("onDate");
    if (!absence.onDate.isValid())
        return Error{IndicatorServiceText::tr("Enter the date of the absence."), field, {}};
    if (absence.onDate > m_clock.today())
        return Error{IndicatorServiceText::tr("The date of the absence (%1) is in the future.")
                             .arg(formatDate(absence.onDate)),
                     field,
                     {}};
    auto term = indicators::enrolledTermOn(m_db, absence.studentId, absence.onDate, field);
    if (!term)
        return term.error();
    IndicatorRepository repo(m_db);
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto existing = repo.dailyAbsenceOn(absence.studentId, absence.onDate);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{IndicatorServiceText::tr("The student already has a daily absence or late arrival on %1.")
                             .arg(formatDate(absence.onDate)),
                     field,
                     {}};
    DailyAbsence row = absence;
    row.id = scope.makeId();
    row.termId = term->term.id;
    auto counts = repo.dailyCounts(row.studentId, row.termId);
    if (!counts)
        return counts.error();
    DailyCounts daily = counts.value();
    (row.kind == AbsenceKind::Absent ? daily.absent : daily.late) += 1;
    auto stored = repo.attendance(row.studentId, row.termId);
    if (!stored)
        return stored.error();
    auto next = rolledUp(scope, stored.value(), term.value(), row.studentId, daily);
    if (!next)
        return next.error();
    if (auto s = IndicatorRepository::insert(scope, row); !s)
        return s.error();
    if (auto s = IndicatorRepository::saveAttendance(scope, stored.value(), next.value()); !s)
        return s.error();
    if (auto s = finishWrite(scope, QStringLiteral("create"), kDailyEntity, row.studentId, Section::Identity,
                             QStringLiteral("%1 %2 %3").arg(code(row.kind), row.onDate.toString(Qt::ISODate), row.id),
                             access->reason);
        !s)
        return s.error();
    return row.id;
}

Status IndicatorService::removeDailyAbsence(const Session &session, const QString &absenceId)
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::Update, Section::Identity); !role)
        return role;
    const Error missing{IndicatorServiceText::tr("No daily absence has this id."), QStringLiteral("id"), absenceId};
    IndicatorRepository repo(m_db);
    auto found = repo.dailyAbsence(absenceId);
    if (!found)
        return found.error();
    if (!found.value())
        return missing;
    const DailyAbsence row = *found.value();
    // Another school's absence is refused as if it did not exist.
    auto access = control.checkRecord(session, Action::Update, Section::Identity, row.studentId, missing);
    if (!access)
        return access.error();
    auto term = RosterRepository(m_db).term(row.termId);
    if (!term)
        return term.error();
    if (!term.value())
        return Error{IndicatorServiceText::tr("No daily absence has this id."), QStringLiteral("id"), absenceId};
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = IndicatorRepository::removeDailyAbsence(scope, row.id); !s)
        return s;
    auto daily = repo.dailyCounts(row.studentId, row.termId);
    if (!daily)
        return daily.error();
    auto stored = repo.attendance(row.studentId, row.termId);
    if (!stored)
        return stored.error();
    auto next = rolledUp(scope, stored.value(), *term.value(), row.studentId, daily.value());
    if (!next)
        return next.error();
    if (auto s = IndicatorRepository::saveAttendance(scope, stored.value(), next.value()); !s)
        return s;
    return finishWrite(scope, QStringLiteral("delete"), kDailyEntity, row.studentId, Section::Identity,
                       QStringLiteral("%1 %2 %3").arg(code(row.kind), row.onDate.toString(Qt::ISODate), row.id),
                       access->reason);
}

Result<QList<DailyAbsence>> IndicatorService::dailyAbsences(const Session &session, const QString &studentId,
                                                            const QString &termId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Identity, studentId);
    if (!access)
        return access.error();
    return IndicatorRepository(m_db).dailyAbsences(studentId, termId);
}

}  // namespace care
