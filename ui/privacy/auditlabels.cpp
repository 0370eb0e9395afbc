#include "privacy/auditlabels.h"

#include "security/roles.h"

namespace care::ui {

namespace {

// Every action core writes (WriteScope::audit callers), in the filter's order;
// the context is the one tr() of AuditLabels uses (Q_DECLARE_TR_FUNCTIONS).
const QList<std::pair<const char *, const char *>> &actionLabels()
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"view", QT_TRANSLATE_NOOP("AuditLabels", "Viewed")},
        {"create", QT_TRANSLATE_NOOP("AuditLabels", "Created")},
        {"update", QT_TRANSLATE_NOOP("AuditLabels", "Changed")},
        {"delete", QT_TRANSLATE_NOOP("AuditLabels", "Deleted")},
        {"export", QT_TRANSLATE_NOOP("AuditLabels", "Exported")},
        {"print", QT_TRANSLATE_NOOP("AuditLabels", "Printed")},
        {"import", QT_TRANSLATE_NOOP("AuditLabels", "Imported")},
        {"break_the_glass", QT_TRANSLATE_NOOP("AuditLabels", "Opened outside scope")},
        {"sign_in", QT_TRANSLATE_NOOP("AuditLabels", "Signed in")},
        {"sign_in_failed", QT_TRANSLATE_NOOP("AuditLabels", "Failed sign-in")},
        {"change_password", QT_TRANSLATE_NOOP("AuditLabels", "Changed password")},
        {"reset_password", QT_TRANSLATE_NOOP("AuditLabels", "Reset password")},
        {"recover_password", QT_TRANSLATE_NOOP("AuditLabels", "Password recovered")},
        {"replace_recovery_key", QT_TRANSLATE_NOOP("AuditLabels", "Replaced recovery key")},
        {"disable_user", QT_TRANSLATE_NOOP("AuditLabels", "Disabled user")},
        {"enable_user", QT_TRANSLATE_NOOP("AuditLabels", "Enabled user")},
        {"set_up", QT_TRANSLATE_NOOP("AuditLabels", "Set up Care")},
        {"backup", QT_TRANSLATE_NOOP("AuditLabels", "Backed up")},
        {"restore", QT_TRANSLATE_NOOP("AuditLabels", "Restored")},
        {"anonymise", QT_TRANSLATE_NOOP("AuditLabels", "Anonymised")},
    };
    return labels;
}

} // namespace

QStringList AuditLabels::knownActions()
{
    QStringList codes;
    for (const auto &[code, text] : actionLabels())
        codes << QLatin1String(code);
    return codes;
}

QString AuditLabels::action(const QString &code)
{
    for (const auto &[known, text] : actionLabels())
        if (code == QLatin1String(known))
            return tr(text);
    return code;
}

QString AuditLabels::entity(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("student"), QT_TRANSLATE_NOOP("AuditLabels", "Student")},
        {QStringLiteral("guardian"), QT_TRANSLATE_NOOP("AuditLabels", "Guardian")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("AuditLabels", "Household")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("AuditLabels", "Consent")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("AuditLabels", "Attachment")},
        {QStringLiteral("access_grant"), QT_TRANSLATE_NOOP("AuditLabels", "Access outside scope")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("AuditLabels", "User")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditLabels", "User")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("AuditLabels", "Setting")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("AuditLabels", "Database")},
    };
    const char *text = labels.value(code);
    return text ? tr(text) : code;
}

QString AuditLabels::section(const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto section = sectionFromCode(code);
    return section ? label(*section) : code;
}

QString AuditLabels::shortId(const QString &id)
{
    constexpr int kShown = 8;
    return id.size() <= kShown ? id : QStringLiteral("…") + id.right(kShown);
}

QString AuditLabels::record(const QString &entity, const QString &entityId)
{
    if (entityId.isEmpty())
        return AuditLabels::entity(entity);
    // A setting's id is its key, which says more than a shortened id.
    if (entity == QLatin1String("setting"))
        return tr("%1 · %2").arg(AuditLabels::entity(entity), entityId);
    return tr("%1 · %2").arg(AuditLabels::entity(entity), shortId(entityId));
}

} // namespace care::ui
