// The permission matrix as data: the shipped file, its documentation, and
// the validation of broken files (one test per kind of fault).
#include "security/permissionmatrix.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <functional>

using namespace care;

namespace {

const QString kResource = QStringLiteral(":/care/security/permissions.json");

QByteArray shippedJson()
{
    (void)PermissionMatrix::standard();  // registers the resource
    QFile file(kResource);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The decisions of issue 3, pinned on purpose: changing the matrix means
// changing this table too (docs/permissions.md says so).
struct ExpectedRole {
    Role role;
    ScopeRule scope;
    QHash<Section, const char *> actions;  // space-separated action codes
    const char *capabilities;              // space-separated capability codes
};

QList<ExpectedRole> expectedMatrix()
{
    using S = Section;
    return {
            {Role::SystemAdministrator,
             ScopeRule::None,
             {{S::Identity, "view"}},
             "manage_users manage_settings manage_backups run_retention view_audit review_access_grants "
             "break_the_glass"},
            {Role::MunicipalOfficer,
             ScopeRule::None,
             {{S::Identity, "view"},
              {S::Family, "view"},
              {S::Screening, "view"},
              {S::Risk, "view"},
              {S::CaseNotes, "view"}},
             "view_aggregates break_the_glass"},
            {Role::Director,
             ScopeRule::School,
             {{S::Identity, "view create update delete export print"},
              {S::Family, "view create update export print"},
              {S::Screening, "view export print"},
              {S::Risk, "view export print"},
              {S::CaseNotes, "view export print"},
              {S::Health, "view export print"}},
             "manage_users view_audit review_access_grants break_the_glass"},
            {Role::Counsellor,
             ScopeRule::School,
             {{S::Identity, "view update export print"},
              {S::Family, "view create update export print"},
              {S::Screening, "view create update delete export print"},
              {S::Risk, "view create update export print"},
              {S::CaseNotes, "view create update export print"},
              {S::Health, "view"}},
             ""},
            {Role::Teacher,
             ScopeRule::Classrooms,
             {{S::Identity, "view update print"},
              {S::Family, "view update print"},
              {S::Screening, "view create update print"},
              {S::Risk, "view print"},
              {S::CaseNotes, "view create print"}},
             ""},
            {Role::VisitCoordinator,
             ScopeRule::Classrooms,
             {{S::Identity, "view"}, {S::Family, "view update"}, {S::CaseNotes, "view create"}},
             ""},
            {Role::HealthStaff,
             ScopeRule::Referred,
             {{S::Identity, "view"}, {S::Health, "view create update"}, {S::Screening, "view"}, {S::Risk, "view"}},
             ""},
    };
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text ? text : "").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Markdown tables of docs/permissions.md whose first header cell is "Role".
struct MarkdownTable {
    QStringList header;
    QList<QStringList> rows;
};

QString plainCell(QString cell)
{
    cell.remove(QLatin1Char('`'));
    return cell.trimmed();
}

QList<MarkdownTable> roleTables(const QString &markdown)
{
    QList<MarkdownTable> tables;
    MarkdownTable *current = nullptr;
    for (const QString &rawLine : markdown.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            current = nullptr;
            continue;
        }
        QStringList cells = line.mid(1, line.size() - 2).split(QLatin1Char('|'));
        for (QString &cell : cells)
            cell = plainCell(cell);
        if (!current) {
            if (cells.value(0) != QLatin1String("Role"))
                continue;
            tables.append(MarkdownTable{cells, {}});
            current = &tables.last();
        } else if (!cells.value(0).startsWith(QLatin1String("---"))) {
            current->rows.append(cells);
        }
    }
    return tables;
}

QSet<QString> cellCodes(const QString &cell)
{
    QSet<QString> codes;
    for (const QString &part : cell.split(QLatin1Char(',')))
        if (const QString code = part.trimmed(); !code.isEmpty() && code != QStringLiteral("—"))
            codes.insert(code);
    return codes;
}

// The error of loading the shipped file after `edit` changed it.
Error faultAfter(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(shippedJson()).object();
    edit(root);
    auto loaded = PermissionMatrix::fromJson(QJsonDocument(root).toJson(), QStringLiteral("edited.json"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().location == QLatin1String("edited.json"));
    return loaded.error();
}

// Edits one role's entry of the file.
void editRole(QJsonObject &root, const QString &role, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    QJsonObject entry = roles.value(role).toObject();
    edit(entry);
    roles.insert(role, entry);
    root.insert(QStringLiteral("roles"), roles);
}

}  // namespace

TEST_CASE("the shipped permission matrix loads and is the one the issue asks for", "[permissions]")
{
    auto loaded = PermissionMatrix::fromJson(shippedJson(), kResource);
    INFO((loaded ? std::string() : loaded.error().describe().toStdString()));
    REQUIRE(loaded.ok());
    const PermissionMatrix &matrix = PermissionMatrix::standard();
    CHECK(matrix.version() == 1);
    for (const ExpectedRole &expected : expectedMatrix()) {
        INFO("role " << code(expected.role).toStdString());
        CHECK(matrix.scope(expected.role) == expected.scope);
        for (Section section : allSections())
            for (Action action : allActions()) {
                INFO(code(action).toStdString() << " " << code(section).toStdString());
                CHECK(matrix.allows(expected.role, action, section)
                      == words(expected.actions.value(section)).contains(code(action)));
            }
        for (Capability capability : allCapabilities()) {
            INFO(code(capability).toStdString());
            CHECK(matrix.allows(expected.role, capability) == words(expected.capabilities).contains(code(capability)));
        }
    }
}

TEST_CASE("no role but health staff, directors and counsellors sees health, and admin sees no case content",
          "[permissions]")
{
    const PermissionMatrix &m = PermissionMatrix::standard();
    for (Role role : allRoles()) {
        const bool mayViewHealth = role == Role::HealthStaff || role == Role::Director || role == Role::Counsellor;
        CHECK(m.allows(role, Action::View, Section::Health) == mayViewHealth);
    }
    for (Section section : {Section::Family, Section::Screening, Section::Risk, Section::CaseNotes, Section::Health})
        for (Action action : allActions())
            CHECK_FALSE(m.allows(Role::SystemAdministrator, action, section));
    // Print and export only with view.
    for (Role role : allRoles())
        for (Section section : allSections())
            for (Action action : {Action::Print, Action::Export})
                if (m.allows(role, action, section))
                    CHECK(m.allows(role, Action::View, section));
}

TEST_CASE("docs/permissions.md matches permissions.json", "[permissions][docs]")
{
    QFile doc(QStringLiteral(CARE_TEST_DATA_DIR "/../../docs/permissions.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QList<MarkdownTable> tables = roleTables(QString::fromUtf8(doc.readAll()));
    const PermissionMatrix &matrix = PermissionMatrix::standard();

    const auto sectionTable = std::find_if(tables.begin(), tables.end(), [](const MarkdownTable &t) {
        return t.header.value(1) == QLatin1String("Scope");
    });
    REQUIRE(sectionTable != tables.end());
    QSet<QString> documentedRoles;
    for (const QStringList &row : sectionTable->rows) {
        const auto role = roleFromCode(row.value(0));
        INFO("documented role " << row.value(0).toStdString());
        REQUIRE(role);
        documentedRoles.insert(row.value(0));
        CHECK(row.value(1) == code(matrix.scope(*role)));
        for (int column = 2; column < sectionTable->header.size(); ++column) {
            const auto section = sectionFromCode(sectionTable->header.at(column));
            REQUIRE(section);
            const QSet<QString> documented = cellCodes(row.value(column));
            for (Action action : allActions()) {
                INFO(row.value(0).toStdString()
                     << " " << code(*section).toStdString() << " " << code(action).toStdString());
                CHECK(documented.contains(code(action)) == matrix.allows(*role, action, *section));
            }
        }
        CHECK(sectionTable->header.size() == 2 + allSections().size());
    }
    CHECK(documentedRoles.size() == allRoles().size());

    const auto capabilityTable = std::find_if(tables.begin(), tables.end(), [](const MarkdownTable &t) {
        return t.header.value(1) == QLatin1String("Capabilities");
    });
    REQUIRE(capabilityTable != tables.end());
    CHECK(capabilityTable->rows.size() == allRoles().size());
    for (const QStringList &row : capabilityTable->rows) {
        const auto role = roleFromCode(row.value(0));
        REQUIRE(role);
        const QSet<QString> documented = cellCodes(row.value(1));
        for (Capability capability : allCapabilities()) {
            INFO(row.value(0).toStdString() << " " << code(capability).toStdString());
            CHECK(documented.contains(code(capability)) == matrix.allows(*role, capability));
        }
    }
}

TEST_CASE("a permission file that is not JSON is refused", "[permissions][validation]")
{
    auto loaded = PermissionMatrix::fromJson("{ \"version\": 1, ", QStringLiteral("broken.json"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("not valid JSON")));
    CHECK(loaded.error().location == QLatin1String("broken.json"));

    auto array = PermissionMatrix::fromJson("[]", QStringLiteral("array.json"));
    REQUIRE_FALSE(array.ok());
    CHECK(array.error().message.contains(QStringLiteral("at $:")));
}

TEST_CASE("a permission file with an unknown role is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
        roles.insert(QStringLiteral("janitor"), roles.value(QStringLiteral("teacher")));
        root.insert(QStringLiteral("roles"), roles);
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.janitor")));
    CHECK(e.message.contains(QStringLiteral("unknown role")));
}

TEST_CASE("a permission file with a missing role is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
        roles.remove(QStringLiteral("nurse"));
        root.insert(QStringLiteral("roles"), roles);
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.nurse")));
    CHECK(e.message.contains(QStringLiteral("missing")));
}

TEST_CASE("a permission file with an unknown section is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        editRole(root, QStringLiteral("teacher"), [](QJsonObject &teacher) {
            QJsonObject sections = teacher.value(QStringLiteral("sections")).toObject();
            sections.insert(QStringLiteral("helth"), QJsonArray{QStringLiteral("view")});
            teacher.insert(QStringLiteral("sections"), sections);
        });
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.teacher.sections.helth")));
    CHECK(e.message.contains(QStringLiteral("unknown section")));
}

TEST_CASE("a permission file with an unknown action is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        editRole(root, QStringLiteral("visitor"), [](QJsonObject &visitor) {
            QJsonObject sections = visitor.value(QStringLiteral("sections")).toObject();
            sections.insert(QStringLiteral("family"), QJsonArray{QStringLiteral("view"), QStringLiteral("edit")});
            visitor.insert(QStringLiteral("sections"), sections);
        });
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.visitor.sections.family[1]")));
    CHECK(e.message.contains(QStringLiteral("unknown action \"edit\"")));
}

TEST_CASE("a permission file with an unknown capability is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        editRole(root, QStringLiteral("admin"), [](QJsonObject &admin) {
            admin.insert(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("rule_the_world")});
        });
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.admin.capabilities[0]")));
    CHECK(e.message.contains(QStringLiteral("unknown capability")));
}

TEST_CASE("a permission file with an unknown scope is refused", "[permissions][validation]")
{
    const Error e = faultAfter([](QJsonObject &root) {
        editRole(root, QStringLiteral("nurse"),
                 [](QJsonObject &nurse) { nurse.insert(QStringLiteral("scope"), QStringLiteral("everyone")); });
    });
    CHECK(e.message.contains(QStringLiteral("$.roles.nurse.scope")));
    CHECK(e.message.contains(QStringLiteral("unknown scope")));
}

TEST_CASE("a permission file with a value of the wrong type is refused", "[permissions][validation]")
{
    SECTION("sections as a list")
    {
        const Error e = faultAfter([](QJsonObject &root) {
            editRole(root, QStringLiteral("teacher"), [](QJsonObject &teacher) {
                teacher.insert(QStringLiteral("sections"), QJsonArray{QStringLiteral("identity")});
            });
        });
        CHECK(e.message.contains(QStringLiteral("$.roles.teacher.sections:")));
        CHECK(e.message.contains(QStringLiteral("found array")));
    }
    SECTION("an action as a number")
    {
        const Error e = faultAfter([](QJsonObject &root) {
            editRole(root, QStringLiteral("teacher"), [](QJsonObject &teacher) {
                teacher.insert(QStringLiteral("sections"), QJsonObject{{QStringLiteral("identity"), QJsonArray{1}}});
            });
        });
        CHECK(e.message.contains(QStringLiteral("$.roles.teacher.sections.identity[0]")));
        CHECK(e.message.contains(QStringLiteral("found number")));
    }
    SECTION("version as text")
    {
        const Error e
                = faultAfter([](QJsonObject &root) { root.insert(QStringLiteral("version"), QStringLiteral("1")); });
        CHECK(e.message.contains(QStringLiteral("$.version")));
    }
    SECTION("a misspelt key of a role")
    {
        const Error e = faultAfter([](QJsonObject &root) {
            editRole(root, QStringLiteral("director"),
                     [](QJsonObject &director) { director.insert(QStringLiteral("capabilites"), QJsonArray{}); });
        });
        CHECK(e.message.contains(QStringLiteral("$.roles.director.capabilites")));
    }
}
