#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli users add|list|disable|enable|reset-password: user accounts of a
// Care database, for those core lets manage users (administrator; director
// for their own school); users password: anyone changes their own.
class UsersCommand {
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)
public:
    // arguments[0] is "users", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int add(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int setDisabled(const QStringList &arguments, bool disabled);
    static int resetPassword(const QStringList &arguments);
    static int changeOwnPassword(const QStringList &arguments);
    static int printHelp();
};

} // namespace care::cli
