#pragma once

#include "domain/entities.h"
#include "security/fieldcipher.h"
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
// household.circumstances holds income, living arrangement and notes as one
// JSON value sealed with the database key: the row needs the cipher.
TableRow toRow(const Household &h, const QString &now, const FieldCipher &cipher);
TableRow toRow(const AttendanceRecord &a);
TableRow toRow(const AcademicRecord &a);

QStringList studentColumns();      // in the order studentFromQuery reads them, "id" first
Student studentFromQuery(const QSqlQuery &q, int first = 0);
QStringList guardianColumns();
Guardian guardianFromQuery(const QSqlQuery &q, int first = 0);
QStringList householdColumns();
Result<Household> householdFromQuery(const QSqlQuery &q, const FieldCipher &cipher, int first = 0);
// The plain JSON of the circumstances ({"living_arrangement","monthly_income","notes"})
// and where it is sealed; parse fails on damaged JSON.
QString circumstancesJson(const Household &h);
Status applyCircumstancesJson(Household &h, const QString &json);
SealContext circumstancesContext(const QString &householdId);
QStringList schoolColumns();
School schoolFromQuery(const QSqlQuery &q, int first = 0);

QVariant dateValue(const QDate &date);           // ISO date or NULL
QDate dateFrom(const QVariant &value);

} // namespace care
