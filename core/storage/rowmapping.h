#pragma once

#include "domain/entities.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

// Entity <-> table row conversions, kept in one place per table so column
// names appear once.
TableRow toRow(const Municipality &m, const QString &now);
TableRow toRow(const School &s, const QString &now);
TableRow toRow(const AcademicYear &y);
TableRow toRow(const Term &t);
TableRow toRow(const Classroom &c);
TableRow toRow(const Enrollment &e);
TableRow toRow(const Student &s);
TableRow toRow(const Guardian &g, const QString &now);
// student_guardian has a composite key: the row's id (used by the change log
// only) is "studentId:guardianId"; the table itself has no id column.
TableRow toRow(const QString &studentId, const GuardianLink &link);
TableRow toRow(const Household &h, const QString &now);
TableRow toRow(const AttendanceRecord &a);
TableRow toRow(const AcademicRecord &a);

QStringList studentColumns();      // in the order studentFromQuery reads them, "id" first
Student studentFromQuery(const QSqlQuery &q, int first = 0);
QStringList guardianColumns();
Guardian guardianFromQuery(const QSqlQuery &q, int first = 0);
QStringList householdColumns();
Household householdFromQuery(const QSqlQuery &q, int first = 0);
QStringList schoolColumns();
School schoolFromQuery(const QSqlQuery &q, int first = 0);

QVariant dateValue(const QDate &date);           // ISO date or NULL
QDate dateFrom(const QVariant &value);

} // namespace care
