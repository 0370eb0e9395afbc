#pragma once

#include "commandline.h"

#include "security/roles.h"
#include "security/session.h"
#include "services/databasehandle.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace care::cli {

// An open database and the user signed in to it.
struct SignedInDatabase {
    DatabasePtr db;
    Session session;
};

// What every command over a database does the same way: the --db and
// --json options, opening the file, signing in, asking core's
// AccessControl, and turning errors into a message and an exit code.
class CommandSupport {
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
public:
    static QCommandLineOption databaseOption();
    static QCommandLineOption jsonOption();

    // Opens the existing file named by --db (usage error 64 when --db is
    // missing, 2 when the file cannot be opened); null with *exitCode set.
    static DatabasePtr openDatabase(const CommandLine &commandLine, int *exitCode);
    // Signs in from CARE_USER/CARE_PASSWORD or the terminal; on failure the
    // account service's message is printed and *exitCode is ExitRefused.
    // A user whose password was reset must choose their own first (users
    // password, which passes allowTemporaryPassword and gets the password).
    static std::optional<Session> signIn(Database &db, int *exitCode, bool allowTemporaryPassword = false,
                                         QString *password = nullptr);
    // openDatabase, signIn and, if given, the capability check in one step.
    static std::optional<SignedInDatabase> openAndSignIn(const CommandLine &commandLine,
                                                         std::optional<Capability> capability, int *exitCode);
    // Asks core whether the session has the capability; prints the refusal.
    static bool allowed(Database &db, const Session &session, Capability capability, int *exitCode);
    // Asks core whether the session may take `action` on the student's
    // `section`; prints the refusal (which names nothing of the record).
    static bool allowed(Database &db, const Session &session, Action action, Section section,
                        const QString &studentId, int *exitCode);

    static int fail(const Error &error, int exitCode);  // prints error.describe(); returns exitCode
    static void printJson(const QJsonDocument &document);
};

} // namespace care::cli
