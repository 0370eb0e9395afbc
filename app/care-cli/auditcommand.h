#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli audit verify|list: checks the hash chain of the audit trail
// (anyone may; no sign-in) and lists events for those allowed to see them.
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    // arguments[0] is "audit", arguments[1] the subcommand.
    static int run(const QStringList &arguments);

private:
    static int verify(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int printHelp();
};

} // namespace care::cli
