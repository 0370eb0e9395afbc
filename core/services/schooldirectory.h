#pragma once

#include "domain/entities.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/rosterrepository.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace care {

class Clock;

struct ClassroomInTree {
    Classroom classroom;
    int studentCount = 0;  // students of the class the session may count
    bool own = false;      // in the session's own scope: its school (whole-school roles) or its assignment
};

struct SchoolInTree {
    School school;
    QList<ClassroomInTree> classrooms;  // grade and room order
    int studentCount = 0;               // the sum of its classrooms
};

// Schools, classrooms, academic years and terms as the signed-in session
// may see them: the one way ui/ and app/ read the school structure. Every
// method needs a current session (AccessControl::current). A school role
// (director, counsellor, teacher, visitor, nurse) sees its own school; the
// administrator and the municipal officer see every school.
class SchoolDirectory {
public:
    SchoolDirectory(Database &db, const Clock &clock);

    Result<std::optional<Municipality>> municipality(const Session &session) const;
    // Whether the file belongs to a municipality yet: asked before anyone
    // signs in (a restore decides with it); it says nothing of any person.
    Result<bool> hasMunicipality() const;
    Result<QList<AcademicYear>> academicYears(const Session &session) const;                // newest first
    Result<std::optional<AcademicYear>> currentAcademicYear(const Session &session) const;  // newest year
    // Term `number` of the academic year `yearBe` (Buddhist Era), if any.
    Result<std::optional<TermInfo>> term(const Session &session, int yearBe, int number) const;
    Result<QList<Grade>> grades(const Session &session, const QString &academicYearId) const;

    // The schools the session may see (Thai order by name).
    Result<QList<School>> schools(const Session &session) const;
    // A school the session may see; another is answered as unknown.
    Result<School> school(const Session &session, const QString &schoolId) const;
    Result<QList<Classroom>> classrooms(const Session &session, const QString &schoolId,
                                        const QString &academicYearId) const;
    Result<Classroom> classroom(const Session &session, const QString &classroomId) const;

    // The navigation tree of `academicYearId`: the schools and classrooms
    // whose students the session may open, each with the number it may
    // open (its own school's classrooms even when empty; a teacher's own
    // classrooms). A role that sees counts across schools (view_aggregates)
    // gets every school and classroom with its full count.
    Result<QList<SchoolInTree>> tree(const Session &session, const QString &academicYearId) const;

private:
    Result<bool> seesAllSchools(const Session &session) const;
    Status seesSchool(const Session &session, const QString &schoolId) const;

    Database &m_db;
    const Clock &m_clock;
};

}  // namespace care
