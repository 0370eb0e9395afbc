#include "security/permissionmatrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <QtDebug>

static void initPermissionResources()
{
    Q_INIT_RESOURCE(permissions);
}

namespace care {

struct PermissionMatrixText {
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrixText)
};

namespace {


const QString kStandardPath = QStringLiteral(":/care/security/permissions.json");

QString grantKey(Action action, Section section)
{
    return code(action) + QLatin1Char('/') + code(section);
}

template <typename E>
QString codeList(const QList<E> &values)
{
    QStringList codes;
    for (E value : values)
        codes << code(value);
    return codes.join(QStringLiteral(", "));
}

QList<ScopeRule> allScopeRules()
{
    return {ScopeRule::None, ScopeRule::School, ScopeRule::Classrooms, ScopeRule::Referred};
}

std::optional<ScopeRule> scopeFromCode(const QString &text)
{
    for (ScopeRule rule : allScopeRules())
        if (code(rule) == text)
            return rule;
    return std::nullopt;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads one file, stopping at the first fault; every fault names its JSON path.
class MatrixReader {
public:
    explicit MatrixReader(QString sourceName) : m_source(std::move(sourceName)) {}

    Error fault(const QString &path, const QString &problem) const
    {
        return Error{PermissionMatrixText::tr("The permission matrix is not valid at %1: %2").arg(path, problem), {}, m_source};
    }

    Error wrongType(const QString &path, const QString &expected, const QJsonValue &found) const
    {
        return fault(path, PermissionMatrixText::tr("expected %1 but found %2.").arg(expected, jsonTypeName(found)));
    }

    Status checkKeys(const QString &path, const QJsonObject &object, const QStringList &known) const
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                return fault(path + QLatin1Char('.') + it.key(),
                             PermissionMatrixText::tr("unknown key \"%1\"; expected one of: %2.")
                                     .arg(it.key(), known.join(QStringLiteral(", "))));
        for (const QString &key : known)
            if (!object.contains(key))
                return fault(path + QLatin1Char('.') + key, PermissionMatrixText::tr("this key is missing."));
        return {};
    }

    Result<ScopeRule> scope(const QString &path, const QJsonValue &value) const
    {
        if (!value.isString())
            return wrongType(path, PermissionMatrixText::tr("a string"), value);
        if (auto rule = scopeFromCode(value.toString()))
            return *rule;
        return fault(path,
                     PermissionMatrixText::tr("unknown scope \"%1\"; expected one of: %2.")
                             .arg(value.toString(), codeList(allScopeRules())));
    }

    Result<QSet<QString>> sections(const QString &path, const QJsonValue &value) const
    {
        if (!value.isObject())
            return wrongType(path, PermissionMatrixText::tr("an object"), value);
        QSet<QString> grants;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString sectionPath = path + QLatin1Char('.') + it.key();
            const auto section = sectionFromCode(it.key());
            if (!section)
                return fault(sectionPath,
                             PermissionMatrixText::tr("unknown section \"%1\"; expected one of: %2.")
                                     .arg(it.key(), codeList(allSections())));
            if (!it.value().isArray())
                return wrongType(sectionPath, PermissionMatrixText::tr("an array of actions"), it.value());
            const QJsonArray actions = it.value().toArray();
            for (qsizetype i = 0; i < actions.size(); ++i) {
                const QString actionPath = sectionPath + QStringLiteral("[%1]").arg(i);
                if (!actions.at(i).isString())
                    return wrongType(actionPath, PermissionMatrixText::tr("a string"), actions.at(i));
                const auto action = actionFromCode(actions.at(i).toString());
                if (!action)
                    return fault(actionPath,
                                 PermissionMatrixText::tr("unknown action \"%1\"; expected one of: %2.")
                                         .arg(actions.at(i).toString(), codeList(allActions())));
                grants.insert(grantKey(*action, *section));
            }
        }
        return grants;
    }

    Result<QSet<Capability>> capabilities(const QString &path, const QJsonValue &value) const
    {
        if (!value.isArray())
            return wrongType(path, PermissionMatrixText::tr("an array of capabilities"), value);
        QSet<Capability> result;
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            if (!items.at(i).isString())
                return wrongType(itemPath, PermissionMatrixText::tr("a string"), items.at(i));
            const auto capability = capabilityFromCode(items.at(i).toString());
            if (!capability)
                return fault(itemPath,
                             PermissionMatrixText::tr("unknown capability \"%1\"; expected one of: %2.")
                                     .arg(items.at(i).toString(), codeList(allCapabilities())));
            result.insert(*capability);
        }
        return result;
    }

private:
    QString m_source;
};

}  // namespace

QString code(ScopeRule rule)
{
    switch (rule) {
    case ScopeRule::None:
        return QStringLiteral("none");
    case ScopeRule::School:
        return QStringLiteral("school");
    case ScopeRule::Classrooms:
        return QStringLiteral("classrooms");
    case ScopeRule::Referred:
        return QStringLiteral("referred");
    }
    return {};
}

Result<PermissionMatrix> PermissionMatrix::fromJson(const QByteArray &json, const QString &sourceName)
{
    const MatrixReader reader(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{PermissionMatrixText::tr("The permission matrix is not valid JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                     {},
                     sourceName};
    if (!document.isObject())
        return reader.wrongType(QStringLiteral("$"), PermissionMatrixText::tr("an object"),
                                document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    const QJsonObject root = document.object();
    if (auto s = reader.checkKeys(QStringLiteral("$"), root, {QStringLiteral("version"), QStringLiteral("roles")}); !s)
        return s.error();

    PermissionMatrix matrix;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return reader.wrongType(QStringLiteral("$.version"), PermissionMatrixText::tr("a whole number of at least 1"), version);
    matrix.m_version = version.toInt();

    const QJsonValue rolesValue = root.value(QStringLiteral("roles"));
    if (!rolesValue.isObject())
        return reader.wrongType(QStringLiteral("$.roles"), PermissionMatrixText::tr("an object"), rolesValue);
    const QJsonObject roles = rolesValue.toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        if (!roleFromCode(it.key()))
            return reader.fault(
                    QStringLiteral("$.roles.") + it.key(),
                    PermissionMatrixText::tr("unknown role \"%1\"; expected one of: %2.").arg(it.key(), codeList(allRoles())));
    for (Role role : allRoles()) {
        const QString path = QStringLiteral("$.roles.") + code(role);
        if (!roles.contains(code(role)))
            return reader.fault(path,
                                PermissionMatrixText::tr("the role \"%1\" is missing; every role needs an entry.").arg(code(role)));
        const QJsonValue entry = roles.value(code(role));
        if (!entry.isObject())
            return reader.wrongType(path, PermissionMatrixText::tr("an object"), entry);
        const QJsonObject object = entry.toObject();
        if (auto s
            = reader.checkKeys(path, object,
                               {QStringLiteral("scope"), QStringLiteral("sections"), QStringLiteral("capabilities")});
            !s)
            return s.error();
        auto scope = reader.scope(path + QStringLiteral(".scope"), object.value(QStringLiteral("scope")));
        if (!scope)
            return scope.error();
        auto grants = reader.sections(path + QStringLiteral(".sections"), object.value(QStringLiteral("sections")));
        if (!grants)
            return grants.error();
        auto capabilities = reader.capabilities(path + QStringLiteral(".capabilities"),
                                                object.value(QStringLiteral("capabilities")));
        if (!capabilities)
            return capabilities.error();
        matrix.m_scopes.insert(role, scope.value());
        matrix.m_grants.insert(role, grants.value());
        matrix.m_capabilities.insert(role, capabilities.value());
    }
    return matrix;
}

const PermissionMatrix &PermissionMatrix::standard()
{
    static const PermissionMatrix matrix = [] {
        initPermissionResources();
        QFile file(kStandardPath);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The built-in permission matrix is missing; every access is refused.");
            return PermissionMatrix();
        }
        auto loaded = fromJson(file.readAll(), kStandardPath);
        if (!loaded) {
            // An empty matrix refuses everything: a broken build fails closed.
            qWarning() << "The built-in permission matrix is broken; every access is refused:"
                       << loaded.error().describe();
            return PermissionMatrix();
        }
        return loaded.value();
    }();
    return matrix;
}

bool PermissionMatrix::allows(Role role, Action action, Section section) const
{
    return m_grants.value(role).contains(grantKey(action, section));
}

bool PermissionMatrix::allows(Role role, Capability capability) const
{
    return m_capabilities.value(role).contains(capability);
}

ScopeRule PermissionMatrix::scope(Role role) const
{
    return m_scopes.value(role, ScopeRule::None);
}

}  // namespace care
