#pragma once

#include "domain/address.h"
#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace care {

// Plain data records, one per table. Ids are UUID v7 strings made on the device.

struct Municipality {
    QString id;
    QString code;   // DOPA local-government code
    QString nameTh;
    QString nameEn;
    QString province;
};

struct School {
    QString id;
    QString municipalityId;
    QString code;   // 8-digit school code (DMC)
    QString nameTh;
    QString nameEn;
    SchoolKind kind = SchoolKind::Primary;
    Grade lowestGrade = Grade::P1;
    Grade highestGrade = Grade::P6;
    Address address;
    QString phone;
};

struct AcademicYear {
    QString id;
    int yearBe = 0;          // ปีการศึกษา, Buddhist Era
    QDate startsOn;
    QDate endsOn;
};

struct Term {
    QString id;
    QString academicYearId;
    int number = 1;          // ภาคเรียนที่ 1 or 2
    QDate startsOn;
    QDate endsOn;
};

struct Classroom {
    QString id;
    QString schoolId;
    QString academicYearId;
    Grade grade = Grade::P1;
    int room = 1;
    QString homeroomTeacher;
    QString name() const { return classroomName(grade, room); }
};

struct Enrollment {
    QString id;
    QString studentId;
    QString classroomId;
    QString academicYearId;
    int classNumber = 0;     // เลขที่ in the class register
};

struct Student {
    QString id;
    QString schoolId;        // the school that holds the record
    IdKind idKind = IdKind::NationalId;
    QString citizenId;       // 13 digits or G + 12 digits, stored without dashes
    QString studentNumber;   // เลขประจำตัวนักเรียน
    QString prefix;          // ด.ช., ด.ญ., นาย, นางสาว
    QString firstNameTh;
    QString lastNameTh;
    QString firstNameEn;
    QString lastNameEn;
    QString nickname;
    QDate birthDate;
    Sex sex = Sex::Male;
    Address address;
    StudentStatus status = StudentStatus::Studying;
    QString householdId;     // empty if not recorded
    QDateTime createdAt;
    QDateTime updatedAt;

    QString fullNameTh() const;
    QString fullNameEn() const;
    QString displayName() const; // Thai name with prefix, or English when no Thai name
    bool operator==(const Student &) const = default;
};

struct Guardian {
    QString id;
    QString prefix;
    QString firstName;
    QString lastName;
    QString citizenId;       // optional
    QString phone;
    QString occupation;
    QDate birthDate;         // optional
    QString fullName() const;
    bool operator==(const Guardian &) const = default;
};

// A guardian's tie to one student (a grandmother may care for two grandchildren).
struct GuardianLink {
    Guardian guardian;
    GuardianRelation relation = GuardianRelation::Mother;
    bool isPrimary = false;
    bool livesWithStudent = true;
};

struct Household {
    QString id;
    Address address;
    int memberCount = 0;
    std::optional<int> monthlyIncomeBaht;  // whole household, per month
    LivingArrangement livingArrangement = LivingArrangement::BothParents;
    QString notes;
    std::optional<double> incomePerPersonBaht() const;
    bool operator==(const Household &) const = default;
};

// Term-level indicators that the risk engine reads (ABC: attendance, course performance).
struct AttendanceRecord {
    QString id;
    QString studentId;
    QString termId;
    int daysEnrolled = 0;
    int daysAbsent = 0;
    int daysLate = 0;
    double absenceRate() const { return daysEnrolled > 0 ? double(daysAbsent) / daysEnrolled : 0.0; }
};

struct AcademicRecord {
    QString id;
    QString studentId;
    QString termId;
    std::optional<double> gpa;   // 0-4 in steps of 0.5
    int failingMarks = 0;        // grade 0
    int incompleteMarks = 0;     // ร
    int notAllowedMarks = 0;     // มส
    int nonPassingMarks() const { return failingMarks + incompleteMarks + notAllowedMarks; }
};

} // namespace care
