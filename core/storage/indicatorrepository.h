#pragma once

#include "domain/entities.h"
#include "domain/indicators.h"
#include "security/fieldcipher.h"
#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace care {

// One behaviour incident as stored: codes for kind and severity, the note
// sealed ("s1:…" or empty).
struct BehaviourIncidentRow {
    QString id;
    QString studentId;
    QDate occurredOn;
    QString kind;      // BehaviourKind code
    QString severity;  // Severity code
    QString sealedNote;
    QString recordedBy;      // user id
    QString recordedByName;  // read only: the user's display name
    QString createdAt;
    QString updatedAt;
};

// Absences and late arrivals among a term's daily rows.
struct DailyCounts {
    int absent = 0;
    int late = 0;
    int rows() const { return absent + late; }
};

// All SQL of the term indicators: attendance (term totals and daily rows),
// grades (term records and failing marks per subject) and behaviour
// incidents. Writes run inside the caller's WriteScope and are change-logged;
// the caller checks access, audits and recomputes risk.
class IndicatorRepository {
public:
    explicit IndicatorRepository(Database &db) : m_db(db) {}

    static SealContext noteContext(const QString &incidentId);

    // Attendance.
    Result<std::optional<AttendanceRecord>> attendance(const QString &studentId, const QString &termId) const;
    // Every term with a record, newest first, with the number of daily rows.
    Result<QList<TermAttendance>> attendanceForStudent(const QString &studentId) const;
    // Inserts `after` (before empty) or writes its changed counts.
    static Status saveAttendance(WriteScope &scope, const std::optional<AttendanceRecord> &before,
                                 const AttendanceRecord &after);

    // Daily absences.
    Result<QList<DailyAbsence>> dailyAbsences(const QString &studentId, const QString &termId) const;  // by date
    Result<std::optional<DailyAbsence>> dailyAbsence(const QString &id) const;
    Result<std::optional<DailyAbsence>> dailyAbsenceOn(const QString &studentId, const QDate &date) const;
    Result<DailyCounts> dailyCounts(const QString &studentId, const QString &termId) const;
    static Status insert(WriteScope &scope, const DailyAbsence &absence);
    static Status removeDailyAbsence(WriteScope &scope, const QString &id);

    // Grades.
    Result<std::optional<AcademicRecord>> academic(const QString &studentId, const QString &termId) const;
    // Every term with a record, newest first, with its subject marks.
    Result<QList<TermGrades>> gradesForStudent(const QString &studentId) const;
    Result<QList<SubjectMark>> subjectMarks(const QString &academicRecordId) const;  // by subject
    static Status saveAcademic(WriteScope &scope, const std::optional<AcademicRecord> &before,
                               const AcademicRecord &after);
    // Makes the record's subject rows equal `after` (matched by subject):
    // removed subjects deleted, new ones inserted, changed marks updated.
    static Status replaceSubjectMarks(WriteScope &scope, const QString &academicRecordId,
                                      const QList<SubjectMark> &before, const QList<SubjectMark> &after);

    // Behaviour incidents.
    Result<QList<BehaviourIncidentRow>> incidents(const QString &studentId) const;  // newest first
    Result<std::optional<BehaviourIncidentRow>> incident(const QString &id) const;
    static Status insert(WriteScope &scope, const BehaviourIncidentRow &row);
    // Writes the changed columns and then stamps updated_at; 0 = nothing changed.
    static Result<int> update(WriteScope &scope, const BehaviourIncidentRow &before, const BehaviourIncidentRow &after);
    static Status removeIncident(WriteScope &scope, const QString &id);

    // Removing a student: their daily absences, subject marks and behaviour
    // incidents, each leaving a change-log tombstone (before the term records go).
    static Status removeForStudent(WriteScope &scope, const QString &studentId);

private:
    Database &m_db;
};

}  // namespace care
