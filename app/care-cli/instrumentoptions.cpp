#include "instrumentoptions.h"

#include "console.h"
#include "exitcode.h"

#include <QDir>
#include <QFileInfo>

namespace care::cli {

QCommandLineOption InstrumentOptions::folderOption()
{
    return QCommandLineOption(QStringLiteral("instruments"),
                              tr("Also load the instrument files (*.json) of this folder; they replace shipped "
                                 "instruments with the same id."),
                              QStringLiteral("DIR"));
}

std::optional<InstrumentRegistry> InstrumentOptions::registry(const CommandLine &commandLine, int *exitCode)
{
    if (!commandLine.isSet(QStringLiteral("instruments")))
        return InstrumentRegistry::shipped();
    const QString folder = commandLine.value(QStringLiteral("instruments"));
    if (!QFileInfo(folder).isDir()) {
        Console::errLine(tr("The instrument folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        *exitCode = ExitFileProblem;
        return std::nullopt;
    }
    return InstrumentRegistry::load(folder);
}

const Instrument *InstrumentOptions::find(const InstrumentRegistry &registry, const QString &id, int *exitCode)
{
    if (const Instrument *instrument = registry.find(id))
        return instrument;
    QStringList ids;
    for (const Instrument *instrument : registry.all())
        ids << instrument->id;
    Console::errLine(tr("Unknown instrument “%1”; the instruments are: %2.").arg(id, ids.join(QStringLiteral(", "))));
    for (const Error &problem : registry.problems())
        Console::errLine(problem.describe());
    *exitCode = ExitInvalidInput;
    return nullptr;
}

}  // namespace care::cli
