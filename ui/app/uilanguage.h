#pragma once

#include "locale/language.h"

namespace care::ui {

// The language the UI starts in: the user's remembered choice, else Thai
// on a Thai system, else English.
Language startupLanguage();

// Makes `language` the UI language now: loads its catalogues (Qt then sends
// every widget a LanguageChange event, so visible text changes at once) and
// sets the default locale for numbers. `remember` stores the choice.
void applyUiLanguage(Language language, bool remember);

} // namespace care::ui
