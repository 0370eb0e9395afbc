#pragma once

#include "domain/entities.h"
#include "storage/database.h"
#include "storage/writescope.h"

#include <QList>

#include <optional>

namespace care {

struct EnrollmentHistoryRow {
    QString enrollmentId;
    int yearBe = 0;
    QString schoolId;
    QString schoolName;
    QString classroomId;
    Grade grade = Grade::P1;
    int room = 1;
    int classNumber = 0;
    QString homeroomTeacher;
};

// Attendance and course performance of one term, either may be missing.
struct TermIndicators {
    QString termId;
    int yearBe = 0;
    int termNumber = 1;
    std::optional<AttendanceRecord> attendance;
    std::optional<AcademicRecord> academic;
};

struct StudentProfile {
    Student student;
    School school;
    std::optional<Household> household;
    QList<GuardianLink> guardians;         // primary first
    QList<EnrollmentHistoryRow> enrollments;  // newest first
    QList<TermIndicators> terms;           // newest first
};

// Students with their guardians, household, enrollments and term indicators.
class StudentRepository {
public:
    explicit StudentRepository(Database &db) : m_db(db) {}

    // Row-level writes for use inside a WriteScope (the caller audits).
    static Status insert(WriteScope &scope, const Student &s);
    static Result<int> update(WriteScope &scope, const Student &before, const Student &after);
    static Status insert(WriteScope &scope, const Guardian &g);
    static Result<int> update(WriteScope &scope, const Guardian &before, const Guardian &after);
    static Status link(WriteScope &scope, const QString &studentId, const GuardianLink &link);
    static Status unlink(WriteScope &scope, const QString &studentId, const QString &guardianId);
    static Status insert(WriteScope &scope, const Household &h);
    static Result<int> update(WriteScope &scope, const Household &before, const Household &after);
    // Set-up: seals every household whose circumstances are still plain JSON
    // (files migrated from schema 2).
    static Status sealPlainHouseholds(WriteScope &scope, const FieldCipher &cipher);
    // "Care is locked…": households need the database key (Database::fieldCipher).
    static Error lockedError();
    static Status insert(WriteScope &scope, const Enrollment &e);
    static Status insert(WriteScope &scope, const AttendanceRecord &a);
    static Status insert(WriteScope &scope, const AcademicRecord &a);

    // Row-level deletes for use inside a WriteScope; each deleted row leaves
    // a change-log tombstone. Removing a student takes them in this order.
    static Status removeTermRecords(WriteScope &scope, const QString &studentId);  // attendance + academic
    static Status removeEnrollments(WriteScope &scope, const QString &studentId);
    static Status remove(WriteScope &scope, const Student &s);  // the student row only
    // Shared records go only when nobody uses them any more.
    static Status removeGuardianIfUnlinked(WriteScope &scope, const QString &guardianId);
    static Status removeHouseholdIfUnused(WriteScope &scope, const QString &householdId);

    Result<Student> student(const QString &id) const;
    // Finds by record id, national ID / G-code (dashes allowed) or, within
    // a school, by student number. Empty optional if nobody matches.
    Result<std::optional<Student>> find(const QString &idOrNumber) const;
    // withFamily = false leaves household and guardians out (not even read).
    Result<StudentProfile> profile(const QString &studentId, bool withFamily = true) const;
    Result<QList<GuardianLink>> guardians(const QString &studentId) const;
    Result<std::optional<Guardian>> guardian(const QString &guardianId) const;
    Result<std::optional<Household>> household(const QString &householdId) const;
    Result<bool> citizenIdTaken(const QString &citizenId, const QString &exceptStudentId) const;
    Result<int> count() const;

private:
    Database &m_db;
};

} // namespace care
