#include "risk/riskservice.h"

#include "risk/riskengine.h"
#include "risk/riskjudgeahead.h"
#include "risk/rulesetloader.h"
#include "security/accesscontrol.h"
#include "storage/bulkinsert.h"
#include "storage/riskinputrepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace care {

struct RiskServiceText {
    Q_DECLARE_TR_FUNCTIONS(RiskServiceText)
};

namespace {

// Students per batch of a full recompute: large enough that the set-based
// reads pay off, small enough not to hold the write lock long.
constexpr int kBatch = 2000;

// Rule bodies compare by content, not by spacing or key order.
QByteArray canonical(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
}

}  // namespace

RiskService::RiskService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status RiskService::recomputeIn(WriteScope &scope, const QString &studentId)
{
    auto rules = RiskEngine::activeRules(scope.connection());
    if (!rules)
        return rules.error();
    auto period = RiskInputRepository(scope.connection(), scope.database().fieldCipher()).period(scope.clock().today());
    if (!period)
        return period.error();
    auto done = RiskEngine::recompute(scope, *rules.value(), period.value(), studentId, studentId, {});
    if (!done)
        return done.error();
    return {};
}

Status RiskService::recomputeHouseholdIn(WriteScope &scope, const QString &householdId)
{
    auto students
            = RiskInputRepository(scope.connection(), scope.database().fieldCipher()).householdStudents(householdId);
    if (!students)
        return students.error();
    for (const QString &studentId : students.value())
        if (auto s = recomputeIn(scope, studentId); !s)
            return s;
    return {};
}

Result<RecomputeSummary> RiskService::recomputeAll(const Session &session, const RiskProgress &progress)
{
    AccessControl access(m_db, m_clock);
    QString schoolId;  // empty: every school
    if (!access.check(session, Capability::ManageSettings)) {
        if (auto s = access.checkSchool(session, Action::Update, Section::Risk, session.schoolId()); !s)
            return s.error();
        schoolId = session.schoolId();
    }
    auto rules = RiskEngine::activeRules(m_db.connection());
    if (!rules)
        return rules.error();
    RiskInputRepository inputs(m_db.connection(), m_db.fieldCipher());
    auto period = inputs.period(m_clock.today());
    if (!period)
        return period.error();
    auto ids = inputs.studentIds(schoolId);
    if (!ids)
        return ids.error();
    RecomputeSummary summary;
    summary.ruleSetVersion = rules.value()->versionTag();
    const int total = int(ids->size());
    RiskJudgeAhead batches(m_db, rules.value(), period.value(), ids.value(), schoolId, kBatch);
    while (batches.hasNext()) {
        WriteScope scope(m_db, session.actor(), m_clock);
        if (!scope.isActive())
            return scope.error();
        BulkInsert bulk(scope);
        auto done = batches.recordNext(scope, &bulk);
        if (!done)
            return done.error();
        if (done->changed > 0) {
            const QString what = QStringLiteral("risk recompute: %1 assessed, %2 changed, rules %3")
                                         .arg(done->assessed)
                                         .arg(done->changed)
                                         .arg(summary.ruleSetVersion);
            if (auto s = scope.audit(QStringLiteral("update"), QStringLiteral("risk"), {}, code(Section::Risk), what);
                !s)
                return s.error();
        }
        if (auto s = scope.commit(); !s)
            return s.error();
        summary.students += done->assessed;
        summary.changed += done->changed;
        if (progress && !progress(batches.studentsDone(), total)) {
            summary.cancelled = batches.hasNext();
            break;
        }
    }
    return summary;
}

Result<ActiveRules> RiskService::activeRules(const Session &session) const
{
    // The rules are no secret: whoever manages settings, sees aggregates or
    // may see risk levels of some students may read them.
    AccessControl access(m_db, m_clock);
    const Status settings = access.check(session, Capability::ManageSettings);
    const bool seesLevels = access.matrix().allows(session.role(), Action::View, Section::Risk)
            && access.listScope(session).rule != StudentListScope::Rule::Nobody;
    if (!settings && !seesLevels && !access.check(session, Capability::ViewAggregates))
        return settings.error();
    auto row = RiskRepository(m_db.connection()).activeRuleSet();
    if (!row)
        return row.error();
    auto rules = RiskEngine::activeRules(m_db.connection());
    if (!rules)
        return rules.error();
    ActiveRules active;
    active.rules = *rules.value();
    if (row.value()) {
        active.shipped = false;
        active.activatedAt = fromStoredTimestamp(row.value()->activatedAt);
        active.activatedBy = row.value()->activatedBy;
    }
    return active;
}

Result<RecomputeSummary> RiskService::activate(const Session &session, const RuleSet &rules,
                                               const RiskProgress &progress)
{
    AccessControl access(m_db, m_clock);
    if (auto s = access.check(session, Capability::ManageSettings); !s)
        return s.error();
    RiskRepository repo(m_db.connection());
    auto same = repo.ruleSet(rules.id, rules.version);
    if (!same)
        return same.error();
    auto current = RiskEngine::activeRules(m_db.connection());
    if (!current)
        return current.error();
    const bool shippedVersion = rules.versionTag() == RuleSetLoader::shipped().versionTag();
    const QByteArray body = canonical(rules.body);
    if ((same.value() && canonical(same.value()->body) != body)
        || (shippedVersion && canonical(RuleSetLoader::shipped().body) != body))
        return Error{RiskServiceText::tr("Rules “%1” version %2 were already used with other thresholds. Give the "
                                         "changed rules a new version, so that every stored level still names the "
                                         "rules that produced it.")
                             .arg(rules.id, rules.version),
                     QStringLiteral("version"),
                     {}};
    if (current.value()->versionTag() == rules.versionTag())
        return Error{RiskServiceText::tr("Rules “%1” version %2 are already in force.").arg(rules.id, rules.version),
                     QStringLiteral("version"),
                     {}};
    {
        WriteScope scope(m_db, session.actor(), m_clock);
        if (!scope.isActive())
            return scope.error();
        RuleSetRow row{scope.makeId(), rules.id, rules.version, rules.body, scope.now(), session.userId()};
        if (auto s = RiskRepository::insert(scope, row); !s)
            return s.error();
        if (auto s = scope.audit(QStringLiteral("update"), QStringLiteral("rule_set"), row.id, code(Section::Risk),
                                 QStringLiteral("activate risk rules %1").arg(rules.versionTag()));
            !s)
            return s.error();
        if (auto s = scope.commit(); !s)
            return s.error();
    }
    return recomputeAll(session, progress);
}

}  // namespace care
