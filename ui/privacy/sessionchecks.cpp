#include "privacy/sessionchecks.h"

#include "app/appcontext.h"
#include "security/accesscontrol.h"

namespace care::ui {

bool sessionMay(const AppContext &context, Capability capability)
{
    if (!context.session().isValid())
        return false;
    return AccessControl(context.database(), context.clock()).check(context.session(), capability).ok();
}

bool sessionMay(const AppContext &context, Action action, Section section, const QString &studentId)
{
    if (!context.session().isValid() || studentId.isEmpty())
        return false;
    return AccessControl(context.database(), context.clock())
        .check(context.session(), action, section, studentId)
        .ok();
}

} // namespace care::ui
