// care-cli students search on a small database built through StudentService.
#include "studentsfixture.h"

#include "domain/validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

TEST_CASE("students search finds a Thai substring in the middle of a surname", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("สุวรร")});
    INFO(run);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ด.ช.สมชาย ศรีสุวรรณ")));
    CHECK(run.out.contains(formatCitizenId(f.somchaiCitizenId)));
    CHECK(run.out.contains(QStringLiteral("P.4/1")));
    CHECK(run.out.contains(QStringLiteral("โรงเรียนเทศบาลวัดกลาง")));
    CHECK_FALSE(run.out.contains(QStringLiteral("สมหญิง")));
    CHECK(run.err.isEmpty());
}

TEST_CASE("students search finds a 2-character prefix", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--json"), QStringLiteral("สม")});
    const QJsonDocument json = parseJson(run);
    REQUIRE(json.isArray());
    CHECK(firstNames(json.array()) == QStringList{QStringLiteral("สมชาย"), QStringLiteral("สมหญิง")});
}

TEST_CASE("students search finds a national ID typed with dashes", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    const CliRun run = students(QStringLiteral("search"), f,
                                {QStringLiteral("--json"), formatCitizenId(f.somchaiCitizenId)});
    const QJsonArray rows = parseJson(run).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("id")).toString() == f.somchaiId);
    CHECK(row.value(QStringLiteral("citizenId")).toString() == f.somchaiCitizenId);
    CHECK(row.value(QStringLiteral("birthDate")).toString() == QStringLiteral("2015-03-12"));
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("studying"));
    CHECK(row.value(QStringLiteral("schoolName")).toString() == QStringLiteral("โรงเรียนเทศบาลวัดกลาง"));
}

TEST_CASE("students search filters by school, status and limit", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    SECTION("a known school code")
    {
        const CliRun run = students(QStringLiteral("search"), f,
                                    {QStringLiteral("--json"), QStringLiteral("--school"), QStringLiteral("40010001")});
        CHECK(parseJson(run).array().size() == 3);
    }
    SECTION("an unknown school code")
    {
        const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--school"), QStringLiteral("999")});
        INFO(run);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("999")));
    }
    SECTION("a status nobody has")
    {
        const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--status"), QStringLiteral("moved")});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("No student matches")));
    }
    SECTION("an unknown status")
    {
        const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--status"), QStringLiteral("gone")});
        INFO(run);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("left_school")));
    }
    SECTION("a limit below the number found")
    {
        const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--limit"), QStringLiteral("1"),
                                                                  QStringLiteral("สม")});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Showing 1 of 2")));
    }
    SECTION("an invalid limit")
    {
        for (const QString &limit : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("many")}) {
            const CliRun run = students(QStringLiteral("search"), f, {QStringLiteral("--limit"), limit});
            INFO(run);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("--limit")));
        }
    }
}
