#include "userscommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "subcommands.h"
#include "userarguments.h"
#include "userprinter.h"

#include "util/clock.h"

namespace care::cli {
namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

// The account named by the single USERNAME argument, among those the
// signed-in user may manage (AccountService::listUsers applies the scope).
std::optional<UserSummary> managedUser(const SignedInDatabase &signedIn, const QString &username, int *exitCode)
{
    AccountService accounts(*signedIn.db, Clock::system());
    auto users = accounts.listUsers(signedIn.session);
    if (!users) {
        *exitCode = CommandSupport::fail(users.error(), ExitRefused);
        return std::nullopt;
    }
    return UserArguments::user(users.value(), username, exitCode);
}

} // namespace

int UsersCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(
            QStringLiteral("users"), arguments,
            {{QStringLiteral("add"), add},
             {QStringLiteral("list"), list},
             {QStringLiteral("disable"), [](const QStringList &a) { return setDisabled(a, true); }},
             {QStringLiteral("enable"), [](const QStringList &a) { return setDisabled(a, false); }},
             {QStringLiteral("reset-password"), resetPassword},
             {QStringLiteral("password"), changeOwnPassword}},
            printHelp);
}

int UsersCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli users add|list|disable|enable|reset-password|password --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  add             Add a user with a role (and school and classrooms)."));
    Console::outLine(tr("  list            List the users you manage."));
    Console::outLine(tr("  disable         Stop a user from signing in."));
    Console::outLine(tr("  enable          Let a disabled user sign in again."));
    Console::outLine(tr("  reset-password  Give a user a temporary password."));
    Console::outLine(tr("  password        Change your own password."));
    Console::outLine();
    Console::outLine(tr("You sign in as CARE_USER with CARE_PASSWORD (or are asked on the terminal). New "
                        "passwords come from CARE_NEW_PASSWORD or are typed twice."));
    Console::outLine(tr("Run “care-cli users SUBCOMMAND --help” for its options."));
    return ExitOk;
}

int UsersCommand::add(const QStringList &arguments)
{
    QStringList roleCodes;
    for (Role role : allRoles())
        roleCodes << code(role);
    CommandLine commandLine(
        QStringLiteral("users add"),
        QStringLiteral("--db FILE --username U --name NAME --role ROLE [--school CODE] [--classroom NAME ...]"),
        tr("Adds a user. School roles (director, counsellor, teacher, visitor, nurse) need --school; teachers and "
           "home-visit coordinators get their classrooms with --classroom, once per classroom. The password is "
           "taken from CARE_NEW_PASSWORD or typed twice; it needs at least 8 characters."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(valueOption(QStringLiteral("username"),
                                      tr("The sign-in name: 3 to 32 of a-z, 0-9, dot, dash, underscore."),
                                      QStringLiteral("U")));
    commandLine.addOption(valueOption(QStringLiteral("name"), tr("The name shown in Care and in the audit trail."),
                                      QStringLiteral("NAME")));
    commandLine.addOption(valueOption(QStringLiteral("role"),
                                      tr("One of: %1.").arg(roleCodes.join(QStringLiteral(", "))),
                                      QStringLiteral("ROLE")));
    commandLine.addOption(valueOption(QStringLiteral("school"), tr("The user's school (its 8-digit code)."),
                                      QStringLiteral("CODE")));
    commandLine.addOption(valueOption(QStringLiteral("classroom"),
                                      tr("A classroom of the school this academic year: its name as shown in the "
                                         "language of the messages (“ป.4/1” in Thai, “P.4/1” in English), its "
                                         "grade code (“P4/1”) or its record id; repeat for more."),
                                      QStringLiteral("NAME")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    for (const char *required : {"username", "name", "role"})
        if (!commandLine.isSet(QString::fromLatin1(required)))
            return commandLine.usageError(tr("Missing option --%1.").arg(QString::fromLatin1(required)));

    int exitCode = ExitOk;
    const auto role = UserArguments::role(commandLine.value(QStringLiteral("role")), &exitCode);
    if (!role)
        return exitCode;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageUsers, &exitCode);
    if (!signedIn)
        return exitCode;

    NewUser user;
    user.username = commandLine.value(QStringLiteral("username")).trimmed();
    user.displayName = commandLine.value(QStringLiteral("name")).trimmed();
    user.role = *role;
    if (commandLine.isSet(QStringLiteral("school"))) {
        const auto schoolId = UserArguments::schoolId(*signedIn->db, signedIn->session, commandLine.value(QStringLiteral("school")),
                                                      &exitCode);
        if (!schoolId)
            return exitCode;
        user.schoolId = *schoolId;
    }
    const auto classrooms = UserArguments::classroomIds(*signedIn->db, signedIn->session, user.schoolId,
                                                        commandLine.values(QStringLiteral("classroom")), &exitCode);
    if (!classrooms)
        return exitCode;
    user.classroomIds = *classrooms;
    const auto password = UserArguments::newPassword(user.username, &exitCode);
    if (!password)
        return exitCode;
    user.password = *password;

    AccountService accounts(*signedIn->db, Clock::system());
    const Result<QString> added = accounts.addUser(signedIn->session, user);
    user.password.fill(QLatin1Char('\0'));
    if (!added)
        return CommandSupport::fail(added.error(), ExitInvalidInput);
    Console::outLine(tr("Added user %1 (%2).").arg(user.username, label(user.role)));
    return ExitOk;
}

int UsersCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("users list"), QStringLiteral("--db FILE [--json]"),
                            tr("Lists the users you manage: all of them for the administrator, those of your "
                               "school for a director."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageUsers, &exitCode);
    if (!signedIn)
        return exitCode;
    auto users = AccountService(*signedIn->db, Clock::system()).listUsers(signedIn->session);
    if (!users)
        return CommandSupport::fail(users.error(), ExitRefused);
    const UserPrinter printer(*signedIn->db, signedIn->session);
    if (commandLine.isSet(QStringLiteral("json"))) {
        CommandSupport::printJson(QJsonDocument(printer.json(users.value())));
        return ExitOk;
    }
    Console::out(printer.table(users.value()));
    Console::outLine(tr("%n user(s).", nullptr, int(users->size())));
    return ExitOk;
}

int UsersCommand::setDisabled(const QStringList &arguments, bool disabled)
{
    CommandLine commandLine(disabled ? QStringLiteral("users disable") : QStringLiteral("users enable"),
                            QStringLiteral("--db FILE USERNAME"),
                            disabled ? tr("Stops a user from signing in and deletes their key slot. Their records "
                                          "and audit trail stay.")
                                     : tr("Enables a disabled user again; they sign in after “users "
                                          "reset-password” gives them a new temporary password."));
    commandLine.addPositional(QStringLiteral("USERNAME"), tr("The user's sign-in name."));
    commandLine.addOption(CommandSupport::databaseOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageUsers, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto user = managedUser(*signedIn, commandLine.positional().constFirst(), &exitCode);
    if (!user)
        return exitCode;
    const Status status = AccountService(*signedIn->db, Clock::system()).setDisabled(signedIn->session, user->id,
                                                                                     disabled);
    if (!status)
        return CommandSupport::fail(status.error(), ExitInvalidInput);
    Console::outLine(disabled ? tr("Disabled user %1: they can no longer sign in.").arg(user->username)
                              : tr("Enabled user %1. Their key slot was deleted when they were disabled: give "
                                   "them a temporary password with “care-cli users reset-password” so they can "
                                   "sign in.")
                                    .arg(user->username));
    return ExitOk;
}

int UsersCommand::resetPassword(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("users reset-password"), QStringLiteral("--db FILE USERNAME"),
                            tr("Gives a user a temporary password (from CARE_NEW_PASSWORD or typed twice) that "
                               "they must change when they next sign in."));
    commandLine.addPositional(QStringLiteral("USERNAME"), tr("The user's sign-in name."));
    commandLine.addOption(CommandSupport::databaseOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageUsers, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto user = managedUser(*signedIn, commandLine.positional().constFirst(), &exitCode);
    if (!user)
        return exitCode;
    auto password = UserArguments::newPassword(user->username, &exitCode);
    if (!password)
        return exitCode;
    const Status status =
        AccountService(*signedIn->db, Clock::system()).resetPassword(signedIn->session, user->id, *password);
    password->fill(QLatin1Char('\0'));
    if (!status)
        return CommandSupport::fail(status.error(), ExitInvalidInput);
    Console::outLine(tr("Set a temporary password for %1; they must change it when they next sign in.")
                         .arg(user->username));
    return ExitOk;
}

} // namespace care::cli

namespace care::cli {

int UsersCommand::changeOwnPassword(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("users password"), QStringLiteral("--db FILE"),
                            tr("Changes the password of the user who signs in (CARE_USER, CARE_PASSWORD) to the new "
                               "one from CARE_NEW_PASSWORD or typed twice. A temporary password set by an "
                               "administrator must be changed this way (or in Care) before any other work."));
    commandLine.addOption(CommandSupport::databaseOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const DatabasePtr db = CommandSupport::openDatabase(commandLine, &exitCode);
    if (!db)
        return exitCode;
    QString oldPassword;
    const auto session = CommandSupport::signIn(*db, &exitCode, true, &oldPassword);
    if (!session)
        return exitCode;
    auto newPassword = UserArguments::newPassword(session->username(), &exitCode);
    if (!newPassword)
        return exitCode;
    const Status status = AccountService(*db, Clock::system()).changePassword(*session, oldPassword, *newPassword);
    oldPassword.fill(QLatin1Char('\0'));
    newPassword->fill(QLatin1Char('\0'));
    if (!status)
        return CommandSupport::fail(status.error(), ExitInvalidInput);
    Console::outLine(tr("Changed the password of %1.").arg(session->username()));
    return ExitOk;
}

} // namespace care::cli
