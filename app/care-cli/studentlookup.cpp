#include "studentlookup.h"

#include "console.h"
#include "exitcode.h"

#include "domain/validation.h"
#include "services/studentdirectory.h"
#include "util/clock.h"

#include <QRegularExpression>

namespace care::cli {

std::optional<QString> StudentLookup::find(Database &db, const Session &session, const QString &idText, int *exitCode)
{
    return report(StudentDirectory(db, Clock::system()).find(session, idText), idText, exitCode);
}

std::optional<QString> StudentLookup::report(const Result<QString> &found, const QString &idText, int *exitCode)
{
    if (found)
        return found.value();
    if (found.error().field != QLatin1String("student")) {
        Console::errLine(found.error().describe());
        *exitCode = ExitFileProblem;
        return std::nullopt;
    }
    Console::errLine(found.error().message);
    // A mistyped ID number is the usual cause: say what is wrong with it.
    static const QRegularExpression digitsOnly(QStringLiteral("^[Gg]?[0-9\\- ]+$"));
    if (digitsOnly.match(idText.trimmed()).hasMatch())
        if (auto kind = classifyCitizenId(idText); !kind)
            Console::errLine(kind.error().message);
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

} // namespace care::cli
