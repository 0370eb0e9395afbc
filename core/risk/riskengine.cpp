#include "risk/riskengine.h"

#include "risk/riskevaluator.h"
#include "risk/rulesetloader.h"
#include "storage/bulkinsert.h"
#include "storage/riskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace care {

struct RiskEngineText {
    Q_DECLARE_TR_FUNCTIONS(RiskEngineText)
};

namespace {

Error lockedError()
{
    return Error{RiskEngineText::tr("Care is locked. Sign in again to compute risk levels."), {}, {}};
}

// The length of `content` once sealed: the same for any record id.
qsizetype sealedSize(const FieldCipher &cipher, const QByteArray &content)
{
    return cipher.sealText(QString::fromUtf8(content), RiskRepository::contentContext(QStringLiteral("size"))).size();
}

struct Pending {
    QString studentId;
    RiskLevel overall;
    QString assessmentId;
    QString since;
};

}  // namespace

Result<std::shared_ptr<const RuleSet>> RiskEngine::activeRules(const QSqlDatabase &connection)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const RuleSet>> parsed;  // by rule_set row id
    auto active = RiskRepository(connection).activeRuleSet();
    if (!active)
        return active.error();
    if (!active.value())
        return std::shared_ptr<const RuleSet>(&RuleSetLoader::shipped(), [](const RuleSet *) {});
    const RuleSetRow &row = *active.value();
    QMutexLocker lock(&mutex);
    if (auto found = parsed.constFind(row.id); found != parsed.cend())
        return *found;
    auto loaded = RuleSetLoader::fromJson(row.body, QStringLiteral("rule_set %1").arg(row.id));
    if (!loaded)
        return Error{RiskEngineText::tr("The risk rules in force (%1, version %2) cannot be read: %3")
                             .arg(row.rulesId, row.version, loaded.error().message),
                     {},
                     loaded.error().location};
    auto rules = std::make_shared<const RuleSet>(loaded.value());
    parsed.insert(row.id, rules);
    return std::shared_ptr<const RuleSet>(rules);
}

RiskInputNeeds RiskEngine::needsOf(const RuleSet &rules)
{
    RiskInputNeeds needs;
    needs.minDaysEnrolled = rules.minDaysEnrolled;
    needs.instruments = rules.instruments();
    for (const RiskRule &rule : rules.rules)
        if (rule.signal == RiskSignal::ScreeningBand)
            for (const QString &score : rule.scores)
                if (!needs.scores.contains(score))
                    needs.scores << score;
    needs.household = rules.uses(RiskSignal::IncomePerPerson) || rules.uses(RiskSignal::LivingArrangement);
    return needs;
}

RiskInputNeeds RiskEngine::needsOf(const RuleSet &a, const RuleSet &b)
{
    RiskInputNeeds needs = needsOf(a);
    const RiskInputNeeds other = needsOf(b);
    for (const QString &instrument : other.instruments)
        if (!needs.instruments.contains(instrument))
            needs.instruments << instrument;
    for (const QString &score : other.scores)
        if (!needs.scores.contains(score))
            needs.scores << score;
    needs.household = needs.household || other.household;
    return needs;
}

Result<RecomputeCount> RiskEngine::recompute(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                             const QString &firstId, const QString &lastId, const QString &schoolId,
                                             BulkInsert *bulk)
{
    const FieldCipherPtr cipher = scope.database().fieldCipher();
    auto batch
            = RiskInputRepository(scope.connection(), cipher).gather(firstId, lastId, schoolId, period, needsOf(rules));
    if (!batch)
        return batch.error();
    auto current = RiskRepository(scope.connection()).current(firstId, lastId);
    if (!current)
        return current.error();
    RecomputeCount count;
    QList<Pending> pending;
    const QString now = scope.now();
    qsizetype allNormalSealed = -1;
    for (const RiskInputs &inputs : batch.value()) {
        ++count.assessed;
        const RiskVerdict verdict = RiskEvaluator::judge(rules, inputs);
        const bool allNormal = verdict.overall == RiskLevel::Normal && !verdict.flagged;
        const auto stored = current->constFind(inputs.studentId);
        const bool hasStored = stored != current->cend();
        if (!hasStored && allNormal)
            continue;  // never flagged and still normal: nothing to record
        const QByteArray &content = verdict.content;
        if (hasStored && stored->overall == verdict.overall) {
            if (!cipher)
                return lockedError();
            // All normal has one content, and any other content that is
            // normal overall names a domain, so it is longer: its sealed
            // length proves it without opening it.
            if (allNormal && allNormalSealed < 0)
                allNormalSealed = sealedSize(*cipher, content);
            if (allNormal && stored->sealedContent.size() == allNormalSealed)
                continue;
            auto opened = cipher->openText(stored->sealedContent, RiskRepository::contentContext(stored->assessmentId));
            if (!opened)
                return opened.error();
            if (opened->toUtf8() == content)
                continue;
        }
        if (!cipher)
            return lockedError();
        RiskAssessmentRow row;
        row.id = scope.makeId();
        row.studentId = inputs.studentId;
        row.assessedAt = now;
        row.ruleSetVersion = rules.versionTag();
        row.overall = verdict.overall;
        row.sealedContent = cipher->sealText(QString::fromUtf8(content), RiskRepository::contentContext(row.id));
        if (auto s = RiskRepository::insert(scope, row, bulk); !s)
            return s.error();
        const bool sameLevel = hasStored && stored->overall == verdict.overall;
        pending.append({row.studentId, row.overall, row.id, sameLevel ? stored->since : now});
        ++count.changed;
    }
    if (bulk)
        if (auto s = bulk->flush(); !s)
            return s.error();
    for (const Pending &p : pending)
        if (auto s = RiskRepository::setCurrent(scope, p.studentId, p.overall, p.assessmentId, p.since); !s)
            return s.error();
    return count;
}

}  // namespace care
