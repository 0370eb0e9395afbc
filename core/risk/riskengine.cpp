#include "risk/riskengine.h"

#include "risk/riskevaluator.h"
#include "risk/rulesetloader.h"
#include "storage/bulkinsert.h"
#include "storage/riskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>

namespace care {

struct RiskEngineText {
    Q_DECLARE_TR_FUNCTIONS(RiskEngineText)
};

namespace {

Error lockedError()
{
    return Error{RiskEngineText::tr("Care is locked. Sign in again to compute risk levels."), {}, {}};
}

// Fingerprints of stored outcomes by assessment id. An assessment never
// changes once written, so within this process its fingerprint stands for
// its sealed content: an unchanged outcome is recognised without reading and
// opening the stored one again. The fingerprint is a hash keyed with a random
// secret of this process and tells nothing about the content.
class Fingerprints {
public:
    using Print = std::pair<std::size_t, std::size_t>;

    static Fingerprints &instance()
    {
        static Fingerprints prints;
        return prints;
    }
    Print of(const QByteArray &content) const
    {
        return {qHashBits(content.constData(), std::size_t(content.size()), m_seeds[0]),
                qHashBits(content.constData(), std::size_t(content.size()), m_seeds[1])};
    }
    std::optional<Print> find(const QString &assessmentId) const
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_prints.constFind(assessmentId);
        return it == m_prints.cend() ? std::nullopt : std::optional<Print>(*it);
    }
    void remember(const QString &assessmentId, Print print)
    {
        QMutexLocker lock(&m_mutex);
        if (m_prints.size() >= kMostKept)
            m_prints.clear();
        m_prints.insert(assessmentId, print);
    }

private:
    static constexpr qsizetype kMostKept = 2'000'000;
    Fingerprints()
    {
        m_seeds[0] = std::size_t(QRandomGenerator::system()->generate64());
        m_seeds[1] = std::size_t(QRandomGenerator::system()->generate64());
    }
    std::size_t m_seeds[2] = {};
    mutable QMutex m_mutex;
    QHash<QString, Print> m_prints;
};

// Whether the student's stored outcome equals `content`.
Result<bool> unchanged(const FieldCipher &cipher, RiskContentReader &reader, const QString &assessmentId,
                       const QByteArray &content)
{
    Fingerprints &prints = Fingerprints::instance();
    if (const auto known = prints.find(assessmentId))
        return *known == prints.of(content);
    auto sealed = reader.sealed(assessmentId);
    if (!sealed)
        return sealed.error();
    auto opened = cipher.openTextUtf8(sealed.value(), RiskRepository::contentContext(assessmentId));
    if (!opened)
        return opened.error();
    prints.remember(assessmentId, prints.of(opened.value()));
    return opened.value() == content;
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
    RiskContentReader reader(scope.connection());
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
            auto same = unchanged(*cipher, reader, stored->assessmentId, content);
            if (!same)
                return same.error();
            if (same.value())
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
        Fingerprints::instance().remember(row.id, Fingerprints::instance().of(content));
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
