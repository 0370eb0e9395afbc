#include "locale/language.h"

#include <atomic>

namespace care {
namespace {
std::atomic<Language> g_language{languageForLocale(QLocale::system())};
}

Language currentLanguage() { return g_language.load(); }
void setCurrentLanguage(Language language) { g_language.store(language); }

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Thai ? Language::Thai : Language::English;
}

QString languageCode(Language language)
{
    return language == Language::Thai ? QStringLiteral("th") : QStringLiteral("en");
}

Language languageFromCode(const QString &code, Language fallback)
{
    if (code.startsWith(QLatin1String("th")))
        return Language::Thai;
    if (code.startsWith(QLatin1String("en")))
        return Language::English;
    return fallback;
}

QLocale localeFor(Language language)
{
    return language == Language::Thai ? QLocale(QLocale::Thai, QLocale::Thailand)
                                      : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace care
