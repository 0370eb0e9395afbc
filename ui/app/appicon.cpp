#include "app/appicon.h"

// Resources of a static library are linked only when referenced.
static void initIconResources() { Q_INIT_RESOURCE(care_icons); }

namespace care::ui {

QIcon careIcon()
{
    initIconResources();
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/care-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace care::ui
