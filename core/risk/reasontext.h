#pragma once

#include "locale/language.h"
#include "risk/riskoutcome.h"

#include <QString>

namespace care {

// A stored reason in words, e.g. "absent 14 of 96 days (term 2/2568), 14.6%
// ≥ 10%". The sentence comes from the installed catalogue (tr); numbers,
// dates and school years are formatted for `language` (Buddhist Era years
// in Thai). A reason of an unknown kind (from a newer Care) is shown as its
// rule id and figures rather than dropped.
QString reasonText(const RiskReason &reason, Language language);
QString reasonText(const RiskReason &reason);

// "2/2568" in Thai, "2/2025" in English (the school year's first year).
QString termText(int number, int yearBe, Language language);

}  // namespace care
