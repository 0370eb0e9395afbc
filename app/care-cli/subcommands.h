#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace care::cli {

// One word after a command (care-cli audit verify, care-cli risk list …) and
// what runs it; run gets the arguments from that word on.
struct Subcommand {
    QString name;
    std::function<int(const QStringList &)> run;
};

// Every command made of subcommands chooses one the same way.
class Subcommands {
    Q_DECLARE_TR_FUNCTIONS(Subcommands)
public:
    // Runs the subcommand named by arguments[1], or help for --help and -h
    // when there is one. A missing or unknown subcommand is a usage error
    // (exit 64) that names the choices. `command` is what precedes the
    // subcommand, e.g. "risk rules".
    static int dispatch(const QString &command, const QStringList &arguments, const QList<Subcommand> &subcommands,
                        const std::function<int()> &help = {});
};

}  // namespace care::cli
