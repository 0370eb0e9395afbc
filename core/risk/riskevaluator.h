#pragma once

#include "risk/riskinputs.h"
#include "risk/riskoutcome.h"
#include "risk/ruleset.h"

#include <QByteArray>

namespace care {

// What the engine keeps of one judgement: the overall level and the stored
// content (RiskOutcome::toJson's bytes), built without JSON objects.
struct RiskVerdict {
    RiskLevel overall = RiskLevel::Normal;
    bool flagged = false;  // some domain is at risk or worse
    QByteArray content;
};

// Applies a rule set to one student's inputs: pure, no database, no clock,
// so the same inputs always give the same outcome (incremental and full
// recomputes agree, and what-if compares rule sets on equal footing).
class RiskEvaluator {
public:
    // The fast form, for recomputes and what-if.
    static RiskVerdict judge(const RuleSet &rules, const RiskInputs &inputs);
    // The same judgement as data, for explanations and tests.
    static RiskOutcome evaluate(const RuleSet &rules, const RiskInputs &inputs);
};

} // namespace care
