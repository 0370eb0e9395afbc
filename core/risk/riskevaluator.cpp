#include "risk/riskevaluator.h"

#include <QJsonArray>

#include <algorithm>

namespace care {
namespace {

// Thresholds compare with a little slack so that 10 of 100 days is exactly 10%.
constexpr double kSlack = 1e-9;

struct Hit {
    RiskLevel level = RiskLevel::Normal;
    QString evidence;
    QJsonObject args;
};

void addTerm(QJsonObject &args, const TermRef &term)
{
    args.insert(QStringLiteral("term"), term.number);
    args.insert(QStringLiteral("year_be"), term.yearBe);
}

// HigherIsWorse: the level whose threshold `reached` says the value is at or above.
template <typename Reached>
RiskLevel levelAtOrAbove(const RiskRule &rule, Reached reached, double *threshold)
{
    if (rule.problem && reached(*rule.problem)) {
        *threshold = *rule.problem;
        return RiskLevel::Problem;
    }
    if (rule.atRisk && reached(*rule.atRisk)) {
        *threshold = *rule.atRisk;
        return RiskLevel::AtRisk;
    }
    return RiskLevel::Normal;
}

QList<Hit> thresholdHits(const RiskRule &rule, const RiskInputs &in)
{
    double threshold = 0;
    Hit hit;
    switch (rule.signal) {
    case RiskSignal::AbsenceRate: {
        if (!in.attendance || in.attendance->daysEnrolled <= 0)
            return {};
        const AttendanceFacts &a = *in.attendance;
        hit.level = levelAtOrAbove(
                rule, [&](double t) { return a.daysAbsent >= t * a.daysEnrolled - kSlack; }, &threshold);
        hit.args = {{QStringLiteral("absent"), a.daysAbsent}, {QStringLiteral("enrolled"), a.daysEnrolled}};
        addTerm(hit.args, a.term);
        break;
    }
    case RiskSignal::NonPassingMarks: {
        if (!in.academic)
            return {};
        const AcademicFacts &a = *in.academic;
        const int count = (rule.marks.contains(QStringLiteral("0")) ? a.failing : 0)
                + (rule.marks.contains(QStringLiteral("ร")) ? a.incomplete : 0)
                + (rule.marks.contains(QStringLiteral("มส")) ? a.notAllowed : 0);
        hit.level = levelAtOrAbove(
                rule, [&](double t) { return count >= t - kSlack; }, &threshold);
        hit.args
                = {{QStringLiteral("count"), count}, {QStringLiteral("marks"), QJsonArray::fromStringList(rule.marks)}};
        addTerm(hit.args, a.term);
        break;
    }
    case RiskSignal::MinorIncidents:
    case RiskSignal::SeriousIncidents: {
        if (!in.behaviour)
            return {};
        const bool serious = rule.signal == RiskSignal::SeriousIncidents;
        const int count = serious ? in.behaviour->serious : in.behaviour->minor;
        hit.level = levelAtOrAbove(
                rule, [&](double t) { return count >= t - kSlack; }, &threshold);
        hit.args = {{QStringLiteral("count"), count}};
        if (serious)
            hit.args.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(in.behaviour->seriousKinds));
        addTerm(hit.args, in.behaviour->term);
        break;
    }
    case RiskSignal::Gpa: {
        if (!in.academic || !in.academic->gpa)
            return {};
        const double gpa = *in.academic->gpa;
        // Lower is worse, strictly below the threshold.
        if (rule.problem && gpa < *rule.problem - kSlack) {
            threshold = *rule.problem;
            hit.level = RiskLevel::Problem;
        } else if (rule.atRisk && gpa < *rule.atRisk - kSlack) {
            threshold = *rule.atRisk;
            hit.level = RiskLevel::AtRisk;
        }
        hit.args = {{QStringLiteral("gpa"), gpa}};
        addTerm(hit.args, in.academic->term);
        break;
    }
    case RiskSignal::IncomePerPerson: {
        if (!in.household || !in.household->monthlyIncome || in.household->members <= 0)
            return {};
        const double income = *in.household->monthlyIncome;
        const int members = in.household->members;
        // Lower is worse, at or below the threshold (per person).
        if (rule.problem && income <= *rule.problem * members + kSlack) {
            threshold = *rule.problem;
            hit.level = RiskLevel::Problem;
        } else if (rule.atRisk && income <= *rule.atRisk * members + kSlack) {
            threshold = *rule.atRisk;
            hit.level = RiskLevel::AtRisk;
        }
        hit.args = {{QStringLiteral("income"), *in.household->monthlyIncome}, {QStringLiteral("members"), members}};
        break;
    }
    case RiskSignal::ScreeningBand:
    case RiskSignal::LivingArrangement:
        return {};
    }
    if (hit.level == RiskLevel::Normal)
        return {};
    hit.evidence = code(rule.signal);
    hit.args.insert(QStringLiteral("threshold"), threshold);
    return {hit};
}

QList<Hit> bandHits(const RiskRule &rule, const RiskInputs &in)
{
    QList<Hit> hits;
    for (const ScreeningFacts &s : in.screenings) {
        if (!rule.matchesInstrument(s.instrumentId) || !rule.respondents.contains(s.respondent))
            continue;
        for (const QString &score : rule.scores) {
            const QString band = s.bands.value(score);
            for (const auto &[bandCode, level] : rule.bands) {
                if (band != bandCode)
                    continue;
                QJsonObject args{{QStringLiteral("instrument"), s.instrumentId},
                                 {QStringLiteral("respondent"), s.respondent},
                                 {QStringLiteral("screened_on"), s.screenedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("score"), score},
                                 {QStringLiteral("band"), band}};
                if (s.scores.contains(score))
                    args.insert(QStringLiteral("value"), s.scores.value(score));
                hits << Hit{level, QStringLiteral("screening_band"), args};
            }
        }
    }
    return hits;
}

QList<Hit> codeHits(const RiskRule &rule, const RiskInputs &in)
{
    if (!in.household || in.household->livingArrangement.isEmpty())
        return {};
    const QString arrangement = in.household->livingArrangement;
    const RiskLevel level = rule.problemCodes.contains(arrangement) ? RiskLevel::Problem
            : rule.atRiskCodes.contains(arrangement)                ? RiskLevel::AtRisk
                                                                    : RiskLevel::Normal;
    if (level == RiskLevel::Normal)
        return {};
    return {Hit{level, QStringLiteral("living_arrangement"),
                QJsonObject{{QStringLiteral("arrangement"), arrangement}}}};
}

QList<Hit> hitsOf(const RiskRule &rule, const RiskInputs &in)
{
    switch (signalInfo(rule.signal).kind) {
    case SignalKind::Bands:
        return bandHits(rule, in);
    case SignalKind::Codes:
        return codeHits(rule, in);
    case SignalKind::HigherIsWorse:
    case SignalKind::LowerIsWorse:
        break;
    }
    return thresholdHits(rule, in);
}

void combineOverall(const RuleSet &rules, RiskOutcome &outcome)
{
    for (const OverallRule &rule : rules.overall) {
        const QList<RiskDomain> domains = rule.domains.isEmpty() ? allValues<RiskDomain>() : rule.domains;
        QStringList reached;
        for (RiskDomain d : domains)
            if (rank(outcome.level(d)) >= rank(rule.domainsAtLeast))
                reached << code(d);
        if (reached.size() < rule.minDomains || rank(rule.level) < rank(outcome.overall))
            continue;
        if (rank(rule.level) > rank(outcome.overall))
            outcome.overallReasons.clear();
        outcome.overall = rule.level;
        outcome.overallReasons << RiskReason{
                rule.id, QStringLiteral("domains"), rule.level,
                QJsonObject{{QStringLiteral("domains"), QJsonArray::fromStringList(reached)},
                            {QStringLiteral("at_least"), code(rule.domainsAtLeast)},
                            {QStringLiteral("min_domains"), rule.minDomains}}};
    }
}

}  // namespace

RiskOutcome RiskEvaluator::evaluate(const RuleSet &rules, const RiskInputs &inputs)
{
    RiskOutcome outcome;
    for (const RiskRule &rule : rules.rules) {
        const QList<Hit> hits = hitsOf(rule, inputs);
        if (hits.isEmpty())
            continue;
        DomainOutcome &domain = outcome.domains[rule.domain];
        for (const Hit &hit : hits) {
            // The same evidence found by two rules (e.g. a total band that
            // both a problem rule and an at-risk rule read) is told once.
            // The stronger of the two levels (and its rule) stands.
            const auto told = std::find_if(domain.reasons.begin(), domain.reasons.end(), [&](const RiskReason &r) {
                return r.evidence == hit.evidence && r.args == hit.args;
            });
            if (told == domain.reasons.end())
                domain.reasons << RiskReason{rule.id, hit.evidence, hit.level, hit.args};
            else if (rank(hit.level) > rank(told->level))
                *told = RiskReason{rule.id, hit.evidence, hit.level, hit.args};
            domain.level = worse(domain.level, hit.level);
        }
    }
    combineOverall(rules, outcome);
    return outcome;
}

}  // namespace care
