#pragma once

#include "security/permissionmatrix.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/studentsearch.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace care {

class Clock;

// Why a session reaches a student's record.
enum class AccessBasis {
    None,         // refused
    Scope,        // within the role's scope (school, classroom, referral)
    BreakTheGlass // an unexpired grant the user asked for with a reason
};

struct AccessDecision {
    AccessBasis basis = AccessBasis::None;
    QString grantId;  // the break-the-glass grant used, if any
    QString reason;   // its reason (goes into the audit event)
};

// Every permission check of core lives here: services call it before they
// read or write, so the UI and the CLI cannot reach more than the matrix and
// the user's scope allow. Refusals are translated messages that say what was
// refused and why, without revealing anything about the record: a student
// the session may not reach is refused with the very words used for a record
// id that does not exist, so a refusal never tells whether a child exists.
//
// Each check reads the user's account as it is now: a disabled account is
// refused at once, a changed role or school makes the session stale, and the
// classroom assignments are the current ones (removing a teacher from a
// class takes effect on their next check, not at their next sign-in).
class AccessControl {
public:
    AccessControl(Database &db, const Clock &clock, const PermissionMatrix &matrix = PermissionMatrix::standard());

    // The role may take `action` on `section`, and the student is in scope
    // (or under an unexpired break-the-glass grant of this user, which
    // allows reading only: view and print).
    Result<AccessDecision> check(const Session &session, Action action, Section section,
                                 const QString &studentId) const;
    // As check(), for a record that belongs to a student (a screening result,
    // an incident …): when the student is out of reach the answer is
    // `missing`, the caller's own "no such record" error, so that a record
    // id of another school's child is refused as if it did not exist.
    Result<AccessDecision> checkRecord(const Session &session, Action action, Section section,
                                       const QString &studentId, const Error &missing) const;
    // The role may take `action` on `section` of someone (no student asked
    // about yet): services ask this before they look a record up by its id.
    Status checkRole(const Session &session, Action action, Section section) const;
    Status check(const Session &session, Capability capability) const;
    // For new records: may the session create a student at this school?
    Status checkSchool(const Session &session, Action action, Section section, const QString &schoolId) const;

    // Sections of this student the session may view (empty if out of scope).
    QList<Section> viewableSections(const Session &session, const QString &studentId) const;

    // The students a list may show this session: its scope plus its
    // unexpired break-the-glass grants; nobody for a refused session or a
    // role that may not view identities. Put it in StudentFilter::scope.
    StudentListScope listScope(const Session &session) const;

    // The session with the account's current classroom assignments; refused
    // (with the reason) when nobody is signed in, the account is unknown or
    // disabled, or its role or school changed since sign-in.
    Result<Session> current(const Session &session) const;

    // The refusal of a student the session may not reach, and of a record id
    // nobody has: the same words for both.
    Error unreachable(const Session &session, Action action, Section section) const;

    const PermissionMatrix &matrix() const { return m_matrix; }

private:
    struct Reach;
    // current(), then the matrix on the role: the fresh session or the refusal.
    Result<Session> roleAllows(const Session &session, Action action, Section section) const;
    Result<Reach> reach(const Session &session, const QString &studentId) const;

    Database &m_db;
    const Clock &m_clock;
    const PermissionMatrix &m_matrix;
};

} // namespace care
