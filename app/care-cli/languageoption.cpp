#include "languageoption.h"

#include <QLocale>

#include <optional>

namespace care::cli {
namespace {

const QString kLangOption = QStringLiteral("--lang");

std::optional<Language> parseLanguage(const QString &value)
{
    const QString code = value.trimmed().toLower();
    if (code == QLatin1String("th"))
        return Language::Thai;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

} // namespace

LanguageOption::LanguageOption(const QStringList &arguments) : m_language(fromEnvironment())
{
    bool optionsEnded = false;  // after "--" everything is a plain argument
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == QLatin1String("--")) {
            optionsEnded = true;
            m_remaining << argument;
            continue;
        }
        QString value;
        if (argument == kLangOption) {
            if (i + 1 >= arguments.size()) {
                m_missingValue = true;
                continue;
            }
            value = arguments.at(++i);
        } else if (argument.startsWith(kLangOption + QLatin1Char('='))) {
            value = argument.mid(kLangOption.size() + 1);
        } else {
            m_remaining << argument;
            continue;
        }
        if (const auto language = parseLanguage(value))
            m_language = *language;
        else
            m_badValue = value;
    }
}

QString LanguageOption::errorMessage() const
{
    if (m_missingValue)
        return tr("Missing value after --lang: use th or en.");
    if (!m_badValue.isNull())
        return tr("Unknown language “%1” for --lang: use th or en.").arg(m_badValue);
    return {};
}

Language LanguageOption::fromEnvironment()
{
    // POSIX order for messages: the first of these that is set decides.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("th")) ? Language::Thai : Language::English;
    }
    return languageForLocale(QLocale::system());  // e.g. Windows, where these are rarely set
}

} // namespace care::cli
