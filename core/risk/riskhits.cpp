#include "risk/riskhits.h"

#include <algorithm>

namespace care::riskhits {
namespace {

// Thresholds compare with a little slack so that 10 of 100 days is exactly 10%.
constexpr double kSlack = 1e-9;

void addTerm(Args &args, const TermRef &term)
{
    args.append(integerArg("term", term.number));
    args.append(integerArg("year_be", term.yearBe));
}

// Higher is worse: the level whose threshold `reached` says the value is at or above.
template <typename Reached>
RiskLevel atOrAbove(const RiskRule &rule, Reached reached, double *threshold)
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

// Lower is worse: the level whose threshold `reached` says the value is at or below.
template <typename Reached>
RiskLevel atOrBelow(const RiskRule &rule, Reached reached, double *threshold)
{
    return atOrAbove(rule, reached, threshold);  // the same order: problem first
}

void thresholdHit(const RiskRule &rule, const RiskInputs &in, Hits &hits)
{
    double threshold = 0;
    Hit hit;
    switch (rule.signal) {
    case RiskSignal::AbsenceRate: {
        if (!in.attendance || in.attendance->daysEnrolled <= 0)
            return;
        const AttendanceFacts &a = *in.attendance;
        hit.level = atOrAbove(rule, [&](double t) { return a.daysAbsent >= t * a.daysEnrolled - kSlack; }, &threshold);
        hit.args.append(integerArg("absent", a.daysAbsent));
        hit.args.append(integerArg("enrolled", a.daysEnrolled));
        addTerm(hit.args, a.term);
        break;
    }
    case RiskSignal::NonPassingMarks: {
        if (!in.academic)
            return;
        const AcademicFacts &a = *in.academic;
        const int count = (rule.marks.contains(QStringLiteral("0")) ? a.failing : 0)
                          + (rule.marks.contains(QStringLiteral("ร")) ? a.incomplete : 0)
                          + (rule.marks.contains(QStringLiteral("มส")) ? a.notAllowed : 0);
        hit.level = atOrAbove(rule, [&](double t) { return count >= t - kSlack; }, &threshold);
        hit.args.append(integerArg("count", count));
        hit.args.append(listArg("marks", rule.marks));
        addTerm(hit.args, a.term);
        break;
    }
    case RiskSignal::MinorIncidents:
    case RiskSignal::SeriousIncidents: {
        if (!in.behaviour)
            return;
        const bool serious = rule.signal == RiskSignal::SeriousIncidents;
        const int count = serious ? in.behaviour->serious : in.behaviour->minor;
        hit.level = atOrAbove(rule, [&](double t) { return count >= t - kSlack; }, &threshold);
        hit.args.append(integerArg("count", count));
        if (serious)
            hit.args.append(listArg("kinds", in.behaviour->seriousKinds));
        addTerm(hit.args, in.behaviour->term);
        break;
    }
    case RiskSignal::Gpa: {
        if (!in.academic || !in.academic->gpa)
            return;
        const double gpa = *in.academic->gpa;
        hit.level = atOrBelow(rule, [&](double t) { return gpa < t - kSlack; }, &threshold);  // strictly below
        hit.args.append(realArg("gpa", gpa));
        addTerm(hit.args, in.academic->term);
        break;
    }
    case RiskSignal::IncomePerPerson: {
        if (!in.household || !in.household->monthlyIncome || in.household->members <= 0)
            return;
        const double income = *in.household->monthlyIncome;
        const int members = in.household->members;
        hit.level = atOrBelow(rule, [&](double t) { return income <= t * members + kSlack; }, &threshold);
        hit.args.append(integerArg("income", *in.household->monthlyIncome));
        hit.args.append(integerArg("members", members));
        break;
    }
    case RiskSignal::ScreeningBand:
    case RiskSignal::LivingArrangement: return;
    }
    if (hit.level == RiskLevel::Normal)
        return;
    hit.evidence = signalInfo(rule.signal).code;
    hit.args.append(realArg("threshold", threshold));
    sortArgs(hit.args);
    hits.append(std::move(hit));
}

void bandHits(const RiskRule &rule, const RiskInputs &in, Hits &hits)
{
    for (const ScreeningFacts &s : in.screenings) {
        if (!rule.matchesInstrument(s.instrumentId) || !rule.respondents.contains(s.respondent))
            continue;
        for (const QString &score : rule.scores) {
            const ScreeningScore *found = s.find(score);
            if (!found || found->band.isEmpty())
                continue;
            for (const auto &[bandCode, level] : rule.bands) {
                if (found->band != bandCode)
                    continue;
                Hit hit;
                hit.level = level;
                hit.evidence = "screening_band";
                hit.args.append(textArg("band", found->band));
                hit.args.append(textArg("instrument", s.instrumentId));
                hit.args.append(textArg("respondent", s.respondent));
                hit.args.append(textArg("score", score));
                hit.args.append(textArg("screened_on", s.screenedOn.toString(Qt::ISODate)));
                if (found->score)
                    hit.args.append(integerArg("value", *found->score));
                hits.append(std::move(hit));  // already in key order
            }
        }
    }
}

void codeHit(const RiskRule &rule, const RiskInputs &in, Hits &hits)
{
    if (!in.household || in.household->livingArrangement.isEmpty())
        return;
    const QString &arrangement = in.household->livingArrangement;
    const RiskLevel level = rule.problemCodes.contains(arrangement) ? RiskLevel::Problem
                            : rule.atRiskCodes.contains(arrangement) ? RiskLevel::AtRisk
                                                                     : RiskLevel::Normal;
    if (level == RiskLevel::Normal)
        return;
    Hit hit;
    hit.level = level;
    hit.evidence = "living_arrangement";
    hit.args.append(textArg("arrangement", arrangement));
    hits.append(std::move(hit));
}

} // namespace

Arg integerArg(const char *key, qint64 value)
{
    Arg a;
    a.key = key;
    a.kind = Arg::Kind::Integer;
    a.integer = value;
    return a;
}

Arg realArg(const char *key, double value)
{
    Arg a;
    a.key = key;
    a.kind = Arg::Kind::Real;
    a.real = value;
    return a;
}

Arg textArg(const char *key, const QString &value)
{
    Arg a;
    a.key = key;
    a.kind = Arg::Kind::Text;
    a.text = value;
    return a;
}

Arg listArg(const char *key, const QStringList &value)
{
    Arg a;
    a.key = key;
    a.kind = Arg::Kind::List;
    a.list = value;
    return a;
}

void sortArgs(Args &args)
{
    std::sort(args.begin(), args.end(), [](const Arg &a, const Arg &b) { return std::strcmp(a.key, b.key) < 0; });
}

void find(const RiskRule &rule, const RiskInputs &inputs, Hits &hits)
{
    switch (signalInfo(rule.signal).kind) {
    case SignalKind::Bands: bandHits(rule, inputs, hits); return;
    case SignalKind::Codes: codeHit(rule, inputs, hits); return;
    case SignalKind::HigherIsWorse:
    case SignalKind::LowerIsWorse: thresholdHit(rule, inputs, hits); return;
    }
}

} // namespace care::riskhits
