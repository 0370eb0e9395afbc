#include "security/accounterror.h"

#include "security/fieldcell.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "util/result.h"

#include <QLabel>
#include <QLineEdit>

namespace care::ui {

void showAccountError(const AccountInputs &inputs, const Error &error)
{
    if (error.field == QLatin1String("username"))
        showFieldError(inputs.username, inputs.usernameError, error.message);
    else if (error.field == QLatin1String("displayName"))
        showFieldError(inputs.displayName, inputs.displayNameError, error.message);
    else if (error.field == QLatin1String("password"))
        inputs.password->showError(error.message);
    else
        showProblem(inputs.message, error.message);
}

} // namespace care::ui
