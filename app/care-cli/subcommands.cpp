#include "subcommands.h"

#include "console.h"
#include "exitcode.h"

namespace care::cli {

int Subcommands::dispatch(const QString &command, const QStringList &arguments, const QList<Subcommand> &subcommands,
                          const std::function<int()> &help)
{
    const QString given = arguments.value(1);
    for (const Subcommand &subcommand : subcommands)
        if (given == subcommand.name)
            return subcommand.run(arguments.mid(1));
    if (help && (given == QLatin1String("--help") || given == QLatin1String("-h")))
        return help();
    QStringList names;
    for (const Subcommand &subcommand : subcommands)
        names << subcommand.name;
    const QString choices = QStringLiteral("care-cli %1 %2").arg(command, names.join(QLatin1Char('|')));
    Console::errLine(given.isEmpty() ? tr("Missing subcommand: %1.").arg(choices)
                                     : tr("Unknown subcommand “%1”: use %2.").arg(given, choices));
    // Help is the first word's: "care-cli risk --help" also covers risk rules.
    Console::errLine(tr("Run “care-cli %1 --help” for details.").arg(command.section(QLatin1Char(' '), 0, 0)));
    return ExitUsage;
}

}  // namespace care::cli
