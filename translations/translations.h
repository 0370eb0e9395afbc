#pragma once

#include "locale/language.h"

class QCoreApplication;

namespace care {

// Loads Care's catalogue (and Qt's own, for standard buttons) for the
// language and makes it current; replaces any catalogue loaded before.
// English needs no catalogue for Care's strings but still resets Qt's.
bool installTranslations(Language language);

} // namespace care
