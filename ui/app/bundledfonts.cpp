#include "app/bundledfonts.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>

// Resources of a static library are linked only when referenced.
static void initFontResources() { Q_INIT_RESOURCE(care_fonts); }

namespace care::ui {

QString bundledThaiFontFamily() { return QStringLiteral("Noto Sans Thai"); }

void installBundledThaiFont()
{
    initFontResources();
    for (const QString &file : {QStringLiteral(":/fonts/NotoSansThai-Regular.ttf"),
                                QStringLiteral(":/fonts/NotoSansThai-Bold.ttf")})
        QFontDatabase::addApplicationFont(file);

    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    if (!families.contains(bundledThaiFontFamily()))
        families << bundledThaiFontFamily();
    font.setFamilies(families);
    QApplication::setFont(font);
}

QString bundledFontLicenceText()
{
    initFontResources();
    QFile file(QStringLiteral(":/fonts/OFL.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace care::ui
