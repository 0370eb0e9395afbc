#include "screencommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "recordarguments.h"
#include "recordprinter.h"
#include "subcommands.h"

#include "io/csvreader.h"
#include "services/screeningimport.h"
#include "services/screeningservice.h"
#include "util/clock.h"

#include <QFileInfo>

namespace care::cli {
namespace {

constexpr int kProblemsShown = 50;

}  // namespace

int ScreenCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("screen"), arguments,
                                 {{QStringLiteral("import"), import}, {QStringLiteral("list"), list}}, printHelp);
}

int ScreenCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli screen import|list --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  import  Record screening answers in bulk from a CSV file."));
    Console::outLine(tr("  list    Show one student's screening results."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli screen import --help” or “care-cli screen list --help” for their options."));
    return ExitOk;
}

int ScreenCommand::import(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("screen import"), QStringLiteral("--db FILE CSV"),
                            tr("Records the screening answers of a CSV file (UTF-8, one questionnaire per row; "
                               "columns student, instrument, date, i1 … i25 and optional respondent, band_set, "
                               "difficulties, impact1 …, age_reason; see docs/import-formats.md). Every row is "
                               "checked first: when one is wrong, the problems are listed by row and column and "
                               "nothing is written. Otherwise all rows are saved in one step; a row for a student, "
                               "form and date already recorded replaces that result."));
    commandLine.addPositional(QStringLiteral("CSV"), tr("The CSV file to import."));
    commandLine.addOption(CommandSupport::databaseOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("db")))
        return commandLine.usageError(tr("Missing option --db FILE."));
    const QString path = commandLine.positional().constFirst();
    // Read before signing in, within the size Care imports at once.
    const Result<QByteArray> content = readCsvBytes(path);
    if (!content) {
        Console::errLine(content.error().message);
        return ExitFileProblem;
    }

    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    auto result = ScreeningImport(*signedIn->db, Clock::system())
                          .run(signedIn->session, content.value(), QFileInfo(path).fileName());
    if (!result)
        return CommandSupport::fail(result.error(), ExitFileProblem);
    if (!result->problems.isEmpty()) {
        for (qsizetype i = 0; i < result->problems.size() && i < kProblemsShown; ++i)
            Console::errLine(result->problems.at(i).describe());
        if (result->problems.size() > kProblemsShown)
            Console::errLine(tr("… and %n more problem(s).", nullptr, int(result->problems.size() - kProblemsShown)));
        Console::errLine(tr("Nothing was imported."));
        return result->refused() ? ExitRefused : ExitInvalidInput;
    }
    Console::outLine(tr("Imported %1 screening results (%2 new, %3 replaced).")
                             .arg(result->saved.created + result->saved.replaced)
                             .arg(result->saved.created)
                             .arg(result->saved.replaced));
    return ExitOk;
}

int ScreenCommand::list(const QStringList &arguments)
{
    return RecordArguments::showForStudent(
            arguments, QStringLiteral("screen list"),
            tr("Shows a student's screening results, newest first: form, respondent, date, scores "
               "and bands. Viewing them is recorded in the audit trail."),
            Section::Screening, [](Database &db, const Session &session, const QString &studentId) {
                return studentRecords(ScreeningService(db, Clock::system()).results(session, studentId),
                                      RecordPrinter::screeningJson, RecordPrinter::screeningText);
            });
}

}  // namespace care::cli
