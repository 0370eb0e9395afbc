#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli screen import|list: screening results in a Care database.
class ScreenCommand {
    Q_DECLARE_TR_FUNCTIONS(ScreenCommand)
public:
    // arguments[0] is "screen", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int import(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int printHelp();
};

}  // namespace care::cli
