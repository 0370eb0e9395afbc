#include "security/accesscontrol.h"

#include "storage/accessrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace care {

struct AccessControlText {
    Q_DECLARE_TR_FUNCTIONS(AccessControlText)
};

namespace {


const QString kHealthSharing = QStringLiteral("health_sharing");

QString capabilityText(Capability c)
{
    switch (c) {
    case Capability::ManageUsers:
        return AccessControlText::tr("manage user accounts");
    case Capability::ManageSettings:
        return AccessControlText::tr("change settings");
    case Capability::ManageBackups:
        return AccessControlText::tr("make or restore backups");
    case Capability::RunRetention:
        return AccessControlText::tr("anonymise expired records");
    case Capability::ViewAudit:
        return AccessControlText::tr("read the audit trail");
    case Capability::ViewAggregates:
        return AccessControlText::tr("see counts across schools");
    case Capability::BreakTheGlass:
        return AccessControlText::tr("open records outside your scope");
    case Capability::ReviewAccessGrants:
        return AccessControlText::tr("review break-the-glass access");
    }
    return {};
}

// "Refused: Edit – Family and household." The what; the why follows.
QString refusedWhat(Action action, Section section)
{
    return AccessControlText::tr("Refused: %1 – %2.").arg(label(action), label(section));
}

Error refusal(Action action, Section section, const QString &why)
{
    return Error{refusedWhat(action, section) + QLatin1Char(' ') + why, {}, {}};
}

// Break-the-glass is for looking, never for changing the record.
bool reads(Action action)
{
    return action == Action::View || action == Action::Print;
}

}  // namespace

// How a session reaches one student, before the matrix is asked about a section.
struct AccessControl::Reach {
    AccessBasis basis = AccessBasis::None;
    QString grantId;
    QString reason;
    QString whyNot;  // translated, when basis is None; empty: out of reach (unreachable())
};

AccessControl::AccessControl(Database &db, const Clock &clock, const PermissionMatrix &matrix)
    : m_db(db), m_clock(clock), m_matrix(matrix)
{}

Result<Session> AccessControl::current(const Session &session) const
{
    if (!session.isValid())
        return Error{AccessControlText::tr("Nobody is signed in. Sign in first."), {}, {}};
    auto user = AccessRepository(m_db).user(session.userId());
    if (!user)
        return user.error();
    if (!user.value())
        return Error{AccessControlText::tr("Your account is not known in this database. Sign in again."), {}, {}};
    if (user.value()->disabled)
        return Error{AccessControlText::tr("Your account has been disabled. Ask the administrator."), {}, {}};
    // A session that no longer matches its account (role or school changed) is stale.
    if (user.value()->role != code(session.role()) || user.value()->schoolId != session.schoolId())
        return Error{AccessControlText::tr("Your account has changed since you signed in. Sign in again."), {}, {}};
    return Session(session.userId(), session.username(), session.displayName(), session.role(), session.schoolId(),
                   user.value()->classroomIds, session.signedInAtUtc());
}

Error AccessControl::unreachable(const Session &session, Action action, Section section) const
{
    // Depends on the role only, never on the student or on whether they exist.
    if (m_matrix.scope(session.role()) == ScopeRule::None)
        return refusal(action, section,
                       AccessControlText::tr("Your role reaches individual records only through break-the-glass."));
    return refusal(action, section, AccessControlText::tr("No student you may see has this record id."));
}

Result<AccessControl::Reach> AccessControl::reach(const Session &session, const QString &studentId) const
{
    // A student who does not exist goes the same way as one out of scope:
    // every query below finds nothing, and the refusal is the same.
    AccessRepository repo(m_db);
    auto school = repo.studentSchool(studentId);
    if (!school)
        return school.error();
    Reach result;
    switch (m_matrix.scope(session.role())) {
    case ScopeRule::None:
        break;
    case ScopeRule::School:
        if (school.value() && !session.schoolId().isEmpty() && *school.value() == session.schoolId())
            result.basis = AccessBasis::Scope;
        break;
    case ScopeRule::Classrooms: {
        auto year = repo.currentAcademicYear(m_clock.today());
        if (!year)
            return year.error();
        auto classrooms = repo.classroomsInYear(studentId, year.value());
        if (!classrooms)
            return classrooms.error();
        if (classrooms->intersects(session.classroomIds()))
            result.basis = AccessBasis::Scope;
        break;
    }
    case ScopeRule::Referred: {
        auto referred = repo.hasOpenReferral(session.userId(), studentId);
        if (!referred)
            return referred.error();
        auto consent = repo.latestConsentDecision(studentId, kHealthSharing);
        if (!consent)
            return consent.error();
        // The referral names the child to this user, so saying why tells them nothing new.
        if (referred.value() && consent.value() != QLatin1String("given"))
            result.whyNot = AccessControlText::tr(
                    "The guardian has not given consent to share the record with health staff.");
        else if (referred.value())
            result.basis = AccessBasis::Scope;
        break;
    }
    }
    if (result.basis == AccessBasis::Scope)
        return result;
    auto grant = repo.activeGrant(session.userId(), studentId, m_clock.nowUtc());
    if (!grant)
        return grant.error();
    if (grant.value()) {
        result.basis = AccessBasis::BreakTheGlass;
        result.grantId = grant.value()->id;
        result.reason = grant.value()->reason;
    }
    return result;
}

Result<Session> AccessControl::roleAllows(const Session &session, Action action, Section section) const
{
    auto fresh = current(session);
    if (!fresh)
        return Error{refusedWhat(action, section) + QLatin1Char(' ') + fresh.error().message, {}, {}};
    if (!m_matrix.allows(session.role(), action, section))
        return refusal(action, section, AccessControlText::tr("Your role (%1) may not do this.").arg(label(session.role())));
    return fresh;
}

Status AccessControl::checkRole(const Session &session, Action action, Section section) const
{
    if (auto fresh = roleAllows(session, action, section); !fresh)
        return fresh.error();
    return {};
}

Result<AccessDecision> AccessControl::checkRecord(const Session &session, Action action, Section section,
                                                  const QString &studentId, const Error &missing) const
{
    auto fresh = roleAllows(session, action, section);
    if (!fresh)
        return fresh.error();
    auto found = reach(fresh.value(), studentId);
    if (!found)
        return found.error();
    if (found->basis == AccessBasis::None)
        return found->whyNot.isEmpty() ? missing : refusal(action, section, found->whyNot);
    if (found->basis == AccessBasis::BreakTheGlass && !reads(action))
        return refusal(action, section,
                       AccessControlText::tr("Break-the-glass access is for reading only; ask the student's school "
                                             "to make any change."));
    return AccessDecision{found->basis, found->grantId, found->reason};
}

Result<AccessDecision> AccessControl::check(const Session &session, Action action, Section section,
                                            const QString &studentId) const
{
    return checkRecord(session, action, section, studentId, unreachable(session, action, section));
}

Status AccessControl::check(const Session &session, Capability capability) const
{
    if (auto fresh = current(session); !fresh)
        return fresh.error();
    if (!m_matrix.allows(session.role(), capability))
        return Error{
                AccessControlText::tr("Refused: your role (%1) may not %2.").arg(label(session.role()), capabilityText(capability)),
                {},
                {}};
    return {};
}

Status AccessControl::checkSchool(const Session &session, Action action, Section section, const QString &schoolId) const
{
    if (auto role = checkRole(session, action, section); !role)
        return role;
    // Only whole-school roles act on records that do not exist yet.
    if (m_matrix.scope(session.role()) != ScopeRule::School)
        return refusal(action, section, AccessControlText::tr("Your role does not act for a whole school."));
    if (session.schoolId().isEmpty() || schoolId != session.schoolId())
        return refusal(action, section, AccessControlText::tr("The record belongs to another school than yours."));
    return {};
}

QList<Section> AccessControl::viewableSections(const Session &session, const QString &studentId) const
{
    auto fresh = current(session);
    if (!fresh)
        return {};
    auto found = reach(fresh.value(), studentId);
    if (!found || found->basis == AccessBasis::None)
        return {};
    QList<Section> sections;
    for (Section section : allSections())
        if (m_matrix.allows(session.role(), Action::View, section))
            sections << section;
    return sections;
}

StudentListScope AccessControl::listScope(const Session &session) const
{
    StudentListScope scope = StudentListScope::nobody();
    auto fresh = current(session);
    if (!fresh || !m_matrix.allows(session.role(), Action::View, Section::Identity))
        return scope;  // fails closed: an empty list
    scope.userId = session.userId();
    scope.grantsValidAtUtc = m_clock.nowUtc();
    switch (m_matrix.scope(session.role())) {
    case ScopeRule::None:
        break;
    case ScopeRule::School:
        if (!session.schoolId().isEmpty()) {
            scope.rule = StudentListScope::Rule::School;
            scope.schoolId = session.schoolId();
        }
        break;
    case ScopeRule::Classrooms: {
        auto year = AccessRepository(m_db).currentAcademicYear(m_clock.today());
        if (year && !year->isEmpty()) {
            scope.rule = StudentListScope::Rule::Classrooms;
            scope.academicYearId = year.value();
            scope.classroomIds = QStringList(fresh->classroomIds().begin(), fresh->classroomIds().end());
            scope.classroomIds.sort();
        }
        break;
    }
    case ScopeRule::Referred:
        scope.rule = StudentListScope::Rule::Referred;
        break;
    }
    return scope;
}

}  // namespace care
