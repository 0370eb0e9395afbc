#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli retention run: anonymises the students who left school longer
// ago than the retention setting (PDPA), or with --dry-run lists them.
class RetentionCommand {
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)
public:
    // arguments[0] is "retention", arguments[1] the subcommand ("run").
    static int run(const QStringList &arguments);

private:
    static int runRetention(const QStringList &arguments);
};

} // namespace care::cli
