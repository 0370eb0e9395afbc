#pragma once

#include <QCoreApplication>
#include <QString>

namespace care::cli {

// What `care-cli --help` and `--version` print, and the answer to an unknown command.
class GeneralHelp {
    Q_DECLARE_TR_FUNCTIONS(GeneralHelp)
public:
    static int printHelp();
    static int printVersion();
    static int missingCommand();
    static int unknownCommand(const QString &command);
};

} // namespace care::cli
