#pragma once

#include <QString>

namespace care::ui {

// Puts the bundled Noto Sans Thai (loaded by care_reports, see
// reports/reportfonts.h) behind the system UI font: Latin text keeps the
// platform look, Thai text falls back to Noto. Call once, after the
// QApplication exists.
void installBundledThaiFont();

QString bundledThaiFontFamily();   // "Noto Sans Thai"
QString bundledFontLicenceText();  // the OFL text shipped with the font

} // namespace care::ui
