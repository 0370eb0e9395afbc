#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli grades set|list: a student's GPA and failing marks per term.
class GradesCommand {
    Q_DECLARE_TR_FUNCTIONS(GradesCommand)
public:
    // arguments[0] is "attendance", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int set(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int printHelp();
};

}  // namespace care::cli
