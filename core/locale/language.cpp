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
    // A machine with no language configured (the C/POSIX locale) gets Thai:
    // Care is made for Thai schools; any configured non-Thai language gets English.
    if (locale.language() == QLocale::Thai || locale.language() == QLocale::C)
        return Language::Thai;
    return Language::English;
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
