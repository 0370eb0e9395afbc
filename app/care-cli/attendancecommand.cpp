#include "attendancecommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "recordarguments.h"
#include "recordprinter.h"
#include "subcommands.h"

#include "services/indicatorservice.h"
#include "util/clock.h"

namespace care::cli {
namespace {

constexpr int kMaxDays = 366;

}  // namespace

int AttendanceCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("attendance"), arguments,
                                 {{QStringLiteral("set"), set}, {QStringLiteral("list"), list}}, printHelp);
}

int AttendanceCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli attendance set|list --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  set   Record a student's days enrolled, absent and late in one term."));
    Console::outLine(tr("  list  Show a student's attendance per term."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli attendance set --help” or “care-cli attendance list --help” for their "
                        "options."));
    return ExitOk;
}

int AttendanceCommand::set(const QStringList &arguments)
{
    CommandLine commandLine(
            QStringLiteral("attendance set"),
            QStringLiteral("--db FILE --term N/YEAR --enrolled N --absent N [--late N] STUDENT"),
            tr("Records a student's attendance in one term, replacing what was recorded for it. Absent and late days "
               "together may not be more than the days enrolled; a term with daily absence records keeps their "
               "counts."));
    commandLine.addPositional(QStringLiteral("STUDENT"),
                              tr("The record id, or the national ID number or G-code (dashes allowed)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(RecordArguments::termOption());
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("enrolled"), tr("Days enrolled in the term."), QStringLiteral("N")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("absent"), tr("Days absent."), QStringLiteral("N")));
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("late"), tr("Days late (default 0)."), QStringLiteral("N")));
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto enrolled = RecordArguments::number(commandLine, QStringLiteral("enrolled"), 0, kMaxDays, &exitCode);
    if (!enrolled)
        return exitCode;
    const auto absent = RecordArguments::number(commandLine, QStringLiteral("absent"), 0, kMaxDays, &exitCode);
    if (!absent)
        return exitCode;
    const auto late = commandLine.integerValue(QStringLiteral("late"), 0, 0, kMaxDays, &exitCode);
    if (!late)
        return exitCode;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto termId = RecordArguments::term(*signedIn->db, signedIn->session, commandLine, &exitCode);
    if (!termId)
        return exitCode;
    const auto studentId
            = RecordArguments::student(*signedIn->db, signedIn->session, commandLine.positional().constFirst(),
                                       Action::Update, Section::Identity, &exitCode);
    if (!studentId)
        return exitCode;
    const AttendanceRecord record{{}, *studentId, *termId, *enrolled, *absent, int(*late)};
    if (auto s = IndicatorService(*signedIn->db, Clock::system()).setTermAttendance(signedIn->session, record); !s)
        return CommandSupport::fail(s.error(), ExitInvalidInput);
    Console::outLine(tr("Attendance saved."));
    return ExitOk;
}

int AttendanceCommand::list(const QStringList &arguments)
{
    return RecordArguments::showForStudent(
            arguments, QStringLiteral("attendance list"), tr("Shows a student's attendance per term, newest first."),
            Section::Identity, [](Database &db, const Session &session, const QString &studentId) {
                return studentRecords(IndicatorService(db, Clock::system()).attendance(session, studentId),
                                      RecordPrinter::attendanceJson, RecordPrinter::attendanceText);
            });
}

}  // namespace care::cli
