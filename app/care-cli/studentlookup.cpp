#include "studentlookup.h"

#include "console.h"
#include "exitcode.h"

#include "domain/validation.h"
#include "storage/studentrepository.h"

#include <QRegularExpression>

namespace care::cli {

std::optional<QString> StudentLookup::find(Database &db, const QString &idText, int *exitCode)
{
    auto found = StudentRepository(db).find(idText);
    if (!found) {
        Console::errLine(found.error().describe());
        *exitCode = ExitFileProblem;
        return std::nullopt;
    }
    if (found.value())
        return found.value()->id;
    Console::errLine(tr("No student has the id or ID number “%1”.").arg(idText));
    // A mistyped ID number is the usual cause: say what is wrong with it.
    static const QRegularExpression digitsOnly(QStringLiteral("^[Gg]?[0-9\\- ]+$"));
    if (digitsOnly.match(idText.trimmed()).hasMatch())
        if (auto kind = classifyCitizenId(idText); !kind)
            Console::errLine(kind.error().message);
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

} // namespace care::cli
