#include "locale/dates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace care {

struct DateText {
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

namespace {

const QStringList &thaiMonths()
{
    static const QStringList names{
        QStringLiteral("มกราคม"), QStringLiteral("กุมภาพันธ์"), QStringLiteral("มีนาคม"),
        QStringLiteral("เมษายน"), QStringLiteral("พฤษภาคม"), QStringLiteral("มิถุนายน"),
        QStringLiteral("กรกฎาคม"), QStringLiteral("สิงหาคม"), QStringLiteral("กันยายน"),
        QStringLiteral("ตุลาคม"), QStringLiteral("พฤศจิกายน"), QStringLiteral("ธันวาคม")};
    return names;
}

const QStringList &thaiMonthsShort()
{
    static const QStringList names{
        QStringLiteral("ม.ค."), QStringLiteral("ก.พ."), QStringLiteral("มี.ค."),
        QStringLiteral("เม.ย."), QStringLiteral("พ.ค."), QStringLiteral("มิ.ย."),
        QStringLiteral("ก.ค."), QStringLiteral("ส.ค."), QStringLiteral("ก.ย."),
        QStringLiteral("ต.ค."), QStringLiteral("พ.ย."), QStringLiteral("ธ.ค.")};
    return names;
}

const QStringList &englishMonths()
{
    static const QStringList names{
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
        QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

// Month number for any spelling we accept, 0 if none.
int monthFromName(QString name)
{
    name = name.trimmed();
    QString dotless = name;
    dotless.remove(QLatin1Char('.'));
    for (int m = 0; m < 12; ++m) {
        if (name == thaiMonths().at(m))
            return m + 1;
        QString shortTh = thaiMonthsShort().at(m);
        if (dotless == shortTh.remove(QLatin1Char('.')))
            return m + 1;
        const QString &en = englishMonths().at(m);
        if (name.compare(en, Qt::CaseInsensitive) == 0
            || (dotless.size() >= 3 && en.startsWith(dotless, Qt::CaseInsensitive)))
            return m + 1;
    }
    return 0;
}

Error dateError(const QString &message, const QString &text)
{
    return Error{message, QStringLiteral("date"), text};
}

int thaiDigitsToAscii(QString &text)
{
    int changed = 0;
    for (QChar &c : text)
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59) {
            c = QChar(u'0' + (c.unicode() - 0x0E50));
            ++changed;
        }
    return changed;
}

} // namespace

int toBuddhistYear(int gregorianYear) { return gregorianYear + kBuddhistEraOffset; }
int toGregorianYear(int buddhistYear) { return buddhistYear - kBuddhistEraOffset; }

QString monthName(int month, Language language, bool abbreviated)
{
    if (month < 1 || month > 12)
        return {};
    if (language == Language::Thai)
        return abbreviated ? thaiMonthsShort().at(month - 1) : thaiMonths().at(month - 1);
    const QString &full = englishMonths().at(month - 1);
    return abbreviated ? full.left(3) : full;
}

QString formatDate(const QDate &date, DateStyle style, Language language)
{
    if (!date.isValid())
        return {};
    const bool thai = language == Language::Thai;
    const int year = thai ? toBuddhistYear(date.year()) : date.year();
    switch (style) {
    case DateStyle::Numeric:
        return QStringLiteral("%1/%2/%3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(year);
    case DateStyle::Short:
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month(), language, true)).arg(year);
    case DateStyle::Long:
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month(), language)).arg(year);
    case DateStyle::Official:
        if (thai)
            return QStringLiteral("วันที่ %1 %2 พ.ศ. %3").arg(date.day()).arg(monthName(date.month(), language)).arg(year);
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month(), language)).arg(year);
    }
    return {};
}

QString formatDate(const QDate &date, DateStyle style)
{
    return formatDate(date, style, currentLanguage());
}

QString formatDateTime(const QDateTime &utc, Language language)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 %2").arg(formatDate(local.date(), DateStyle::Short, language),
                                       local.time().toString(QStringLiteral("HH:mm")));
}

QString formatDateTime(const QDateTime &utc) { return formatDateTime(utc, currentLanguage()); }

Result<QDate> parseDate(const QString &input, Language language)
{
    QString text = input.trimmed();
    thaiDigitsToAscii(text);
    if (text.isEmpty())
        return dateError(DateText::tr("The date is empty."), input);
    text.remove(QRegularExpression(QStringLiteral("^(วันที่|วัน)\\s*")));
    // Latin markers only as whole words: "SEPTEMBER" holds "BE", "DECEMBER" holds "CE".
    static const QRegularExpression eraMarker(
        QStringLiteral("พ\\.ศ\\.|ค\\.ศ\\.|(?<![A-Za-z])(B\\.E\\.|BE|A\\.D\\.|AD|CE)(?![A-Za-z])"));
    static const QRegularExpression gregorianMarker(
        QStringLiteral("ค\\.ศ\\.|(?<![A-Za-z])(A\\.D\\.|AD|CE)(?![A-Za-z])"));
    const bool explicitGregorian = gregorianMarker.match(text).hasMatch();
    text.replace(eraMarker, QStringLiteral(" "));
    text = text.simplified();

    int day = 0, month = 0, year = 0;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    static const QRegularExpression named(QStringLiteral("^(\\d{1,2})\\s*([^\\d\\s][^\\d]*?)\\s*(\\d{4})$"));
    bool isoForm = false;
    if (auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        isoForm = true;
    } else if (auto n = numeric.match(text); n.hasMatch()) {
        day = n.captured(1).toInt();
        month = n.captured(2).toInt();
        year = n.captured(3).toInt();
    } else if (auto w = named.match(text); w.hasMatch()) {
        day = w.captured(1).toInt();
        month = monthFromName(w.captured(2));
        year = w.captured(3).toInt();
        if (month == 0)
            return dateError(DateText::tr("\"%1\" is not a month name.").arg(w.captured(2).trimmed()), input);
    } else {
        return dateError(DateText::tr("\"%1\" is not a date; write it as day/month/year, e.g. %2.")
                             .arg(input.trimmed(), formatDate(QDate(2026, 11, 25), DateStyle::Numeric, language)),
                         input);
    }

    // Buddhist Era: explicit by size (≥ 2400), or by convention for Thai input.
    if (!explicitGregorian && (year >= 2400 || (language == Language::Thai && !isoForm && year > 2100)))
        year = toGregorianYear(year);
    if (year < 1900 || year > 2200)
        return dateError(DateText::tr("The year %1 is out of range.").arg(year), input);
    if (month < 1 || month > 12)
        return dateError(DateText::tr("The month must be between 1 and 12."), input);
    const QDate date(year, month, day);
    if (!date.isValid())
        return dateError(DateText::tr("This month has no day %1.").arg(day), input);
    return date;
}

Result<QDate> parseDate(const QString &text) { return parseDate(text, currentLanguage()); }

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace care
