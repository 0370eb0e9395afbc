#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace care {

// Who a user is in the care system. The code is stored in app_user.role and
// used as the key of the permission matrix (resources/security/permissions.json).
enum class Role {
    SystemAdministrator, // "admin": users, settings, backups; no case content by default
    MunicipalOfficer,    // "officer": aggregates across schools; records only by break-the-glass
    Director,            // "director": own school, user management for it
    Counsellor,          // "counsellor": own school
    Teacher,             // "teacher": own (homeroom) classrooms
    VisitCoordinator,    // "visitor": visits and households of assigned classrooms
    HealthStaff,         // "nurse": students referred to them; health data
};

// The parts of a child's record that are granted separately.
enum class Section {
    Identity,  // "identity": names, IDs, birth date, address, enrollment, attendance, grades
    Family,    // "family": guardians, household, income and circumstances
    Screening, // "screening": questionnaire answers and results
    Risk,      // "risk": risk levels and reasons
    CaseNotes, // "case_notes": cases, plans, progress notes, home-visit notes
    Health,    // "health": health assessments and findings
};

// What a user does with a section.
enum class Action {
    View,   // "view"
    Create, // "create"
    Update, // "update"
    Delete, // "delete"
    Export, // "export" (files leaving Care: subject-access export, spreadsheets)
    Print,  // "print"
};

// Things that are not about one child's record.
enum class Capability {
    ManageUsers,      // "manage_users": add, disable, reset passwords (director: own school only)
    ManageSettings,   // "manage_settings"
    ManageBackups,    // "manage_backups": backup, restore
    RunRetention,     // "run_retention": anonymise expired records
    ViewAudit,        // "view_audit": audit viewer (director: own school's students)
    ViewAggregates,   // "view_aggregates": counts and dashboards across the scope
    BreakTheGlass,    // "break_the_glass": open a record outside scope with a reason
    ReviewAccessGrants, // "review_access_grants": list break-the-glass use
};

QString code(Role r);
QString code(Section s);
QString code(Action a);
QString code(Capability c);
std::optional<Role> roleFromCode(const QString &code);
std::optional<Section> sectionFromCode(const QString &code);
std::optional<Action> actionFromCode(const QString &code);
std::optional<Capability> capabilityFromCode(const QString &code);
QList<Role> allRoles();
QList<Section> allSections();
QList<Action> allActions();
QList<Capability> allCapabilities();

// Translated names for screens and messages.
QString label(Role r);
QString label(Section s);
QString label(Action a);

// Roles that belong to one school (director, counsellor, teacher, visitor, nurse).
bool isSchoolRole(Role r);

} // namespace care
