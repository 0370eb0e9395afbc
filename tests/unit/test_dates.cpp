// Buddhist Era date formatting and parsing (core/locale/dates.h).
#include "locale/dates.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace care;

namespace {

const QList<DateStyle> kAllStyles{DateStyle::Numeric, DateStyle::Short, DateStyle::Long, DateStyle::Official};
const QList<Language> kBothLanguages{Language::Thai, Language::English};

std::string describe(const Result<QDate> &r)
{
    return r.ok() ? r.value().toString(Qt::ISODate).toStdString() : r.error().describe().toStdString();
}

} // namespace

TEST_CASE("Buddhist Era years are Christian Era + 543", "[dates]")
{
    CHECK(kBuddhistEraOffset == 543);
    CHECK(toBuddhistYear(2026) == 2569);
    CHECK(toBuddhistYear(2024) == 2567);
    CHECK(toGregorianYear(2568) == 2025);
}

TEST_CASE("Thai formatting shows Buddhist Era years", "[dates]")
{
    const QDate date(2026, 11, 25);
    CHECK(formatDate(date, DateStyle::Numeric, Language::Thai) == QStringLiteral("25/11/2569"));
    CHECK(formatDate(date, DateStyle::Short, Language::Thai) == QStringLiteral("25 พ.ย. 2569"));
    CHECK(formatDate(date, DateStyle::Long, Language::Thai) == QStringLiteral("25 พฤศจิกายน 2569"));
    CHECK(formatDate(date, DateStyle::Official, Language::Thai) == QStringLiteral("วันที่ 25 พฤศจิกายน พ.ศ. 2569"));

    const QDate newYear(2026, 1, 1);
    CHECK(formatDate(newYear, DateStyle::Numeric, Language::Thai) == QStringLiteral("01/01/2569"));
    CHECK(formatDate(newYear, DateStyle::Short, Language::Thai) == QStringLiteral("1 ม.ค. 2569"));
    CHECK(formatDate(QDate(2025, 12, 31), DateStyle::Long, Language::Thai) == QStringLiteral("31 ธันวาคม 2568"));
    CHECK(formatDate(QDate(2024, 2, 29), DateStyle::Short, Language::Thai) == QStringLiteral("29 ก.พ. 2567"));
}

TEST_CASE("English formatting shows Christian Era years", "[dates]")
{
    const QDate date(2026, 11, 25);
    CHECK(formatDate(date, DateStyle::Numeric, Language::English) == QStringLiteral("25/11/2026"));
    CHECK(formatDate(date, DateStyle::Short, Language::English) == QStringLiteral("25 Nov 2026"));
    CHECK(formatDate(date, DateStyle::Long, Language::English) == QStringLiteral("25 November 2026"));
    CHECK(formatDate(date, DateStyle::Official, Language::English) == QStringLiteral("25 November 2026"));
    CHECK(formatDate(QDate(2026, 5, 3), DateStyle::Numeric, Language::English) == QStringLiteral("03/05/2026"));
}

TEST_CASE("an invalid date formats as empty text", "[dates]")
{
    for (DateStyle style : kAllStyles)
        CHECK(formatDate(QDate(), style, Language::Thai).isEmpty());
    CHECK(formatDateTime(QDateTime(), Language::Thai).isEmpty());
}

TEST_CASE("formatDateTime uses local time and the short date", "[dates]")
{
    const QDateTime utc(QDate(2026, 11, 25), QTime(7, 5), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    const QString expected = formatDate(local.date(), DateStyle::Short, Language::Thai) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm"));
    CHECK(formatDateTime(utc, Language::Thai) == expected);
    CHECK(formatDateTime(utc, Language::Thai).contains(QStringLiteral("2569")));
    CHECK(formatDateTime(utc, Language::English).contains(QStringLiteral("2026")));
}

TEST_CASE("month names, full and short, in both languages", "[dates]")
{
    const QStringList thaiFull{QStringLiteral("มกราคม"), QStringLiteral("กุมภาพันธ์"), QStringLiteral("มีนาคม"),
                               QStringLiteral("เมษายน"), QStringLiteral("พฤษภาคม"), QStringLiteral("มิถุนายน"),
                               QStringLiteral("กรกฎาคม"), QStringLiteral("สิงหาคม"), QStringLiteral("กันยายน"),
                               QStringLiteral("ตุลาคม"), QStringLiteral("พฤศจิกายน"), QStringLiteral("ธันวาคม")};
    const QStringList thaiShort{QStringLiteral("ม.ค."), QStringLiteral("ก.พ."), QStringLiteral("มี.ค."),
                                QStringLiteral("เม.ย."), QStringLiteral("พ.ค."), QStringLiteral("มิ.ย."),
                                QStringLiteral("ก.ค."), QStringLiteral("ส.ค."), QStringLiteral("ก.ย."),
                                QStringLiteral("ต.ค."), QStringLiteral("พ.ย."), QStringLiteral("ธ.ค.")};
    for (int m = 1; m <= 12; ++m) {
        INFO("month " << m);
        CHECK(monthName(m, Language::Thai) == thaiFull.at(m - 1));
        CHECK(monthName(m, Language::Thai, true) == thaiShort.at(m - 1));
        CHECK(monthName(m, Language::English) == QLocale(QLocale::English).standaloneMonthName(m));
        CHECK(monthName(m, Language::English, true) == QLocale(QLocale::English).monthName(m).left(3));
    }
    CHECK(monthName(0, Language::Thai).isEmpty());
    CHECK(monthName(13, Language::English).isEmpty());
}

TEST_CASE("every style round-trips in both languages", "[dates]")
{
    QList<QDate> dates;
    for (QDate d(2019, 12, 25); d < QDate(2031, 1, 10); d = d.addDays(13))
        dates << d;
    dates << QDate(2024, 2, 29) << QDate(2028, 2, 29) << QDate(2020, 2, 29)  // leap days
          << QDate(2025, 12, 31) << QDate(2026, 1, 1) << QDate(2012, 5, 16) << QDate(1999, 12, 31)
          << QDate(2000, 1, 1);
    for (const QDate &date : dates)
        for (Language language : kBothLanguages)
            for (DateStyle style : kAllStyles) {
                const QString text = formatDate(date, style, language);
                const auto parsed = parseDate(text, language);
                INFO(text.toStdString() << " -> " << describe(parsed));
                REQUIRE(parsed.ok());
                CHECK(parsed.value() == date);
            }
}

TEST_CASE("leap days follow the Christian Era year behind the Buddhist one", "[dates]")
{
    // 2567 BE = 2024, a leap year; 2568 BE = 2025 is not.
    auto leap = parseDate(QStringLiteral("29/02/2567"), Language::Thai);
    REQUIRE(leap.ok());
    CHECK(leap.value() == QDate(2024, 2, 29));
    CHECK(parseDate(QStringLiteral("29 กุมภาพันธ์ 2567"), Language::Thai).ok());

    for (const QString &text : {QStringLiteral("29/02/2568"), QStringLiteral("29 ก.พ. 2568"),
                                QStringLiteral("29 กุมภาพันธ์ พ.ศ. 2568")}) {
        const auto r = parseDate(text, Language::Thai);
        INFO(text.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.isEmpty());
    }
    const auto english = parseDate(QStringLiteral("29 February 2025"), Language::English);
    REQUIRE_FALSE(english.ok());
    CHECK(english.error().message.contains(QStringLiteral("29")));
}

TEST_CASE("year boundaries", "[dates]")
{
    auto last = parseDate(QStringLiteral("31/12/2568"), Language::Thai);
    auto first = parseDate(QStringLiteral("1/1/2569"), Language::Thai);
    REQUIRE(last.ok());
    REQUIRE(first.ok());
    CHECK(last.value() == QDate(2025, 12, 31));
    CHECK(first.value() == QDate(2026, 1, 1));
    CHECK(last.value().daysTo(first.value()) == 1);
}

TEST_CASE("what people type is understood", "[dates]")
{
    const QDate expected(2026, 11, 25);
    const QList<std::pair<QString, Language>> inputs{
        {QStringLiteral("25/11/2569"), Language::Thai},
        {QStringLiteral("25-11-2569"), Language::Thai},
        {QStringLiteral("25.11.2569"), Language::Thai},
        {QStringLiteral("  25/11/2569  "), Language::Thai},
        {QStringLiteral("๒๕/๑๑/๒๕๖๙"), Language::Thai},                 // Thai digits
        {QStringLiteral("๒๕ พฤศจิกายน ๒๕๖๙"), Language::Thai},
        {QStringLiteral("25 พ.ย. 2569"), Language::Thai},
        {QStringLiteral("25 พย 2569"), Language::Thai},                  // short name without dots
        {QStringLiteral("25พ.ย.2569"), Language::Thai},                  // no spaces
        {QStringLiteral("วันที่ 25 พฤศจิกายน พ.ศ. 2569"), Language::Thai},
        {QStringLiteral("25 พ.ย. ค.ศ. 2026"), Language::Thai},           // explicit Christian Era
        {QStringLiteral("25 พฤศจิกายน 2026"), Language::Thai},           // CE-sized year stays CE
        {QStringLiteral("2026-11-25"), Language::Thai},                  // ISO is Christian Era
        {QStringLiteral("2569-11-25"), Language::Thai},                  // ... unless BE-sized
        {QStringLiteral("25/11/2026"), Language::English},
        {QStringLiteral("25/11/2569"), Language::English},               // BE-sized year in English
        {QStringLiteral("25 Nov 2026"), Language::English},
        {QStringLiteral("25 nov 2026"), Language::English},
        {QStringLiteral("25 November 2026"), Language::English},
        {QStringLiteral("25 november 2026"), Language::English},
        {QStringLiteral("25 NOVEMBER 2026"), Language::English},
        {QStringLiteral("25 November 2026 AD"), Language::English},
        {QStringLiteral("25 November 2026 CE"), Language::English},
        {QStringLiteral("25 November 2569 BE"), Language::English},
        {QStringLiteral("25 พ.ย. 2569"), Language::English},             // Thai text in English UI
        {QStringLiteral("2026-11-25"), Language::English},
    };
    for (const auto &[text, language] : inputs) {
        const auto parsed = parseDate(text, language);
        INFO(text.toStdString() << " -> " << describe(parsed));
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == expected);
    }
}

TEST_CASE("English month names that contain era letters", "[dates]")
{
    // "SEPTEMBER" holds "BE", "DECEMBER" holds "CE": they are month names, not era markers.
    const QList<std::pair<QString, QDate>> inputs{
        {QStringLiteral("5 SEPTEMBER 2026"), QDate(2026, 9, 5)},
        {QStringLiteral("5 DECEMBER 2026"), QDate(2026, 12, 5)},
        {QStringLiteral("5 Dec 2569"), QDate(2026, 12, 5)},
    };
    for (const auto &[text, expected] : inputs) {
        const auto parsed = parseDate(text, Language::English);
        INFO(text.toStdString() << " -> " << describe(parsed));
        REQUIRE(parsed.ok());
        CHECK(parsed.value() == expected);
    }
}

TEST_CASE("invalid input gives an error with a message", "[dates]")
{
    const QStringList bad{QString(),
                          QStringLiteral("   "),
                          QStringLiteral("32/01/2569"),
                          QStringLiteral("0/01/2569"),
                          QStringLiteral("2569-13-01"),
                          QStringLiteral("15/13/2569"),
                          QStringLiteral("15/00/2569"),
                          QStringLiteral("hello"),
                          QStringLiteral("31/04/2569"),
                          QStringLiteral("25 Foo 2569"),
                          QStringLiteral("25/11/69"),
                          QStringLiteral("25/11/1200"),
                          QStringLiteral("25/11")};
    for (Language language : kBothLanguages)
        for (const QString &text : bad) {
            const auto parsed = parseDate(text, language);
            INFO('"' << text.toStdString() << "\" -> " << describe(parsed));
            REQUIRE_FALSE(parsed.ok());
            CHECK_FALSE(parsed.error().message.trimmed().isEmpty());
            CHECK(parsed.error().message.endsWith(QLatin1Char('.')));
        }

    const auto noMonth = parseDate(QStringLiteral("25 Foo 2569"), Language::English);
    REQUIRE_FALSE(noMonth.ok());
    CHECK(noMonth.error().message.contains(QStringLiteral("Foo")));
    const auto hello = parseDate(QStringLiteral("hello"), Language::Thai);
    REQUIRE_FALSE(hello.ok());
    CHECK(hello.error().message.contains(QStringLiteral("hello")));
    CHECK(hello.error().location == QStringLiteral("hello"));
}

TEST_CASE("ageOn counts whole years", "[dates]")
{
    const QDate born(2015, 6, 10);
    CHECK(ageOn(born, QDate(2025, 6, 9)) == 9);
    CHECK(ageOn(born, QDate(2025, 6, 10)) == 10);
    CHECK(ageOn(born, QDate(2025, 12, 31)) == 10);
    CHECK(ageOn(born, QDate(2026, 1, 1)) == 10);
    CHECK(ageOn(born, born) == 0);
    CHECK(ageOn(born, QDate(2015, 1, 1)) == 0);     // before birth
    CHECK(ageOn(QDate(), QDate(2025, 1, 1)) == 0);

    const QDate leapBorn(2016, 2, 29);
    CHECK(ageOn(leapBorn, QDate(2025, 2, 28)) == 8);
    CHECK(ageOn(leapBorn, QDate(2025, 3, 1)) == 9);
    CHECK(ageOn(leapBorn, QDate(2024, 2, 29)) == 8);
}
