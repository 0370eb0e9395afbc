#pragma once

#include <QLocale>
#include <QString>

namespace care {

// The two UI languages. Core formats dates, numbers and labels for the
// language the app has chosen; it defaults to the system's.
enum class Language { Thai, English };

Language currentLanguage();
void setCurrentLanguage(Language language);
Language languageForLocale(const QLocale &locale);   // Thai on a Thai or unconfigured (C) system, else English
QString languageCode(Language language);             // "th" / "en"
Language languageFromCode(const QString &code, Language fallback);
QLocale localeFor(Language language);

} // namespace care
