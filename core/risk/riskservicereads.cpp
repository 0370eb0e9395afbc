// RiskService: what a user reads — explanations, history, lists, worklists.
#include "risk/riskservice.h"

#include "risk/reasontext.h"
#include "security/accesscontrol.h"
#include "storage/riskinputrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace care {

struct RiskReadText {
    Q_DECLARE_TR_FUNCTIONS(RiskReadText)
};

namespace {

Error lockedError()
{
    return Error{RiskReadText::tr("Care is locked. Sign in again to read the reasons for risk levels."), {}, {}};
}

Result<RiskOutcome> openOutcome(const FieldCipher &cipher, const QString &assessmentId, const QString &sealed)
{
    auto plain = cipher.openText(sealed, RiskRepository::contentContext(assessmentId));
    if (!plain)
        return plain.error();
    return RiskOutcome::fromJson(plain->toUtf8());
}

Status auditView(Database &db, const Clock &clock, const Session &session, const QString &studentId,
                 const QString &what, const QString &reason)
{
    WriteScope scope(db, session.actor(), clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s
        = scope.audit(QStringLiteral("view"), QStringLiteral("risk"), studentId, code(Section::Risk), what, reason);
        !s)
        return s;
    return scope.commit();
}

// Local midnight at the start of `day`, as a stored timestamp.
QString startOf(const QDate &day)
{
    return toStoredTimestamp(QDateTime(day, QTime(0, 0)).toUTC());
}

}  // namespace

Result<RiskExplanation> RiskService::explain(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Risk, studentId);
    if (!access)
        return access.error();
    auto current = RiskRepository(m_db.connection()).current(studentId);
    if (!current)
        return current.error();
    RiskExplanation explanation;
    explanation.studentId = studentId;
    RiskOutcome outcome;
    if (current.value()) {
        const FieldCipherPtr cipher = m_db.fieldCipher();
        if (!cipher)
            return lockedError();
        auto opened = openOutcome(*cipher, current.value()->assessmentId, current.value()->sealedContent);
        if (!opened)
            return opened.error();
        outcome = opened.value();
        explanation.assessed = true;
        explanation.since = fromStoredTimestamp(current.value()->since);
        auto history = RiskRepository(m_db.connection()).history(studentId);
        if (!history)
            return history.error();
        for (const RiskAssessmentRow &row : history.value())
            if (row.id == current.value()->assessmentId) {
                explanation.assessedAt = fromStoredTimestamp(row.assessedAt);
                explanation.ruleSetVersion = row.ruleSetVersion;
            }
    }
    explanation.overall = outcome.overall;
    for (const RiskReason &reason : outcome.overallReasons)
        explanation.overallReasons << reasonText(reason);
    for (RiskDomain domain : allValues<RiskDomain>()) {
        DomainExplanation d;
        d.domain = domain;
        d.level = outcome.level(domain);
        for (const RiskReason &reason : outcome.domains.value(domain).reasons) {
            d.reasons << reasonText(reason);
            d.rules << reason.rule;
        }
        explanation.domains << d;
    }
    if (explanation.assessed)
        if (auto s = auditView(m_db, m_clock, session, studentId, QStringLiteral("risk reasons"), access->reason); !s)
            return s.error();
    return explanation;
}

Result<QList<RiskHistoryEntry>> RiskService::history(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Risk, studentId);
    if (!access)
        return access.error();
    auto rows = RiskRepository(m_db.connection()).history(studentId);
    if (!rows)
        return rows.error();
    QList<RiskHistoryEntry> entries;
    if (rows->isEmpty())
        return entries;
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return lockedError();
    for (const RiskAssessmentRow &row : rows.value()) {
        auto outcome = openOutcome(*cipher, row.id, row.sealedContent);
        if (!outcome)
            return outcome.error();
        entries << RiskHistoryEntry{row.id, fromStoredTimestamp(row.assessedAt), row.ruleSetVersion, outcome.value()};
    }
    if (auto s = auditView(m_db, m_clock, session, studentId, QStringLiteral("risk history"), access->reason); !s)
        return s.error();
    return entries;
}

Result<QList<RiskListRow>> RiskService::listOf(const Session &session, RiskListQuery query) const
{
    AccessControl access(m_db, m_clock);
    if (!access.matrix().allows(session.role(), Action::View, Section::Risk))
        return Error{RiskReadText::tr("Refused: your role (%1) may not see risk levels.").arg(label(session.role())),
                     {},
                     {}};
    if (auto fresh = access.current(session); !fresh)
        return fresh.error();
    // Nobody for a refused session.
    return RiskRepository(m_db.connection()).list(query, access.listScope(session));
}

Result<QList<RiskListRow>> RiskService::list(const Session &session, const RiskListFilter &filter) const
{
    RiskListQuery query;
    query.level = filter.level;
    query.schoolId = filter.schoolId;
    return listOf(session, query);
}

Result<QList<RiskListRow>> RiskService::newlyFlagged(const Session &session, const QDate &since) const
{
    if (!since.isValid())
        return Error{RiskReadText::tr("Enter the date from which to look for newly flagged students."),
                     QStringLiteral("since"),
                     {}};
    RiskListQuery query;
    query.kind = RiskListQuery::Kind::NewlyFlagged;
    query.reference = startOf(since);
    return listOf(session, query);
}

Result<QList<RiskListRow>> RiskService::withoutOpenCase(const Session &session) const
{
    RiskListQuery query;
    query.kind = RiskListQuery::Kind::WithoutOpenCase;
    return listOf(session, query);
}

Result<QList<RiskListRow>> RiskService::roseSinceLastTerm(const Session &session) const
{
    // The level at the end of the previous term: the day before the current term began.
    auto period = RiskInputRepository(m_db.connection(), nullptr).period(m_clock.today());
    if (!period)
        return period.error();
    RiskListQuery query;
    query.kind = RiskListQuery::Kind::Rose;
    query.reference = period->termStart.isValid() ? startOf(period->termStart) : startOf(m_clock.today());
    return listOf(session, query);
}

}  // namespace care
