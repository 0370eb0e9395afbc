#pragma once

#include "risk/risklevel.h"
#include "risk/risksignal.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace care {

// One rule of a domain: a signal and when it makes the domain at risk or a
// problem. Which fields matter depends on the signal's kind (risksignal.h).
struct RiskRule {
    QString id;  // unique in the rule set; reasons name it
    RiskDomain domain = RiskDomain::Attendance;
    RiskSignal signal = RiskSignal::AbsenceRate;

    // HigherIsWorse / LowerIsWorse signals: the thresholds (either may be absent).
    std::optional<double> atRisk;
    std::optional<double> problem;
    // non_passing_marks: the marks that count ("0", "ร", "มส").
    QStringList marks;
    // screening_band: results of this instrument (an id, or a family such as
    // "sdq" for every "sdq-…" form) by these respondents; the band of any of
    // `scores` gives the level mapped to it in `bands`.
    QString instrument;
    QStringList respondents;
    QStringList scores;
    QList<std::pair<QString, RiskLevel>> bands;
    // living_arrangement: the arrangement codes of each level.
    QStringList atRiskCodes;
    QStringList problemCodes;

    bool matchesInstrument(const QString &instrumentId) const;
};

// How the domains combine into the overall level: the rule applies when at
// least `minDomains` of `domains` (all when empty) are at `domainsAtLeast`
// or worse. The overall level is the worst level of the rules that apply.
struct OverallRule {
    QString id;
    RiskLevel level = RiskLevel::Problem;
    RiskLevel domainsAtLeast = RiskLevel::Problem;
    int minDomains = 1;
    QList<RiskDomain> domains;
};

// A versioned rule set (resources/rules/default.json; format in
// docs/risk-rules.md). Every stored assessment records versionTag().
struct RuleSet {
    QString id;
    QString version;
    QString titleTh;
    QString titleEn;
    int minDaysEnrolled = 20;  // a term with fewer enrolled days is not judged on its own
    QList<RiskRule> rules;     // in file order
    QList<OverallRule> overall;
    QByteArray body;  // the JSON it was read from

    QString versionTag() const { return id + QLatin1Char('@') + version; }
    QString title() const;  // in the current language
    QList<const RiskRule *> rulesOf(RiskDomain domain) const;
    bool uses(RiskSignal signal) const;
    // Every instrument (id or family) a screening_band rule reads.
    QStringList instruments() const;
};

}  // namespace care
