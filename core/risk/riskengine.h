#pragma once

#include "risk/ruleset.h"
#include "storage/riskinputrepository.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace care {

class BulkInsert;

// What one recompute did.
struct RecomputeCount {
    int assessed = 0;
    int changed = 0;  // history rows appended
};

// The recompute itself, shared by the single-student recompute of every
// write and the full one: the same code path, so both always agree.
class RiskEngine {
public:
    // The rule set in force: the newest activated one, else the shipped
    // default. Parsed once per activation and kept (thread-safe).
    static Result<std::shared_ptr<const RuleSet>> activeRules(const QSqlDatabase &connection);
    static RiskInputNeeds needsOf(const RuleSet &rules);
    static RiskInputNeeds needsOf(const RuleSet &a, const RuleSet &b);  // enough for both

    // Recomputes the students with firstId <= id <= lastId (of schoolId when
    // given) inside the scope's transaction. A history row is appended only
    // when a student's outcome changed; a student who was never flagged and
    // is normal gets none (no history = always normal).
    static Result<RecomputeCount> recompute(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                            const QString &firstId, const QString &lastId, const QString &schoolId,
                                            BulkInsert *bulk = nullptr);
};

}  // namespace care
