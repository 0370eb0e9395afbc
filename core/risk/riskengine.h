#pragma once

#include "risk/riskevaluator.h"
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

// One student's outcome, judged and not yet recorded.
struct RiskJudgement {
    QString studentId;
    RiskVerdict verdict;
};

// The recompute itself, shared by the single-student recompute of every
// write and the full one: the same code path, so both always agree. It has
// two halves: judge (read the inputs and apply the rules; any connection,
// any thread) and record (compare with the stored outcomes and append what
// changed, in the write's transaction).
class RiskEngine {
public:
    // The rule set in force: the newest activated one, else the shipped
    // default. Parsed once per activation and kept (thread-safe).
    static Result<std::shared_ptr<const RuleSet>> activeRules(const QSqlDatabase &connection);
    static RiskInputNeeds needsOf(const RuleSet &rules);
    static RiskInputNeeds needsOf(const RuleSet &a, const RuleSet &b);  // enough for both

    // Judges the students with firstId <= id <= lastId (of schoolId when
    // given), in id order, reading through `connection`.
    static Result<QList<RiskJudgement>> judge(const QSqlDatabase &connection, const FieldCipherPtr &cipher,
                                              const RuleSet &rules, const RiskPeriod &period, const QString &firstId,
                                              const QString &lastId, const QString &schoolId);
    // Records the judgements of the students firstId…lastId (every one of
    // them judged) in the scope's transaction. A history row is appended
    // only when a student's outcome changed; a student who was never flagged
    // and is normal gets none (no history = always normal).
    static Result<RecomputeCount> record(WriteScope &scope, const RuleSet &rules, const QList<RiskJudgement> &judged,
                                         const QString &firstId, const QString &lastId, BulkInsert *bulk = nullptr);
    // judge, then record, through the scope's connection.
    static Result<RecomputeCount> recompute(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                            const QString &firstId, const QString &lastId, const QString &schoolId,
                                            BulkInsert *bulk = nullptr);
};

}  // namespace care
