#pragma once

#include "domain/entities.h"
#include "storage/database.h"
#include "storage/writescope.h"

#include <QList>

namespace care {

// Municipality, schools, academic years, terms and classrooms.
struct ClassroomSummary {
    Classroom classroom;
    int studentCount = 0;
};

class SchoolRepository {
public:
    explicit SchoolRepository(Database &db) : m_db(db) {}

    static Status insert(WriteScope &scope, const Municipality &m);
    static Status insert(WriteScope &scope, const School &s);
    static Status insert(WriteScope &scope, const AcademicYear &y);
    static Status insert(WriteScope &scope, const Term &t);
    static Status insert(WriteScope &scope, const Classroom &c);

    Result<std::optional<Municipality>> municipality() const;
    Result<QList<School>> schools() const;                      // Thai order by name
    Result<School> school(const QString &id) const;
    Result<QList<AcademicYear>> academicYears() const;          // newest first
    Result<std::optional<AcademicYear>> currentAcademicYear() const;  // newest year
    Result<QList<Term>> terms(const QString &academicYearId) const;
    Result<QList<ClassroomSummary>> classrooms(const QString &schoolId, const QString &academicYearId) const;
    Result<Classroom> classroom(const QString &id) const;
    Result<QList<Grade>> grades(const QString &academicYearId) const;  // grades that have classrooms

private:
    Database &m_db;
};

} // namespace care
