#pragma once

#include "risk/riskinputs.h"
#include "risk/riskoutcome.h"
#include "risk/ruleset.h"

namespace care {

// Applies a rule set to one student's inputs: pure, no database, no clock,
// so the same inputs always give the same outcome (incremental and full
// recomputes agree, and what-if compares rule sets on equal footing).
class RiskEvaluator {
public:
    static RiskOutcome evaluate(const RuleSet &rules, const RiskInputs &inputs);
};

}  // namespace care
