#pragma once

#include "security/roles.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace care {

// Which students a role reaches without break-the-glass.
enum class ScopeRule {
    None,       // "none": no individual records (admin, officer)
    School,     // "school": every student of the user's school
    Classrooms, // "classrooms": students enrolled (current year) in the user's assigned classrooms
    Referred,   // "referred": students with an open health referral to the user
};

// The permission matrix as data (resources/security/permissions.json,
// documented in docs/permissions.md): for each role its scope rule, the
// actions it may take on each section of an in-scope record, and its
// capabilities. Loaded and validated once; a broken file is refused with the
// JSON path of the fault.
class PermissionMatrix {
public:
    static Result<PermissionMatrix> fromJson(const QByteArray &json, const QString &sourceName);
    // The matrix shipped in the resources (loaded on first use; a fault there
    // is a build defect and is caught by the unit tests).
    static const PermissionMatrix &standard();

    bool allows(Role role, Action action, Section section) const;
    bool allows(Role role, Capability capability) const;
    ScopeRule scope(Role role) const;
    int version() const { return m_version; }

private:
    int m_version = 0;
    QHash<Role, ScopeRule> m_scopes;
    QHash<Role, QSet<QString>> m_grants;  // "action/section" pairs
    QHash<Role, QSet<Capability>> m_capabilities;
};

QString code(ScopeRule rule);

} // namespace care
