#pragma once

#include "security/permissionmatrix.h"
#include "security/session.h"
#include "storage/database.h"
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

    const PermissionMatrix &matrix() const { return m_matrix; }

private:
    Database &m_db;
    const Clock &m_clock;
    const PermissionMatrix &m_matrix;
};

} // namespace care
