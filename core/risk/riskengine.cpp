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

// Whether the student's stored outcome equals `content`: by the stored
// fingerprint when there is one (nothing opened), else by opening the stored
// content; `fingerprint` is then the one to record.
Result<bool> unchanged(const FieldCipher &cipher, RiskContentReader &reader, const RiskCurrentRow &stored,
                       const QByteArray &content, QByteArray &fingerprint)
{
    const SealContext where = RiskRepository::contentContext(stored.assessmentId);
    fingerprint = cipher.fingerprint(content, where);
    if (!stored.contentFingerprint.isEmpty())
        return stored.contentFingerprint == fingerprint;
    auto sealed = reader.sealed(stored.assessmentId);
    if (!sealed)
        return sealed.error();
    auto opened = cipher.openTextUtf8(sealed.value(), where);
    if (!opened)
        return opened.error();
    return opened.value() == content;
}

struct Pending {
    QString studentId;
    RiskLevel overall;
    QString assessmentId;
    QString since;
    QByteArray fingerprint;
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

Result<QList<RiskJudgement>> RiskEngine::judge(const QSqlDatabase &connection, const FieldCipherPtr &cipher,
                                               const RuleSet &rules, const RiskPeriod &period, const QString &firstId,
                                               const QString &lastId, const QString &schoolId)
{
    auto batch = RiskInputRepository(connection, cipher).gather(firstId, lastId, schoolId, period, needsOf(rules));
    if (!batch)
        return batch.error();
    QList<RiskJudgement> judged;
    judged.reserve(batch->size());
    for (const RiskInputs &inputs : batch.value())
        judged.append({inputs.studentId, RiskEvaluator::judge(rules, inputs)});
    return judged;
}

Result<RecomputeCount> RiskEngine::record(WriteScope &scope, const RuleSet &rules, const QList<RiskJudgement> &judged,
                                          const QString &firstId, const QString &lastId, BulkInsert *bulk)
{
    const FieldCipherPtr cipher = scope.database().fieldCipher();
    auto current = RiskRepository(scope.connection()).current(firstId, lastId);
    if (!current)
        return current.error();
    RecomputeCount count;
    QList<Pending> pending;
    const QString now = scope.now();
    RiskContentReader reader(scope.connection());
    for (const RiskJudgement &judgement : judged) {
        ++count.assessed;
        const RiskVerdict &verdict = judgement.verdict;
        const bool allNormal = verdict.overall == RiskLevel::Normal && !verdict.flagged;
        const auto stored = current->constFind(judgement.studentId);
        const bool hasStored = stored != current->cend();
        if (!hasStored && allNormal)
            continue;  // never flagged and still normal: nothing to record
        if (!cipher)
            return lockedError();
        const QByteArray &content = verdict.content;
        const bool sameLevel = hasStored && stored->overall == verdict.overall;
        if (sameLevel) {
            QByteArray fingerprint;
            auto same = unchanged(*cipher, reader, *stored, content, fingerprint);
            if (!same)
                return same.error();
            if (same.value()) {
                if (stored->contentFingerprint.isEmpty())  // confirmed by opening: keep the fingerprint
                    pending.append(
                            {stored->studentId, stored->overall, stored->assessmentId, stored->since, fingerprint});
                continue;
            }
        }
        RiskAssessmentRow row;
        row.id = scope.makeId();
        row.studentId = judgement.studentId;
        row.assessedAt = now;
        row.ruleSetVersion = rules.versionTag();
        row.overall = verdict.overall;
        const SealContext where = RiskRepository::contentContext(row.id);
        row.sealedContent = cipher->sealText(QString::fromUtf8(content), where);
        if (auto s = RiskRepository::insert(scope, row, bulk); !s)
            return s.error();
        pending.append({row.studentId, row.overall, row.id, sameLevel ? stored->since : now,
                        cipher->fingerprint(content, where)});
        ++count.changed;
    }
    if (bulk)
        if (auto s = bulk->flush(); !s)
            return s.error();
    for (const Pending &p : pending)
        if (auto s = RiskRepository::setCurrent(scope, p.studentId, p.overall, p.assessmentId, p.since, p.fingerprint);
            !s)
            return s.error();
    return count;
}

Result<RecomputeCount> RiskEngine::recompute(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                             const QString &firstId, const QString &lastId, const QString &schoolId,
                                             BulkInsert *bulk)
{
    auto judged = judge(scope.connection(), scope.database().fieldCipher(), rules, period, firstId, lastId, schoolId);
    if (!judged)
        return judged.error();
    return record(scope, rules, judged.value(), firstId, lastId, bulk);
}

}  // namespace care
