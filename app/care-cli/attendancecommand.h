#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli attendance set|list: a student's attendance per term.
class AttendanceCommand {
    Q_DECLARE_TR_FUNCTIONS(AttendanceCommand)
public:
    // arguments[0] is "attendance", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int set(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int printHelp();
};

}  // namespace care::cli
