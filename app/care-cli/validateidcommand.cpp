#include "validateidcommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"

#include "domain/enums.h"
#include "domain/validation.h"

namespace care::cli {

int ValidateIdCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("validate-id"), QStringLiteral("VALUE"),
                            tr("Checks a 13-digit national ID number (with its check digit) or a G-code "
                               "(G followed by 12 digits). Dashes and spaces are allowed. Prints the kind "
                               "and the formatted number, or why it is not valid (exit code 1)."));
    commandLine.addPositional(QStringLiteral("VALUE"), tr("The number to check, e.g. 1-2345-67890-12-1."));
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;

    const QString value = commandLine.positional().constFirst();
    const Result<IdKind> kind = classifyCitizenId(value);
    if (!kind) {
        Console::errLine(tr("Not a valid ID number: %1").arg(kind.error().message));
        return ExitInvalidInput;
    }
    Console::outLine(QStringLiteral("%1: %2").arg(label(kind.value()), formatCitizenId(normalizeCitizenId(value))));
    return ExitOk;
}

} // namespace care::cli
