#include "app/uilanguage.h"

#include "app/appsettings.h"
#include "translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace care::ui {

Language startupLanguage()
{
    return appsettings::language().value_or(languageForLocale(QLocale::system()));
}

void applyUiLanguage(Language language, bool remember)
{
    QLocale::setDefault(localeFor(language));
    installTranslations(language);
    // Installing a catalogue announces the change, but a language without
    // one (or an empty one) would not; widgets must still re-read dates and
    // labels that core formats for the current language.
    if (auto *app = QCoreApplication::instance()) {
        QEvent changed(QEvent::LanguageChange);
        QCoreApplication::sendEvent(app, &changed);
    }
    if (remember)
        appsettings::setLanguage(language);
}

} // namespace care::ui
