#include "exportcommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "studentlookup.h"
#include "subcommands.h"

#include "services/subjectexport.h"
#include "util/clock.h"

#ifdef CARE_CLI_WITH_PDF
#include "subjectaccesspdf.h"
#endif

#include <QDir>
#include <QFileInfo>

namespace care::cli {

int ExportCommand::run(const QStringList &arguments)
{
    const auto help = [] {
        Console::outLine(tr("Usage: care-cli export subject --db FILE --student ID --out DIR"));
        Console::outLine(tr("Run “care-cli export subject --help” for its options."));
        return int(ExitOk);
    };
    return Subcommands::dispatch(QStringLiteral("export"), arguments, {{QStringLiteral("subject"), subject}}, help);
}

int ExportCommand::subject(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("export subject"), QStringLiteral("--db FILE --student ID --out DIR"),
        tr("Writes everything Care holds about one student (a PDPA subject-access request) into the folder DIR: "
           "<record id>-subject-access.json and <record id>-subject-access.pdf, readable by you only. The export "
           "is recorded in the audit trail."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("student"),
                                             tr("The student: record id, national ID number or G-code, or "
                                                "student number."),
                                             QStringLiteral("ID")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("out"), tr("An existing folder for the two files."),
                                             QStringLiteral("DIR")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("student")))
        return commandLine.usageError(tr("Missing option --student ID."));
    if (!commandLine.isSet(QStringLiteral("out")))
        return commandLine.usageError(tr("Missing option --out DIR: the folder for the files."));
    const QString directory = commandLine.value(QStringLiteral("out"));
    if (!QFileInfo(directory).isDir()) {
        Console::errLine(tr("The folder does not exist; create it first. [%1]").arg(QDir::toNativeSeparators(directory)));
        return ExitFileProblem;
    }

    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto studentId =
        StudentLookup::find(*signedIn->db, signedIn->session, commandLine.value(QStringLiteral("student")), &exitCode);
    if (!studentId)
        return exitCode;
    if (!CommandSupport::allowed(*signedIn->db, signedIn->session, Action::Export, Section::Identity, *studentId,
                                 &exitCode))
        return exitCode;

    SubjectExport exporter(*signedIn->db, Clock::system());
    const auto document = exporter.collect(signedIn->session, *studentId);
    if (!document)
        return CommandSupport::fail(document.error(), ExitRefused);
    const auto jsonPath = exporter.writeJson(document.value(), directory);
    if (!jsonPath)
        return CommandSupport::fail(jsonPath.error(), ExitFileProblem);
    Console::outLine(tr("Wrote %1").arg(QDir::toNativeSeparators(jsonPath.value())));
#ifdef CARE_CLI_WITH_PDF
    const auto pdfPath = reports::SubjectAccessPdf::write(document.value(), directory);
    if (!pdfPath)
        return CommandSupport::fail(pdfPath.error(), ExitFileProblem);
    Console::outLine(tr("Wrote %1").arg(QDir::toNativeSeparators(pdfPath.value())));
#else
    Console::errLine(tr("This care-cli was built without QtGui, so no PDF was written; the JSON file holds the "
                        "same information."));
#endif
    return ExitOk;
}

} // namespace care::cli
