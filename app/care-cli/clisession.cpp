#include "clisession.h"

#include "terminalinput.h"

#include "services/accountservice.h"

#include <QCoreApplication>

namespace care::cli {
namespace {

class SignInText {
    Q_DECLARE_TR_FUNCTIONS(CliSession)
};

const char *const kUserVariable = "CARE_USER";
const char *const kPasswordVariable = "CARE_PASSWORD";

} // namespace

Result<Session> signInFromEnvironment(Database &db, const Clock &clock, QString *usedPassword)
{
    AccountService accounts(db, clock);
    const Result<bool> needsSetUp = accounts.needsSetUp();
    if (!needsSetUp)
        return needsSetUp.error();
    if (needsSetUp.value())
        return Error{SignInText::tr("This database has no users yet, so nobody can sign in. Open it in Care once "
                                    "to create the administrator."),
                     {}, db.path()};

    QString username = qEnvironmentVariable(kUserVariable).trimmed();
    const bool passwordGiven = qEnvironmentVariableIsSet(kPasswordVariable);
    QString password = passwordGiven ? qEnvironmentVariable(kPasswordVariable) : QString();
    const bool mustAsk = username.isEmpty() || !passwordGiven;
    if (mustAsk && !TerminalInput::stdinIsTerminal())
        return Error{SignInText::tr("Not signed in. Set CARE_USER to your user name and CARE_PASSWORD to your "
                                    "password, or run care-cli in a terminal to be asked for them."), {}, {}};

    if (username.isEmpty()) {
        const std::optional<QString> typed = TerminalInput::readLine(SignInText::tr("User name: "));
        username = typed.value_or(QString()).trimmed();
        if (username.isEmpty())
            return Error{SignInText::tr("Not signed in: no user name was given."), {}, {}};
    }
    if (!passwordGiven) {
        const std::optional<QString> typed =
            TerminalInput::readSecret(SignInText::tr("Password for %1: ").arg(username));
        if (!typed)
            return Error{SignInText::tr("Not signed in: no password was given."), {}, {}};
        password = *typed;
    }
    // AccountService's own messages (wrong password, locked for how long, a
    // damaged key slot) are what the user needs to read; pass them on as they are.
    Result<Session> session = accounts.signIn(username, password);
    if (usedPassword && session)
        *usedPassword = password;
    password.fill(QLatin1Char('\0'));
    return session;
}

} // namespace care::cli
