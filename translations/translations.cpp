#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace care {

bool installTranslations(Language language)
{
    static QTranslator *care = nullptr;
    static QTranslator *qt = nullptr;
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator **t : {&care, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    setCurrentLanguage(language);
    const QString code = languageCode(language);
    care = new QTranslator(app);
    const bool loaded = care->load(QStringLiteral(":/i18n/care_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(care);
    qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace care
