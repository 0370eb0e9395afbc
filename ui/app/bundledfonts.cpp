#include "app/bundledfonts.h"

#include "reportfonts.h"

#include <QApplication>

namespace care::ui {

QString bundledThaiFontFamily() { return reports::bundledThaiFontFamily(); }

void installBundledThaiFont()
{
    reports::registerBundledFonts();
    QApplication::setFont(reports::withBundledThaiFallback(QApplication::font()));
}

QString bundledFontLicenceText() { return reports::bundledFontLicenceText(); }

} // namespace care::ui
