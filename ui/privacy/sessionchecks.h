#pragma once

#include "security/roles.h"

#include <QString>

namespace care::ui {

class AppContext;

// What the signed-in user may do, asked of core's AccessControl: screens
// hide what core would refuse anyway, and never decide it themselves.
bool sessionMay(const AppContext &context, Capability capability);
bool sessionMay(const AppContext &context, Action action, Section section, const QString &studentId);

} // namespace care::ui
