// Thai national ID checksum and G-code rules (DOMAIN.md §4).
#include "domain/validation.h"

#include <catch2/catch.hpp>

using namespace care;

namespace {

// Check digits below were worked out by hand with the rule
// check = (11 - sum(d[i] * (13 - i)) mod 11) mod 10 over the first 12 digits.
//
// 1 2345 67890 12: 13+24+33+40+45+48+49+48+45+0+3+4 = 352; 352 mod 11 = 0 -> 11 mod 10 = 1
const QString kValidA = QStringLiteral("1234567890121");
// 3 1012 00345 67: 39+12+0+10+18+0+0+18+20+20+18+14 = 169; 169 mod 11 = 4 -> 7
const QString kValidB = QStringLiteral("3101200345677");
// 0 1234 56789 01: 0+12+22+30+36+40+42+42+40+36+0+2 = 302; 302 mod 11 = 5 -> 6
const QString kLeadingZero = QStringLiteral("0123456789016");
// 0 1000 00000 00: 12; 12 mod 11 = 1 -> 10 mod 10 = 0 (remainder 1 gives check digit 0)
const QString kCheckDigitZero = QStringLiteral("0100000000000");

} // namespace

TEST_CASE("nationalIdCheckDigit matches hand-computed digits", "[nationalid]")
{
    CHECK(nationalIdCheckDigit(QStringLiteral("123456789012")) == 1);
    CHECK(nationalIdCheckDigit(QStringLiteral("310120034567")) == 7);
    CHECK(nationalIdCheckDigit(QStringLiteral("012345678901")) == 6);
    CHECK(nationalIdCheckDigit(QStringLiteral("010000000000")) == 0);
    CHECK(nationalIdCheckDigit(QStringLiteral("12345678901")) == -1);
    CHECK(nationalIdCheckDigit(QStringLiteral("1234567890123")) == -1);
    CHECK(nationalIdCheckDigit(QStringLiteral("12345678901x")) == -1);
}

TEST_CASE("valid national IDs pass", "[nationalid]")
{
    for (const QString &id : {kValidA, kValidB, kLeadingZero, kCheckDigitZero}) {
        INFO(id.toStdString());
        const Status status = validateNationalId(id);
        CHECK(status.ok());
        auto kind = classifyCitizenId(id);
        REQUIRE(kind.ok());
        CHECK(kind.value() == IdKind::NationalId);
    }
}

TEST_CASE("every wrong check digit is rejected and the right one named", "[nationalid]")
{
    for (int digit = 0; digit <= 9; ++digit) {
        if (digit == 1)
            continue;
        const QString id = kValidA.left(12) + QString::number(digit);
        const Status status = validateNationalId(id);
        INFO(id.toStdString());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().field == QLatin1String("citizenId"));
        CHECK(status.error().message.contains(QLatin1String("1")));
        CHECK_FALSE(status.error().message.isEmpty());
    }
}

TEST_CASE("a swapped pair of digits is caught by the checksum", "[nationalid]")
{
    // 1234567890121 with digits 2 and 3 swapped.
    CHECK_FALSE(validateNationalId(QStringLiteral("1324567890121")).ok());
}

TEST_CASE("wrong lengths are rejected with the digit count", "[nationalid]")
{
    const Status twelve = validateNationalId(QStringLiteral("123456789012"));
    REQUIRE_FALSE(twelve.ok());
    CHECK(twelve.error().field == QLatin1String("citizenId"));
    CHECK(twelve.error().message.contains(QLatin1String("12")));

    const Status fourteen = validateNationalId(QStringLiteral("12345678901210"));
    REQUIRE_FALSE(fourteen.ok());
    CHECK(fourteen.error().field == QLatin1String("citizenId"));
    CHECK(fourteen.error().message.contains(QLatin1String("14")));

    const Status empty = validateNationalId(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QLatin1String("citizenId"));
    CHECK_FALSE(validateNationalId(QStringLiteral(" - - ")).ok());
}

TEST_CASE("non-digits are rejected", "[nationalid]")
{
    for (const char *text : {"12345678901A1", "1234567890l21", "1234567890.21", "x234567890121"}) {
        const Status status = validateNationalId(QString::fromLatin1(text));
        INFO(text);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().field == QLatin1String("citizenId"));
        CHECK_FALSE(status.error().message.isEmpty());
    }
}

TEST_CASE("dashes, spaces and Thai digits are accepted", "[nationalid]")
{
    CHECK(validateNationalId(QStringLiteral("1-2345-67890-12-1")).ok());
    CHECK(validateNationalId(QStringLiteral("1 2345 67890 12 1")).ok());
    CHECK(validateNationalId(QStringLiteral(" 3-1012-00345-67-7 ")).ok());
    CHECK(validateNationalId(QStringLiteral("๑๒๓๔๕๖๗๘๙๐๑๒๑")).ok());
    CHECK(validateNationalId(QStringLiteral("๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑")).ok());
    CHECK_FALSE(validateNationalId(QStringLiteral("๑๒๓๔๕๖๗๘๙๐๑๒๒")).ok());

    CHECK(normalizeCitizenId(QStringLiteral("๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑")) == kValidA);
    CHECK(normalizeCitizenId(QStringLiteral("1 2345-67890 12-1")) == kValidA);
}

TEST_CASE("G-codes", "[nationalid][gcode]")
{
    SECTION("valid, with lowercase g normalised")
    {
        CHECK(validateGCode(QStringLiteral("G123456789012")).ok());
        CHECK(validateGCode(QStringLiteral("g123456789012")).ok());
        CHECK(validateGCode(QStringLiteral("G-1234-5678-9012")).ok());
        CHECK(normalizeCitizenId(QStringLiteral("g123456789012")) == QLatin1String("G123456789012"));
        auto kind = classifyCitizenId(QStringLiteral("g123456789012"));
        REQUIRE(kind.ok());
        CHECK(kind.value() == IdKind::GCode);
    }
    SECTION("invalid")
    {
        for (const char *text : {"G12345678901", "G1234567890123", "G12345678901A", "GA23456789012",
                                 "G", "H123456789012", "123456789012G", "GG23456789012"}) {
            INFO(text);
            const Status status = validateGCode(QString::fromLatin1(text));
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().field == QLatin1String("citizenId"));
            CHECK_FALSE(status.error().message.isEmpty());
        }
        auto kind = classifyCitizenId(QStringLiteral("G12345"));
        REQUIRE_FALSE(kind.ok());
        CHECK(kind.error().field == QLatin1String("citizenId"));
    }
}

TEST_CASE("classifyCitizenId rejects neither-kind input", "[nationalid]")
{
    auto wrong = classifyCitizenId(QStringLiteral("1234567890122"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QLatin1String("citizenId"));
    CHECK_FALSE(classifyCitizenId(QStringLiteral("hello")).ok());
    CHECK_FALSE(classifyCitizenId(QString()).ok());
}

TEST_CASE("formatCitizenId groups 1-4-5-2-1", "[nationalid]")
{
    CHECK(formatCitizenId(QStringLiteral("1234567890123")) == QLatin1String("1-2345-67890-12-3"));
    CHECK(formatCitizenId(kValidB) == QLatin1String("3-1012-00345-67-7"));
    CHECK(formatCitizenId(kLeadingZero) == QLatin1String("0-1234-56789-01-6"));
    // G-codes and anything not 13 digits come back unchanged.
    CHECK(formatCitizenId(QStringLiteral("G123456789012")) == QLatin1String("G123456789012"));
    CHECK(formatCitizenId(QStringLiteral("12345")) == QLatin1String("12345"));
    CHECK(formatCitizenId(QString()).isEmpty());
}
