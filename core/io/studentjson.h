#pragma once

#include "storage/studentrepository.h"
#include "storage/studentsearch.h"

#include <QJsonObject>

namespace care {

// JSON views of student data for export and for the CLI's --json output.
// Enums are written as their stable codes, dates as ISO 8601 (yyyy-mm-dd),
// timestamps as ISO 8601 UTC, and missing values as null, so the output
// reads the same whatever the UI language.
QJsonObject addressToJson(const Address &address);
QJsonObject schoolToJson(const School &school);
QJsonObject householdToJson(const Household &household);
QJsonObject guardianLinkToJson(const GuardianLink &link);
QJsonObject enrollmentToJson(const EnrollmentHistoryRow &row);
QJsonObject termIndicatorsToJson(const TermIndicators &term);
QJsonObject studentToJson(const Student &student);

// The student's record with school, household, guardians, enrollments and terms.
QJsonObject studentProfileToJson(const StudentProfile &profile);
// One row of a student search.
QJsonObject studentListRowToJson(const StudentListRow &row);

} // namespace care
