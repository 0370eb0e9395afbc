#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli instruments list | import-wording: the questionnaires Care knows,
// and installing their licensed wording into a database.
class InstrumentsCommand {
    Q_DECLARE_TR_FUNCTIONS(InstrumentsCommand)
public:
    // arguments[0] is "instruments", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int list(const QStringList &arguments);
    static int importWording(const QStringList &arguments);
};

}  // namespace care::cli
