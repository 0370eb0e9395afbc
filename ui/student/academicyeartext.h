#pragma once

#include "locale/dates.h"
#include "locale/language.h"

#include <QString>

namespace care::ui {

// An academic year (stored in Buddhist Era) as the reader counts years:
// 2568 in Thai, 2025 in English (the year it starts in).
inline QString academicYearText(int yearBe)
{
    return QString::number(currentLanguage() == Language::Thai ? yearBe : toGregorianYear(yearBe));
}

} // namespace care::ui
