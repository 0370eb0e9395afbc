#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli risk recompute|list|explain|whatif|rules: risk levels with their
// reasons, the worklists, and the rule set in force.
class RiskCommand {
    Q_DECLARE_TR_FUNCTIONS(RiskCommand)
public:
    // arguments[0] is "risk", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int printHelp();
    static int recompute(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int explain(const QStringList &arguments);
    static int whatIf(const QStringList &arguments);
    static int rules(const QStringList &arguments);
    static int rulesShow(const QStringList &arguments);
    static int rulesActivate(const QStringList &arguments);
};

}  // namespace care::cli
