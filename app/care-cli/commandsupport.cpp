#include "commandsupport.h"

#include "clisession.h"
#include "console.h"
#include "exitcode.h"

#include "security/accesscontrol.h"
#include "services/accountservice.h"
#include "util/clock.h"

#include <QDir>

namespace care::cli {

QCommandLineOption CommandSupport::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The Care database file."), QStringLiteral("FILE"));
}

QCommandLineOption CommandSupport::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of text."));
}

DatabasePtr CommandSupport::openDatabase(const CommandLine &commandLine, int *exitCode)
{
    if (!commandLine.isSet(QStringLiteral("db"))) {
        *exitCode = commandLine.usageError(tr("Missing option --db FILE."));
        return {};
    }
    // ExistingOnly: never creates a file, and refuses a newer or foreign
    // file before writing anything to it.
    auto db = Database::open(commandLine.value(QStringLiteral("db")), Database::OpenMode::ExistingOnly);
    if (!db) {
        *exitCode = fail(db.error(), ExitFileProblem);
        return {};
    }
    return db.value();
}

std::optional<Session> CommandSupport::signIn(Database &db, int *exitCode, bool allowTemporaryPassword,
                                              QString *password)
{
    Result<Session> session = signInFromEnvironment(db, Clock::system(), password);
    if (!session) {
        *exitCode = fail(session.error(), session.error().field == QLatin1String("file") ? ExitFileProblem : ExitRefused);
        return std::nullopt;
    }
    if (allowTemporaryPassword)
        return session.value();
    const Result<bool> mustChange = AccountService(db, Clock::system()).mustChangePassword(session.value());
    if (!mustChange) {
        *exitCode = fail(mustChange.error(), ExitRefused);
        return std::nullopt;
    }
    if (mustChange.value()) {
        Console::errLine(tr("Your password is a temporary one set by an administrator. Choose your own first with “care-cli "
                            "users password --db %1” (or in Care); nothing else was done.")
                             .arg(QDir::toNativeSeparators(db.path())));
        *exitCode = ExitRefused;
        return std::nullopt;
    }
    return session.value();
}

std::optional<SignedInDatabase> CommandSupport::openAndSignIn(const CommandLine &commandLine,
                                                             std::optional<Capability> capability, int *exitCode)
{
    DatabasePtr db = openDatabase(commandLine, exitCode);
    if (!db)
        return std::nullopt;
    std::optional<Session> session = signIn(*db, exitCode);
    if (!session)
        return std::nullopt;
    if (capability && !allowed(*db, *session, *capability, exitCode))
        return std::nullopt;
    return SignedInDatabase{std::move(db), std::move(*session)};
}

bool CommandSupport::allowed(Database &db, const Session &session, Capability capability, int *exitCode)
{
    const Status status = AccessControl(db, Clock::system()).check(session, capability);
    if (!status)
        *exitCode = fail(status.error(), ExitRefused);
    return status.ok();
}

bool CommandSupport::allowed(Database &db, const Session &session, Action action, Section section,
                             const QString &studentId, int *exitCode)
{
    const auto decision = AccessControl(db, Clock::system()).check(session, action, section, studentId);
    if (!decision)
        *exitCode = fail(decision.error(), ExitRefused);
    return decision.ok();
}

int CommandSupport::fail(const Error &error, int exitCode)
{
    Console::errLine(error.describe());
    return exitCode;
}

void CommandSupport::printJson(const QJsonDocument &document)
{
    Console::outBytes(document.toJson(QJsonDocument::Indented));
}

} // namespace care::cli
