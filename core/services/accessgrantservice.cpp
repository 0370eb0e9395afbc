#include "services/accessgrantservice.h"

#include "services/privacysettings.h"
#include "services/studentdirectory.h"
#include "storage/accessrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace care {

struct AccessGrantText {
    Q_DECLARE_TR_FUNCTIONS(AccessGrantText)
};

namespace {

constexpr int kMinimumReasonLength = 10;

AccessGrant grantFrom(const AccessGrantRow &row)
{
    return AccessGrant{row.id, row.userId, row.userName,     row.studentId,
                       {},     row.reason, row.grantedAtUtc, row.expiresAtUtc};
}

}  // namespace

AccessGrantService::AccessGrantService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QString> AccessGrantService::findStudent(const Session &session, const QString &text) const
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::BreakTheGlass); !allowed)
        return allowed.error();
    const QString typed = text.trimmed();
    const QString field = QStringLiteral("student");
    if (typed.isEmpty())
        return Error{AccessGrantText::tr("Enter the student's national ID number or student number."), field, {}};
    auto ids = StudentDirectory::exactMatches(m_db, StudentListScope::everyone(), session.schoolId(), typed);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error{AccessGrantText::tr("No student has the ID number or student number “%1”.").arg(typed), field,
                     {}};
    if (ids->size() > 1)
        return StudentDirectory::ambiguous(typed);
    return ids->first();
}

Result<AccessGrant> AccessGrantService::open(const Session &session, const QString &studentId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < kMinimumReasonLength)
        return Error{AccessGrantText::tr("Give the reason you need this record, in at least %n characters.", nullptr,
                                         kMinimumReasonLength),
                     QStringLiteral("reason"),
                     {}};
    const AccessControl access(m_db, m_clock);
    if (auto allowed = access.check(session, Capability::BreakTheGlass); !allowed)
        return allowed.error();
    auto school = AccessRepository(m_db).studentSchool(studentId);
    if (!school)
        return school.error();
    if (!school.value())
        return Error{AccessGrantText::tr("No student has this record id."), {}, studentId};
    if (auto current = access.check(session, Action::View, Section::Identity, studentId);
        current && current->basis == AccessBasis::Scope)
        return Error{
                AccessGrantText::tr("This record is already one you may open; break-the-glass is not needed."), {}, {}};

    const int hours = PrivacySettings(m_db, m_clock).breakGlassHours();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    AccessGrantRow row;
    row.id = scope.makeId();
    row.userId = session.userId();
    row.userName = session.actor().name;
    row.studentId = studentId;
    row.studentSchoolId = *school.value();
    row.reason = why;
    row.grantedAtUtc = m_clock.nowUtc();
    row.expiresAtUtc = row.grantedAtUtc.addSecs(qint64(hours) * 3600);
    if (auto s = AccessRepository::insert(scope, row); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("break_the_glass"), QStringLiteral("student"), studentId, {},
                             QStringLiteral("grant %1, %2 h").arg(row.id).arg(hours), why);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();

    AccessGrant grant = grantFrom(row);
    if (access.check(session, Action::View, Section::Identity, studentId))
        if (auto student = StudentRepository(m_db).student(studentId))
            grant.studentName = student->displayName();
    return grant;
}

Result<QList<AccessGrant>> AccessGrantService::list(const Session &session, const QDateTime &sinceUtc) const
{
    const AccessControl access(m_db, m_clock);
    if (auto allowed = access.check(session, Capability::ReviewAccessGrants); !allowed)
        return allowed.error();
    // A school's staff review grants on their own school's students; municipal roles on all.
    QString schoolId;
    if (isSchoolRole(session.role())) {
        if (session.schoolId().isEmpty())
            return Error{
                    AccessGrantText::tr("Your account belongs to no school, so it has no grants to review."), {}, {}};
        schoolId = session.schoolId();
    }
    auto rows = AccessRepository(m_db).grants(schoolId, sinceUtc);
    if (!rows)
        return rows.error();
    QList<AccessGrant> grants;
    StudentRepository students(m_db);
    for (const AccessGrantRow &row : rows.value()) {
        AccessGrant grant = grantFrom(row);
        if (access.check(session, Action::View, Section::Identity, row.studentId))
            if (auto student = students.student(row.studentId))
                grant.studentName = student->displayName();
        grants << grant;
    }
    return grants;
}

}  // namespace care
