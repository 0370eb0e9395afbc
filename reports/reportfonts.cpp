#include "reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QMutex>

// Resources of a static library are linked only when referenced (and the
// macro must stand outside any namespace).
static void initFontResources() { Q_INIT_RESOURCE(care_fonts); }

namespace care::reports {

QString bundledThaiFontFamily() { return QStringLiteral("Noto Sans Thai"); }

QFont withBundledThaiFallback(QFont font)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    if (!families.contains(bundledThaiFontFamily()))
        families << bundledThaiFontFamily();
    font.setFamilies(families);
    return font;
}

bool registerBundledFonts()
{
    static QMutex mutex;
    static bool done = false;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (done)
        return loaded;
    done = true;
    initFontResources();
    loaded = true;
    for (const QString &file : {QStringLiteral(":/fonts/NotoSansThai-Regular.ttf"),
                                QStringLiteral(":/fonts/NotoSansThai-Bold.ttf")})
        loaded = QFontDatabase::addApplicationFont(file) >= 0 && loaded;
    return loaded;
}

QString bundledFontLicenceText()
{
    initFontResources();
    QFile file(QStringLiteral(":/fonts/OFL.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace care::reports
