#include "demo/demorisk.h"

#include "demo/demorandom.h"
#include "risk/riskengine.h"
#include "risk/riskjudgeahead.h"
#include "security/roles.h"
#include "storage/bulkinsert.h"
#include "storage/bulksession.h"
#include "storage/database.h"
#include "storage/riskinputrepository.h"
#include "storage/riskrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>

namespace care::demo {

struct DemoRiskText {
    Q_DECLARE_TR_FUNCTIONS(DemoRiskText)
};

namespace {

constexpr int kBatch = 2000;                  // students per transaction, as RiskService does
constexpr std::uint64_t kRiskStream = 0x715;  // record ids of each moment: a stream of its own

// The day in Thailand, whatever the machine's time zone.
QDate thaiDay(const QDateTime &utc)
{
    return utc.toUTC().addSecs(7 * 3600).date();
}

} // namespace

Result<DemoRiskCounts> writeRiskHistory(Database &db, const QList<QDateTime> &momentsUtc, std::uint64_t seed)
{
    auto rules = RiskEngine::activeRules(db.connection());
    if (!rules)
        return rules.error();
    RiskInputRepository inputs(db.connection(), db.fieldCipher());
    auto ids = inputs.studentIds({});
    if (!ids)
        return ids.error();
    DemoRiskCounts counts;
    if (ids->isEmpty())
        return counts;
    BulkSession session(db);
    for (int m = 0; m < momentsUtc.size(); ++m) {
        const QDateTime &moment = momentsUtc.at(m);
        FixedClock clock(moment);
        SeededIdGenerator recordIds(mixSeed(seed, kRiskStream + std::uint64_t(m)), moment);
        auto period = inputs.period(thaiDay(moment));
        if (!period)
            return period.error();
        RiskJudgeAhead batches(db, rules.value(), period.value(), ids.value(), {}, kBatch);
        while (batches.hasNext()) {
            WriteScope scope(db, Actor::system(QStringLiteral("demo")), clock, &recordIds);
            if (!scope.isActive())
                return scope.error();
            BulkInsert bulk(scope, &session);
            auto done = batches.recordNext(scope, &bulk);
            if (!done)
                return done.error();
            counts.assessments += done->changed;
            const QString summary = DemoRiskText::tr("Demo risk levels as of %1: %2 students assessed, %3 changed")
                                        .arg(thaiDay(moment).toString(Qt::ISODate))
                                        .arg(done->assessed)
                                        .arg(done->changed);
            if (auto s = scope.audit(QStringLiteral("update"), QStringLiteral("risk"), {}, code(Section::Risk), summary); !s)
                return s.error();
            if (auto s = scope.commit(); !s)
                return s.error();
        }
    }

    auto current = RiskRepository(db.connection()).current(ids->first(), ids->last());
    if (!current)
        return current.error();
    for (const RiskCurrentRow &row : current.value()) {
        counts.atRisk += row.overall == RiskLevel::AtRisk ? 1 : 0;
        counts.problem += row.overall == RiskLevel::Problem ? 1 : 0;
    }
    return counts;
}

} // namespace care::demo
