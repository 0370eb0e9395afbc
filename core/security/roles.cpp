#include "security/roles.h"

#include <QCoreApplication>

namespace care {

namespace {

struct SecurityText {
    Q_DECLARE_TR_FUNCTIONS(SecurityText)
};

template <typename E>
std::optional<E> fromCodeIn(const QList<E> &values, const QString &text)
{
    for (E value : values) {
        if (code(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString code(Role r)
{
    switch (r) {
    case Role::SystemAdministrator: return QStringLiteral("admin");
    case Role::MunicipalOfficer: return QStringLiteral("officer");
    case Role::Director: return QStringLiteral("director");
    case Role::Counsellor: return QStringLiteral("counsellor");
    case Role::Teacher: return QStringLiteral("teacher");
    case Role::VisitCoordinator: return QStringLiteral("visitor");
    case Role::HealthStaff: return QStringLiteral("nurse");
    }
    return {};
}

QString code(Section s)
{
    switch (s) {
    case Section::Identity: return QStringLiteral("identity");
    case Section::Family: return QStringLiteral("family");
    case Section::Screening: return QStringLiteral("screening");
    case Section::Risk: return QStringLiteral("risk");
    case Section::CaseNotes: return QStringLiteral("case_notes");
    case Section::Health: return QStringLiteral("health");
    }
    return {};
}

QString code(Action a)
{
    switch (a) {
    case Action::View: return QStringLiteral("view");
    case Action::Create: return QStringLiteral("create");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Export: return QStringLiteral("export");
    case Action::Print: return QStringLiteral("print");
    }
    return {};
}

QString code(Capability c)
{
    switch (c) {
    case Capability::ManageUsers: return QStringLiteral("manage_users");
    case Capability::ManageSettings: return QStringLiteral("manage_settings");
    case Capability::ManageBackups: return QStringLiteral("manage_backups");
    case Capability::RunRetention: return QStringLiteral("run_retention");
    case Capability::ViewAudit: return QStringLiteral("view_audit");
    case Capability::ViewAggregates: return QStringLiteral("view_aggregates");
    case Capability::BreakTheGlass: return QStringLiteral("break_the_glass");
    case Capability::ReviewAccessGrants: return QStringLiteral("review_access_grants");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::SystemAdministrator, Role::MunicipalOfficer, Role::Director, Role::Counsellor,
            Role::Teacher,             Role::VisitCoordinator, Role::HealthStaff};
}

QList<Section> allSections()
{
    return {Section::Identity, Section::Family, Section::Screening,
            Section::Risk,     Section::CaseNotes, Section::Health};
}

QList<Action> allActions()
{
    return {Action::View, Action::Create, Action::Update, Action::Delete, Action::Export, Action::Print};
}

QList<Capability> allCapabilities()
{
    return {Capability::ManageUsers,    Capability::ManageSettings, Capability::ManageBackups,
            Capability::RunRetention,   Capability::ViewAudit,      Capability::ViewAggregates,
            Capability::BreakTheGlass,  Capability::ReviewAccessGrants};
}

std::optional<Role> roleFromCode(const QString &text) { return fromCodeIn(allRoles(), text); }
std::optional<Section> sectionFromCode(const QString &text) { return fromCodeIn(allSections(), text); }
std::optional<Action> actionFromCode(const QString &text) { return fromCodeIn(allActions(), text); }
std::optional<Capability> capabilityFromCode(const QString &text) { return fromCodeIn(allCapabilities(), text); }

QString label(Role r)
{
    switch (r) {
    case Role::SystemAdministrator: return SecurityText::tr("System administrator");
    case Role::MunicipalOfficer: return SecurityText::tr("Municipal officer");
    case Role::Director: return SecurityText::tr("School director");
    case Role::Counsellor: return SecurityText::tr("Counsellor");
    case Role::Teacher: return SecurityText::tr("Homeroom teacher");
    case Role::VisitCoordinator: return SecurityText::tr("Home-visit coordinator");
    case Role::HealthStaff: return SecurityText::tr("Health staff");
    }
    return {};
}

QString label(Section s)
{
    switch (s) {
    case Section::Identity: return SecurityText::tr("Identity and school record");
    case Section::Family: return SecurityText::tr("Family and household");
    case Section::Screening: return SecurityText::tr("Screening");
    case Section::Risk: return SecurityText::tr("Risk levels");
    case Section::CaseNotes: return SecurityText::tr("Case notes");
    case Section::Health: return SecurityText::tr("Health");
    }
    return {};
}

QString label(Action a)
{
    switch (a) {
    case Action::View: return SecurityText::tr("View");
    case Action::Create: return SecurityText::tr("Create");
    case Action::Update: return SecurityText::tr("Edit");
    case Action::Delete: return SecurityText::tr("Delete");
    case Action::Export: return SecurityText::tr("Export");
    case Action::Print: return SecurityText::tr("Print");
    }
    return {};
}

bool isSchoolRole(Role r)
{
    return r != Role::SystemAdministrator && r != Role::MunicipalOfficer;
}

} // namespace care
