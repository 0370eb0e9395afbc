// StudentService's reads: what a session may see of one student, with the
// audit event for each view of a sensitive section in the same transaction.
#include "services/studentservice.h"

#include "security/accesscontrol.h"
#include "util/clock.h"

#include <optional>

namespace care {

namespace {

// What one read may return and what it must record.
struct ReadPlan {
    bool withFamily = false;
    QList<Section> audited;  // sections whose view is audited
    QString reason;          // break-the-glass reason, if a grant is used
};

Result<ReadPlan> planRead(Database &db, const Clock &clock, const Session &session, const QString &studentId)
{
    const AccessControl access(db, clock);
    auto identity = access.check(session, Action::View, Section::Identity, studentId);
    if (!identity)
        return identity.error();
    ReadPlan plan;
    // Identity is not a sensitive section, but a look under break-the-glass is always traced.
    if (identity->basis == AccessBasis::BreakTheGlass) {
        plan.audited << Section::Identity;
        plan.reason = identity->reason;
    }
    if (auto family = access.check(session, Action::View, Section::Family, studentId)) {
        plan.withFamily = true;
        plan.audited << Section::Family;
        if (plan.reason.isEmpty())
            plan.reason = family->reason;
    }
    return plan;
}

// Writes the view events and commits; nothing to do when no view is audited (no scope).
Status finishViews(std::optional<WriteScope> &scope, const QString &studentId, const ReadPlan &plan)
{
    if (!scope)
        return {};
    for (Section section : plan.audited)
        if (auto s = scope->audit(QStringLiteral("view"), QStringLiteral("student"), studentId, code(section), {},
                                  plan.reason);
            !s)
            return s;
    return scope->commit();
}

}  // namespace

Result<StudentRecord> StudentService::load(const Session &session, const QString &studentId) const
{
    auto plan = planRead(m_db, m_clock, session, studentId);
    if (!plan)
        return plan.error();
    // Read inside the write: the record returned and its audit event describe the same moment.
    std::optional<WriteScope> scope;
    if (!plan->audited.isEmpty()) {
        scope.emplace(m_db, session.actor(), m_clock);
        if (!scope->isActive())
            return scope->error();
    }
    StudentRepository repo(m_db);
    auto s = repo.student(studentId);
    if (!s)
        return s.error();
    StudentRecord record;
    record.student = s.value();
    if (plan->withFamily) {
        auto h = repo.household(record.student.householdId);
        if (!h)
            return h.error();
        record.household = h.value();
        auto g = repo.guardians(studentId);
        if (!g)
            return g.error();
        record.guardians = g.value();
    }
    if (auto st = finishViews(scope, studentId, plan.value()); !st)
        return st.error();
    return record;
}

Result<Student> StudentService::identity(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Identity, studentId);
    if (!access)
        return access.error();
    ReadPlan plan;
    std::optional<WriteScope> scope;
    if (access->basis == AccessBasis::BreakTheGlass) {
        plan.audited << Section::Identity;
        plan.reason = access->reason;
        scope.emplace(m_db, session.actor(), m_clock);
        if (!scope->isActive())
            return scope->error();
    }
    auto student = StudentRepository(m_db).student(studentId);
    if (!student)
        return student.error();
    if (auto st = finishViews(scope, studentId, plan); !st)
        return st.error();
    return student;
}

Result<StudentProfile> StudentService::profile(const Session &session, const QString &studentId) const
{
    auto plan = planRead(m_db, m_clock, session, studentId);
    if (!plan)
        return plan.error();
    std::optional<WriteScope> scope;
    if (!plan->audited.isEmpty()) {
        scope.emplace(m_db, session.actor(), m_clock);
        if (!scope->isActive())
            return scope->error();
    }
    auto profile = StudentRepository(m_db).profile(studentId, plan->withFamily);
    if (!profile)
        return profile.error();
    if (auto st = finishViews(scope, studentId, plan.value()); !st)
        return st.error();
    return profile;
}

}  // namespace care
