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
// refused and why, without revealing anything about the record.
class AccessControl {
public:
    AccessControl(Database &db, const Clock &clock, const PermissionMatrix &matrix = PermissionMatrix::standard());

    // The role may take `action` on `section`, and the student is in scope
    // (or under an unexpired break-the-glass grant of this user).
    Result<AccessDecision> check(const Session &session, Action action, Section section,
                                 const QString &studentId) const;
    Status check(const Session &session, Capability capability) const;
    // For new records: may the session create a student at this school?
    Status checkSchool(const Session &session, Action action, Section section, const QString &schoolId) const;

    // Sections of this student the session may view (empty if out of scope).
    QList<Section> viewableSections(const Session &session, const QString &studentId) const;

    // The students a list may show this session: its scope plus its
    // unexpired break-the-glass grants; nobody for a refused session or a
    // role that may not view identities. Put it in StudentFilter::scope.
    StudentListScope listScope(const Session &session) const;

    const PermissionMatrix &matrix() const { return m_matrix; }

private:
    struct Reach;
    // The session's user exists, is enabled and still has the session's role and school.
    Status verifyUser(const Session &session) const;
    Result<Reach> reach(const Session &session, const QString &studentId) const;

    Database &m_db;
    const Clock &m_clock;
    const PermissionMatrix &m_matrix;
};

} // namespace care
