#pragma once

#include <QString>

namespace care::ui {

// Care ships Noto Sans Thai (SIL OFL 1.1, text at :/fonts/OFL.txt) so Thai
// reads well on PCs without a good Thai font. Registers it and puts it
// behind the system UI font: Latin text keeps the platform look, Thai text
// falls back to Noto. Call once, after the QApplication exists.
void installBundledThaiFont();

QString bundledThaiFontFamily();   // "Noto Sans Thai"
QString bundledFontLicenceText();  // the OFL text shipped with the font

} // namespace care::ui
