#pragma once

#include <QIcon>

namespace care::ui {

// Care's own icon (resources/icons), in the sizes window managers ask for.
QIcon careIcon();

} // namespace care::ui
