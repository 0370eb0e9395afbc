#pragma once

#include "risk/risklevel.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace care {

// Why a level was given: the rule, the kind of evidence and its figures.
// Stored as data (never as sentences) so that reasontext.h can render it in
// either language, today or years later.
struct RiskReason {
    QString rule;      // rule id in the rule set
    QString evidence;  // evidence key, e.g. "absence_rate"
    RiskLevel level = RiskLevel::AtRisk;
    QJsonObject args;  // figures: counts, thresholds, term, dates …
    bool operator==(const RiskReason &) const = default;
};

struct DomainOutcome {
    RiskLevel level = RiskLevel::Normal;
    QList<RiskReason> reasons;
    bool operator==(const DomainOutcome &) const = default;
};

// One student's levels per domain and overall, with reasons. Domains that
// are normal carry no reasons and are left out of `domains`.
struct RiskOutcome {
    RiskLevel overall = RiskLevel::Normal;
    QList<RiskReason> overallReasons;
    QMap<RiskDomain, DomainOutcome> domains;

    RiskLevel level(RiskDomain domain) const;
    bool isAllNormal() const { return overall == RiskLevel::Normal && domains.isEmpty(); }
    bool operator==(const RiskOutcome &) const = default;

    // The sealed content of risk_assessment: compact JSON with sorted keys,
    // {"domains":{code:{"level","reasons":[{"rule","evidence","level","args"}]}},
    //  "overall":{"level","reasons":[…]}}; equal outcomes give equal bytes.
    QByteArray toJson() const;
    static Result<RiskOutcome> fromJson(const QByteArray &json);
};

}  // namespace care
