// The risk engine's fast paths agree with the slow, obvious ones: the
// summary reader with parseScreeningSummary, the outcome writer with
// QJsonDocument.
#include "risk/compactjson.h"
#include "risk/riskevaluator.h"
#include "risk/rulesetloader.h"
#include "storage/riskinputrepository.h"
#include "storage/screeningrepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace care;

TEST_CASE("Risk inputs: the summary reader agrees with parseScreeningSummary", "[risk][inputs]")
{
    const QStringList keys{QStringLiteral("emotional"), QStringLiteral("total_difficulties"), QStringLiteral("impact"),
                           QStringLiteral("prosocial")};
    ScreeningSummary summary;
    summary.scores = {{QStringLiteral("emotional"), 4}, {QStringLiteral("total_difficulties"), 19},
                      {QStringLiteral("impact"), std::nullopt}, {QStringLiteral("prosocial"), 7},
                      {QStringLiteral("peer"), -1}};
    summary.bands = {{QStringLiteral("emotional"), QStringLiteral("at_risk")},
                     {QStringLiteral("total_difficulties"), QStringLiteral("problem")},
                     {QStringLiteral("impact"), std::nullopt}, {QStringLiteral("prosocial"), QStringLiteral("strength")},
                     {QStringLiteral("peer"), QStringLiteral("normal")}};
    const QString text = formatScreeningSummary(summary);
    QList<ScreeningScore> scores;
    REQUIRE(RiskInputRepository::readSummary(text.toUtf8(), keys, scores));
    REQUIRE(scores.size() == 4);  // peer is not asked for
    auto parsed = parseScreeningSummary(text);
    REQUIRE(parsed.ok());
    for (const ScreeningScore &s : scores) {
        INFO(s.key.toStdString());
        CHECK(s.score == parsed->scores.value(s.key));
        CHECK(s.band == parsed->bands.value(s.key).value_or(QString()));
    }
    QList<ScreeningScore> none;
    CHECK(RiskInputRepository::readSummary(QByteArray(), keys, none));
    CHECK(none.isEmpty());
    for (const QString &damaged : {QStringLiteral("emotional=4"), QStringLiteral("=4:normal"),
                                   QStringLiteral("emotional=four:normal"), QStringLiteral("emotional=4:"),
                                   QStringLiteral("Emotional=4:normal"), QStringLiteral("emotional=4:normal;")}) {
        INFO(damaged.toStdString());
        QList<ScreeningScore> out;
        CHECK_FALSE(RiskInputRepository::readSummary(damaged.toUtf8(), keys, out));
        CHECK_FALSE(parseScreeningSummary(damaged).ok());
    }
}

TEST_CASE("Risk inputs: the outcome writer writes what QJsonDocument writes", "[risk][inputs]")
{
    const QJsonObject object{{QStringLiteral("text"), QStringLiteral("a \"quoted\" \\ back\nslash\t\x01 ไทย ร มส")},
                             {QStringLiteral("rate"), 0.1},
                             {QStringLiteral("gpa"), 1.25},
                             {QStringLiteral("whole"), 3000.0},
                             {QStringLiteral("count"), 12},
                             {QStringLiteral("big"), 1e21},
                             {QStringLiteral("list"), QJsonArray{QStringLiteral("0"), QStringLiteral("ร")}},
                             {QStringLiteral("nothing"), QJsonValue()},
                             {QStringLiteral("yes"), true}};
    QByteArray written;
    compactjson::value(written, object);
    CHECK(written == QJsonDocument(object).toJson(QJsonDocument::Compact));

    // A student flagged in every way: the fast verdict is the outcome's own JSON.
    RiskInputs in;
    in.attendance = AttendanceFacts{TermRef{2, 2568}, 96, 21};
    in.academic = AcademicFacts{TermRef{1, 2568}, 1.25, 1, 1, 1};
    in.behaviour = BehaviourFacts{TermRef{2, 2568}, 3, 1, {QStringLiteral("weapon")}};
    in.household = HouseholdFacts{2000, 2, QStringLiteral("relatives")};
    ScreeningFacts sdq;
    sdq.instrumentId = QStringLiteral("sdq-self-11-17");
    sdq.respondent = QStringLiteral("self");
    sdq.screenedOn = QDate(2025, 7, 1);
    sdq.set(QStringLiteral("total_difficulties"), 22, QStringLiteral("problem"));
    sdq.set(QStringLiteral("peer"), std::nullopt, QStringLiteral("at_risk"));
    in.screenings << sdq;
    const RiskVerdict verdict = RiskEvaluator::judge(RuleSetLoader::shipped(), in);
    CHECK(verdict.flagged);
    CHECK(verdict.overall == RiskLevel::Problem);
    const RiskOutcome outcome = RiskEvaluator::evaluate(RuleSetLoader::shipped(), in);
    CHECK(outcome.toJson() == verdict.content);
    QJsonObject root = QJsonDocument::fromJson(verdict.content).object();
    CHECK(QJsonDocument(root).toJson(QJsonDocument::Compact) == verdict.content);
    CHECK(root.value(QStringLiteral("domains")).toObject().size() == 6);
    // Nothing flagged: the one all-normal content.
    const RiskVerdict calm = RiskEvaluator::judge(RuleSetLoader::shipped(), RiskInputs{});
    CHECK_FALSE(calm.flagged);
    CHECK(calm.content == RiskOutcome().toJson());
}

TEST_CASE("Risk inputs: doubtful scores in a summary are left to its own parser", "[risk][inputs]")
{
    const QStringList keys{QStringLiteral("peer")};
    for (const QString &text : {QStringLiteral("peer=+5:normal"), QStringLiteral("peer= 5:normal"),
                                QStringLiteral("peer=1234567:normal"), QStringLiteral("peer=--1:normal")}) {
        INFO(text.toStdString());
        QList<ScreeningScore> out;
        CHECK_FALSE(RiskInputRepository::readSummary(text.toUtf8(), keys, out));
        CHECK_FALSE(parseScreeningSummary(text).ok());
    }
}
