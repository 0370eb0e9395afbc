#pragma once

#include <QString>

namespace care::thaikeyboard {

// The Thai Kedmanee layout on a US keyboard. People often type a Thai word
// with the keyboard left in English ("สวัสดี" comes out as "l;ylfu") or an
// English word with it left in Thai; a password check must know both.

// What the keys of this Thai text type in the English layout. Characters
// without a key in the Thai layout stay as they are.
QString typedInEnglish(const QString &thai);
// What the keys of this (US layout) text type in the Thai layout.
QString typedInThai(const QString &latin);

}  // namespace care::thaikeyboard
