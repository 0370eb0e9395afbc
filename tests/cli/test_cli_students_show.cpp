// care-cli students show on a small database built through StudentService.
#include "studentsfixture.h"

#include "domain/validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

TEST_CASE("students show --json has the whole profile", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    const CliRun run =
        students(QStringLiteral("show"), f, {QStringLiteral("--json"), formatCitizenId(f.somchaiCitizenId)});
    const QJsonDocument json = parseJson(run);
    REQUIRE(json.isObject());
    const QJsonObject p = json.object();
    CHECK(p.value(QStringLiteral("id")).toString() == f.somchaiId);
    CHECK(p.value(QStringLiteral("idKind")).toString() == QStringLiteral("national_id"));
    CHECK(p.value(QStringLiteral("citizenId")).toString() == f.somchaiCitizenId);
    CHECK(p.value(QStringLiteral("firstNameTh")).toString() == QStringLiteral("สมชาย"));
    CHECK(p.value(QStringLiteral("nickname")).toString() == QStringLiteral("ต้น"));
    CHECK(p.value(QStringLiteral("birthDate")).toString() == QStringLiteral("2015-03-12"));
    CHECK(p.value(QStringLiteral("sex")).toString() == QStringLiteral("male"));
    CHECK(p.value(QStringLiteral("address")).toObject().value(QStringLiteral("postcode")).toString()
          == QStringLiteral("40000"));
    CHECK(p.value(QStringLiteral("school")).toObject().value(QStringLiteral("code")).toString()
          == QStringLiteral("40010001"));

    const QJsonObject household = p.value(QStringLiteral("household")).toObject();
    CHECK(household.value(QStringLiteral("memberCount")).toInt() == 4);
    CHECK(household.value(QStringLiteral("monthlyIncomeBaht")).toInt() == 12000);
    CHECK(household.value(QStringLiteral("incomePerPersonBaht")).toDouble() == Approx(3000));
    CHECK(household.value(QStringLiteral("livingArrangement")).toString() == QStringLiteral("mother_only"));

    const QJsonArray guardians = p.value(QStringLiteral("guardians")).toArray();
    REQUIRE(guardians.size() == 1);
    CHECK(guardians.first().toObject().value(QStringLiteral("firstName")).toString() == QStringLiteral("มาลี"));
    CHECK(guardians.first().toObject().value(QStringLiteral("relation")).toString() == QStringLiteral("mother"));
    CHECK(guardians.first().toObject().value(QStringLiteral("isPrimary")).toBool());

    const QJsonArray enrollments = p.value(QStringLiteral("enrollments")).toArray();
    REQUIRE(enrollments.size() == 1);
    const QJsonObject enrollment = enrollments.first().toObject();
    CHECK(enrollment.value(QStringLiteral("yearBe")).toInt() == 2568);
    CHECK(enrollment.value(QStringLiteral("grade")).toString() == QStringLiteral("P4"));
    CHECK(enrollment.value(QStringLiteral("room")).toInt() == 1);
    CHECK(enrollment.value(QStringLiteral("classNumber")).toInt() == 5);

    const QJsonArray terms = p.value(QStringLiteral("terms")).toArray();
    REQUIRE_FALSE(terms.isEmpty());
    QJsonObject term1;
    for (const QJsonValue &term : terms)
        if (term.toObject().value(QStringLiteral("term")).toInt() == 1)
            term1 = term.toObject();
    const QJsonObject attendance = term1.value(QStringLiteral("attendance")).toObject();
    CHECK(attendance.value(QStringLiteral("daysEnrolled")).toInt() == 100);
    CHECK(attendance.value(QStringLiteral("daysAbsent")).toInt() == 12);
    CHECK(attendance.value(QStringLiteral("absenceRate")).toDouble() == Approx(0.12));
    const QJsonObject academic = term1.value(QStringLiteral("academic")).toObject();
    CHECK(academic.value(QStringLiteral("gpa")).toDouble() == Approx(2.5));
    CHECK(academic.value(QStringLiteral("failingMarks")).toInt() == 1);
}

TEST_CASE("students show finds by record id and G-code and prints text", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    SECTION("record id, English")
    {
        const CliRun run = students(QStringLiteral("show"), f, {f.somchaiId});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("ด.ช.สมชาย ศรีสุวรรณ")));
        CHECK(run.out.contains(QStringLiteral("12 Mar 2015")));
        CHECK(run.out.contains(QStringLiteral("นางมาลี ศรีสุวรรณ")));
        CHECK(run.out.contains(QStringLiteral("2568/1")));
        CHECK(run.out.contains(QStringLiteral("12 of 100")));
    }
    SECTION("G-code in lower case")
    {
        const CliRun run = students(QStringLiteral("show"), f, {QStringLiteral("g123456789012")});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("สมหญิง")));
    }
    SECTION("Thai from --lang: Buddhist Era dates")
    {
        const CliRun run =
            students(QStringLiteral("show"), f, {QStringLiteral("--lang"), QStringLiteral("th"), f.somchaiId});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("12 มี.ค. 2558")));
    }
    SECTION("Thai from the environment")
    {
        const CliRun run = students(QStringLiteral("show"), f, {f.somchaiId}, {{QStringLiteral("LANG=th_TH.UTF-8")}});
        INFO(run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("12 มี.ค. 2558")));
    }
}

TEST_CASE("students show reports an unknown ID with exit code 1", "[cli]")
{
    const StudentsFixture f = makeStudentsFixture();
    const QString unknown = nationalIdWithCheckDigit(QStringLiteral("510170020347"));
    CliRun run = students(QStringLiteral("show"), f, {unknown});
    INFO(run);
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(unknown));

    // A mistyped number: the message says what is wrong with it.
    const int checkDigit = f.somchaiCitizenId.back().digitValue();
    const QString mistyped = f.somchaiCitizenId.left(12) + QString::number((checkDigit + 1) % 10);
    run = students(QStringLiteral("show"), f, {QStringLiteral("--json"), mistyped});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("check digit")));
}
