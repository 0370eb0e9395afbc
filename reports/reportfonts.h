#pragma once

#include <QFont>
#include <QString>

namespace care::reports {

// Care ships Noto Sans Thai (SIL OFL 1.1, text at :/fonts/OFL.txt) so Thai
// reads well on screens and in PDFs of PCs without a good Thai font. The
// one place that loads it: the app puts it behind its UI font, the reports
// put it behind the text of every document.
//
// Registers the bundled font files with Qt's font database (once; later
// calls do nothing). Needs a QGuiApplication. False if the font could not
// be loaded.
bool registerBundledFonts();

QString bundledThaiFontFamily();   // "Noto Sans Thai"
// `font` with Noto Sans Thai behind its families: Latin keeps the font's
// look, Thai falls back to Noto (which has no Latin letters of its own).
QFont withBundledThaiFallback(QFont font);
QString bundledFontLicenceText();  // the OFL text shipped with the font

} // namespace care::reports
