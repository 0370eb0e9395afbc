#pragma once

#include "locale/language.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace care {

// The one place that turns dates into text and back. Thai shows Buddhist
// Era years (พ.ศ. = ค.ศ. + 543); QCalendar has no Buddhist calendar, so the
// Gregorian date is kept and only the year is shifted for display.
constexpr int kBuddhistEraOffset = 543;

enum class DateStyle {
    Numeric,  // 25/11/2569            | 25/11/2026
    Short,    // 25 พ.ย. 2569          | 25 Nov 2026
    Long,     // 25 พฤศจิกายน 2569     | 25 November 2026
    Official  // วันที่ 25 พฤศจิกายน พ.ศ. 2569 (letters) | 25 November 2026
};

int toBuddhistYear(int gregorianYear);
int toGregorianYear(int buddhistYear);

QString monthName(int month, Language language, bool abbreviated = false);
QString formatDate(const QDate &date, DateStyle style = DateStyle::Short);
QString formatDate(const QDate &date, DateStyle style, Language language);
QString formatDateTime(const QDateTime &utc, Language language);  // local time, e.g. "25 พ.ย. 2569 14:05"
QString formatDateTime(const QDateTime &utc);

// Accepts what people type: d/m/yyyy, d-m-yyyy, d.m.yyyy, "d month yyyy"
// with full or short Thai or English month names, and ISO yyyy-mm-dd.
// A year ≥ 2400 is read as Buddhist Era; in Thai, a bare numeric year is BE.
Result<QDate> parseDate(const QString &text, Language language);
Result<QDate> parseDate(const QString &text);

// Age in whole years on a given day (birthday not yet reached → one less).
int ageOn(const QDate &birthDate, const QDate &day);

} // namespace care
