// care-cli validate-id: national ID checksum and G-code pattern.
#include "clirunner.h"

#include "domain/validation.h"

#include <catch2/catch.hpp>

using namespace care::test;

namespace {

QString validNationalId()
{
    const QString first12 = QStringLiteral("110170020345");
    return first12 + QString::number(care::nationalIdCheckDigit(first12));
}

CliRun validate(const QString &value)
{
    return runCli({QStringLiteral("validate-id"), value});
}

void requireRefused(const CliRun &run, const QString &reasonPart)
{
    INFO(run);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(reasonPart, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("validate-id accepts a national ID and prints it formatted", "[cli]")
{
    const QString id = validNationalId();
    const QString formatted = care::formatCitizenId(id);
    for (const QString &typed : {id, formatted, QStringLiteral(" %1 ").arg(formatted)}) {
        const CliRun run = validate(typed);
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("National ID")));
        CHECK(run.out.contains(formatted));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("validate-id refuses a wrong check digit and says which digit is right", "[cli]")
{
    const QString id = validNationalId();
    const int right = id.back().digitValue();
    const QString wrong = id.left(12) + QString::number((right + 1) % 10);
    const CliRun run = validate(wrong);
    requireRefused(run, QStringLiteral("check digit"));
    CHECK(run.err.contains(QString::number(right)));
}

TEST_CASE("validate-id refuses a national ID of the wrong length", "[cli]")
{
    requireRefused(validate(validNationalId().left(12)), QStringLiteral("13 digits"));
    requireRefused(validate(validNationalId() + QLatin1Char('0')), QStringLiteral("13 digits"));
}

TEST_CASE("validate-id refuses letters in a national ID", "[cli]")
{
    requireRefused(validate(QStringLiteral("11017002034X5")), QStringLiteral("only digits"));
    requireRefused(validate(QStringLiteral("abc")), QStringLiteral("only digits"));
}

TEST_CASE("validate-id accepts a G-code, typed in either case", "[cli]")
{
    for (const QString &typed : {QStringLiteral("G123456789012"), QStringLiteral("g-1234-5678-9012")}) {
        const CliRun run = validate(typed);
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("G-code")));
        CHECK(run.out.contains(QStringLiteral("G123456789012")));
    }
}

TEST_CASE("validate-id refuses a malformed G-code", "[cli]")
{
    for (const QString &typed : {QStringLiteral("G12345678901"), QStringLiteral("G1234567890123"),
                                 QStringLiteral("G12345678901A")})
        requireRefused(validate(typed), QStringLiteral("G followed by 12 digits"));
}
