#pragma once

#include "domain/entities.h"
#include "util/result.h"

#include <QList>

namespace care {

// Thai person identifiers (DOMAIN.md §4). Input may carry dashes or spaces.
QString normalizeCitizenId(const QString &input);          // strips separators, upper-cases G
Status validateNationalId(const QString &input);            // 13 digits + mod-11 check digit
Status validateGCode(const QString &input);                 // "G" + 12 digits, no check digit
Result<IdKind> classifyCitizenId(const QString &input);     // national ID or G-code, or why neither
QString formatCitizenId(const QString &normalized);         // 1-2345-67890-12-3 / G-code as is
int nationalIdCheckDigit(const QString &first12Digits);     // -1 if not 12 digits

// Whole-record checks: every failure names its field (Error::field) so a
// dialog can show it beside the right input. Empty list = valid.
QList<Error> validateStudent(const Student &student, const QDate &today);
QList<Error> validateGuardian(const Guardian &guardian);
QList<Error> validateHousehold(const Household &household);

} // namespace care
