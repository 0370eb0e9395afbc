#pragma once

#include "domain/entities.h"
#include "domain/indicators.h"
#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace care {

class Clock;

// A term a student was enrolled in, with its academic year (Buddhist Era).
struct StudentTerm {
    Term term;
    int yearBe = 0;
};

// Attendance, grades and behaviour incidents: the early-warning indicators
// the risk engine reads. Attendance and grades belong to the identity and
// school record (Section::Identity: writes need identity/update); behaviour
// incidents are staff observations (Section::Screening: create, update,
// delete). Every write is one WriteScope with its change log and audit event
// and recomputes the student's risk in the same transaction. Bad input is
// refused with a translated message naming the field; nothing is written.
class IndicatorService {
public:
    IndicatorService(Database &db, const Clock &clock);

    // Term attendance. Days enrolled 0 – the term's length in days; absent +
    // late ≤ enrolled. When the term has daily rows, its absent and late
    // counts are theirs: a different count is refused (change the daily rows).
    Status setTermAttendance(const Session &session, const AttendanceRecord &record);
    // Needs identity/view. The terms of the academic years the student is
    // enrolled in, newest first (the attendance and grade forms offer them).
    Result<QList<StudentTerm>> terms(const Session &session, const QString &studentId) const;
    Result<QList<TermAttendance>> attendance(const Session &session, const QString &studentId) const;

    // A day absent or late, inside one of the student's enrolled terms and
    // not in the future; one row per student and day. The term's totals are
    // recomputed from its daily rows (a term without a record gets one, with
    // its weekdays as the days enrolled).
    Result<QString> addDailyAbsence(const Session &session, const DailyAbsence &absence);
    Status removeDailyAbsence(const Session &session, const QString &absenceId);
    // termId empty: every term.
    Result<QList<DailyAbsence>> dailyAbsences(const Session &session, const QString &studentId,
                                              const QString &termId = {}) const;

    // Term grades: GPA 0.00–4.00 (kept to two decimals) or none; failing
    // marks by subject (names unique in the term) or, without subjects, as
    // counts. Subjects given: the counts are computed from them.
    Status setTermGrades(const Session &session, const TermGrades &grades);
    Result<QList<TermGrades>> grades(const Session &session, const QString &studentId) const;

    // Behaviour incidents: a date not in the future nor before birth, a kind
    // and severity, a note (sealed; at most 2,000 characters). Listing opens
    // the notes and is audited as a view of the screening section.
    Result<QString> addIncident(const Session &session, const BehaviourIncident &incident);
    Status updateIncident(const Session &session, const BehaviourIncident &incident);
    Status removeIncident(const Session &session, const QString &incidentId);
    Result<QList<BehaviourIncident>> incidents(const Session &session, const QString &studentId) const;

    static constexpr int kMaxNoteLength = 2000;

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace care
