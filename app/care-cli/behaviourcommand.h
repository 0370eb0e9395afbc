#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli behaviour add|list: a student's behaviour incidents.
class BehaviourCommand {
    Q_DECLARE_TR_FUNCTIONS(BehaviourCommand)
public:
    // arguments[0] is "attendance", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int add(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int printHelp();
};

}  // namespace care::cli
