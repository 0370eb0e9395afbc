#pragma once

#include "domain/entities.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace care {

// One student of a class register.
struct RosterEntry {
    Student student;
    int classNumber = 0;  // เลขที่; 0 = not given
};

// A term with the Buddhist Era year it belongs to (for messages).
struct TermInfo {
    Term term;
    int yearBe = 0;
};

// The school facts that indicator and screening entry check against:
// class registers, terms, enrollments and student numbers.
class RosterRepository {
public:
    explicit RosterRepository(Database &db) : m_db(db) {}

    // The classroom's students by class number (those without one last),
    // then in Thai name order.
    Result<QList<RosterEntry>> classroom(const QString &classroomId) const;
    Result<std::optional<TermInfo>> term(const QString &termId) const;
    // The term whose dates include `date`, if any.
    Result<std::optional<TermInfo>> termOn(const QDate &date) const;
    // Term `number` of the academic year `yearBe` (Buddhist Era), if any.
    Result<std::optional<TermInfo>> term(int yearBe, int number) const;
    Result<bool> enrolledInYear(const QString &studentId, const QString &academicYearId) const;
    // Record ids of the students with this student number, at one school
    // (schoolId empty: at any school).
    Result<QStringList> studentsWithNumber(const QString &studentNumber, const QString &schoolId) const;

private:
    Database &m_db;
};

}  // namespace care
