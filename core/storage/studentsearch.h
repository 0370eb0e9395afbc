#pragma once

#include "domain/entities.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace care {

// What the student list shows for one student, in its current (or latest) class.
struct StudentListRow {
    QString id;
    QString citizenId;
    QString studentNumber;
    QString prefix;
    QString firstNameTh;
    QString lastNameTh;
    QString firstNameEn;
    QString lastNameEn;
    QString nickname;
    QDate birthDate;
    Sex sex = Sex::Male;
    StudentStatus status = StudentStatus::Studying;
    QString schoolId;
    QString schoolName;
    QString classroomName;  // empty if not enrolled in the chosen year
    QString displayNameTh() const { return prefix + firstNameTh + QLatin1Char(' ') + lastNameTh; }
};

// Which students a list may contain. There is no default: a user's list
// takes AccessControl::listScope of the signed-in session, and the few that
// must reach every student (counts for roles that see aggregates, tools and
// tests without a session) say so with everyone().
struct StudentListScope {
    enum class Rule {
        Everyone,   // no restriction
        Nobody,     // no student (except those under a grant, below)
        School,     // students of schoolId
        Classrooms, // students enrolled in academicYearId in one of classroomIds
        Referred,   // open health referrals to userId, with health-sharing consent given
    };
    static StudentListScope nobody() { return StudentListScope(Rule::Nobody); }
    static StudentListScope everyone() { return StudentListScope(Rule::Everyone); }

    Rule rule;
    QString schoolId;
    QStringList classroomIds;
    QString academicYearId;
    QString userId;
    // Also students under a break-the-glass grant of userId valid at this time (invalid = none).
    QDateTime grantsValidAtUtc;

private:
    explicit StudentListScope(Rule r) : rule(r) {}
};

// What a user narrows a student list to; the scope is not theirs to choose.
struct StudentQuery {
    QString text;                      // name, nickname, ID or student number; substring match
    QString schoolId;
    QString classroomId;
    std::optional<Grade> grade;
    std::optional<StudentStatus> status;
    QString academicYearId;            // class shown and grade/classroom filters apply to this year
};

// A query within a scope: who the list may show at all.
struct StudentFilter : StudentQuery {
    explicit StudentFilter(StudentListScope listScope, StudentQuery query = {})
        : StudentQuery(std::move(query)), scope(std::move(listScope))
    {
    }
    StudentListScope scope;
};

enum class StudentSort { Name, StudentNumber, BirthDate, Classroom };

// Paged queries for the student list: nothing is loaded beyond the page
// asked for, so a list of 100,000 students opens as fast as one of 100.
class StudentSearch {
public:
    explicit StudentSearch(Database &db) : m_db(db) {}

    Result<int> count(const StudentFilter &filter) const;
    // expectedMatches: count() of the same filter if known (-1 otherwise);
    // it picks the faster plan for broad matches.
    Result<QList<StudentListRow>> page(const StudentFilter &filter, StudentSort sort, bool ascending, int offset,
                                       int limit, int expectedMatches = -1) const;
    // The SQL and bound values of page() and count(), for benchmarks that rerun them elsewhere.
    QString pageSql(const StudentFilter &filter, StudentSort sort, bool ascending, int offset, int limit,
                    QVariantList *values, int expectedMatches = -1) const;
    QString countSql(const StudentFilter &filter, QVariantList *values) const;

    // Whether the scope reaches this student (false for nobody of that id).
    Result<bool> reaches(const StudentListScope &scope, const QString &studentId) const;
    // Per classroom of the academic year, how many of its enrolled students
    // the scope reaches (classrooms reaching none are left out).
    Result<QHash<QString, int>> classroomCounts(const StudentListScope &scope, const QString &academicYearId) const;

private:
    Database &m_db;
};

// The condition that keeps a query on "student s" to the scope's students
// (true for Everyone), with its bound values appended to `values`: for other
// lists of students (risk worklists) that must reach exactly who this list reaches.
QString studentScopeCondition(const StudentListScope &scope, QVariantList *values);

} // namespace care
