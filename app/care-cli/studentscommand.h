#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli students search|show: read students from a Care database.
class StudentsCommand {
    Q_DECLARE_TR_FUNCTIONS(StudentsCommand)
public:
    // arguments[0] is "students", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int search(const QStringList &arguments);
    static int show(const QStringList &arguments);
    static int printHelp();
};

} // namespace care::cli
