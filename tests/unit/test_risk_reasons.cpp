// Reasons in words: each kind of evidence rendered from its stored figures,
// in English and with Thai number and year conventions.
#include "domain/indicators.h"
#include "locale/dates.h"
#include "risk/reasontext.h"
#include "risk/riskevaluator.h"
#include "risk/rulesetloader.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace care;

namespace {

const RuleSet &rules()
{
    return RuleSetLoader::shipped();
}

RiskInputs attendance(int enrolled, int absent)
{
    RiskInputs in;
    in.attendance = AttendanceFacts{TermRef{2, 2568}, enrolled, absent};
    return in;
}

RiskInputs grades(std::optional<double> gpa, int failing, int incomplete = 0, int notAllowed = 0)
{
    RiskInputs in;
    in.academic = AcademicFacts{TermRef{1, 2568}, gpa, failing, incomplete, notAllowed};
    return in;
}

RiskInputs incidents(int minor, int serious)
{
    RiskInputs in;
    QStringList kinds;
    for (int i = 0; i < serious; ++i)
        kinds << QStringLiteral("violence");
    in.behaviour = BehaviourFacts{TermRef{1, 2568}, minor, serious, kinds};
    return in;
}

RiskInputs family(int members, std::optional<int> income, const QString &arrangement)
{
    RiskInputs in;
    in.household = HouseholdFacts{income, members, arrangement};
    return in;
}

RiskInputs screened(const QString &instrument, const QString &respondent, const QHash<QString, QString> &bands)
{
    RiskInputs in;
    ScreeningFacts facts;
    facts.instrumentId = instrument;
    facts.respondent = respondent;
    facts.screenedOn = QDate(2025, 6, 20);
    for (auto it = bands.cbegin(); it != bands.cend(); ++it)
        facts.set(it.key(), std::nullopt, it.value());
    in.screenings << facts;
    return in;
}

const QString kTeacherSdq = QStringLiteral("sdq-teacher-4-17");

}  // namespace

TEST_CASE("Risk reasons: in words, in English and Thai", "[risk][reasons]")
{
    installTranslations(Language::English);
    const RiskOutcome outcome = RiskEvaluator::evaluate(rules(), attendance(96, 14));
    const RiskReason absence = outcome.domains.value(RiskDomain::Attendance).reasons.value(0);
    CHECK(absence.rule == QStringLiteral("absence_rate"));
    CHECK(reasonText(absence, Language::English) == QStringLiteral("absent 14 of 96 days in term 2/2025, 14.6% ≥ 10%"));
    // Thai: the same figures, the school year in Buddhist Era.
    installTranslations(Language::Thai);
    const QString thai = reasonText(absence, Language::Thai);
    installTranslations(Language::English);
    CHECK(thai.contains(QStringLiteral("14.6%")));
    CHECK(thai.contains(QStringLiteral("10%")));
    CHECK(thai.contains(QStringLiteral("2/2568")));
    CHECK_FALSE(thai.contains(QStringLiteral("2025")));

    const auto text = [](const RiskInputs &in, RiskDomain domain) {
        return reasonText(RiskEvaluator::evaluate(rules(), in).domains.value(domain).reasons.value(0),
                          Language::English);
    };
    // (Plural forms come from the catalogue: "mark(s)" until it has them.)
    CHECK(text(grades(2.0, 1, 1, 1), RiskDomain::Academic).startsWith(QStringLiteral("3 failing mark")));
    CHECK(text(grades(2.0, 1, 1, 1), RiskDomain::Academic)
                  .endsWith(QStringLiteral(" (0, ร, มส) in term 1/2025, 3 ≥ 3")));
    CHECK(text(grades(1.25, 0), RiskDomain::Academic) == QStringLiteral("GPA 1.25 in term 1/2025 < 1.5"));
    CHECK(text(incidents(2, 0), RiskDomain::Behaviour).startsWith(QStringLiteral("2 minor behaviour incident")));
    CHECK(text(incidents(2, 0), RiskDomain::Behaviour).endsWith(QStringLiteral(" in term 1/2025, 2 ≥ 2")));
    CHECK(text(incidents(0, 1), RiskDomain::Behaviour).startsWith(QStringLiteral("1 serious behaviour incident")));
    CHECK(text(incidents(0, 1), RiskDomain::Behaviour)
                  .endsWith(QStringLiteral(" in term 1/2025: ") + label(BehaviourKind::Violence)));
    CHECK(text(family(3, 4500, QStringLiteral("both_parents")), RiskDomain::Economic)
          == QStringLiteral("household income 4,500 baht a month for 3 people: 1,500 baht each ≤ 1,500"));
    CHECK(text(family(3, 20000, QStringLiteral("grandparents")), RiskDomain::Family)
          == label(LivingArrangement::Grandparents));
    RiskInputs sdq = screened(kTeacherSdq, QStringLiteral("teacher"), {});
    sdq.screenings.first().set(QStringLiteral("total_difficulties"), 19, QStringLiteral("problem"));
    const QString sdqText = text(sdq, RiskDomain::Emotional);
    CHECK(sdqText.contains(QStringLiteral("19")));
    CHECK(sdqText.contains(label(RiskLevel::Problem)));
    CHECK(sdqText.contains(formatDate(QDate(2025, 6, 20), DateStyle::Short, Language::English)));

    // A reason of a kind this version does not know still shows its figures.
    const RiskReason future{QStringLiteral("new_rule"), QStringLiteral("new_evidence"), RiskLevel::AtRisk,
                            QJsonObject{{QStringLiteral("n"), 4}}};
    CHECK(reasonText(future, Language::English).contains(QStringLiteral("new_rule")));
}

TEST_CASE("Risk reasons: Thai dates are in Buddhist Era, and the overall reason names the domains", "[risk][reasons]")
{
    RiskInputs sdq
            = screened(kTeacherSdq, QStringLiteral("teacher"), {{QStringLiteral("peer"), QStringLiteral("problem")}});
    const RiskReason reason
            = RiskEvaluator::evaluate(rules(), sdq).domains.value(RiskDomain::Emotional).reasons.value(0);
    const QString thai = reasonText(reason, Language::Thai);
    CHECK(thai.contains(formatDate(QDate(2025, 6, 20), DateStyle::Short, Language::Thai)));
    CHECK(thai.contains(QStringLiteral("2568")));
    CHECK(reasonText(RiskEvaluator::evaluate(rules(), family(3, 4500, QStringLiteral("both_parents")))
                             .domains.value(RiskDomain::Economic)
                             .reasons.value(0),
                     Language::Thai)
                  .contains(QStringLiteral("4,500")));

    RiskInputs two = attendance(100, 30);
    two.household = HouseholdFacts{20000, 4, QStringLiteral("relatives")};
    const RiskOutcome outcome = RiskEvaluator::evaluate(rules(), two);
    REQUIRE(outcome.overallReasons.size() == 1);
    const QString overall = reasonText(outcome.overallReasons.first(), Language::English);
    CHECK(overall.contains(label(RiskDomain::Attendance)));
    CHECK_FALSE(overall.contains(label(RiskDomain::Family)));  // the problem rule decided
}
