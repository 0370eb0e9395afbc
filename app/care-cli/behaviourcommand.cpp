#include "behaviourcommand.h"

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

template <typename E>
QString codeList()
{
    QStringList codes;
    for (E value : allValues<E>())
        codes << code(value);
    return codes.join(QStringLiteral(", "));
}

// A required code option; nullopt with the allowed codes printed.
template <typename E>
std::optional<E> codeOption(const CommandLine &commandLine, const QString &name, int *exitCode)
{
    if (!commandLine.isSet(name)) {
        *exitCode = commandLine.usageError(BehaviourCommand::tr("Missing option --%1 CODE.").arg(name));
        return std::nullopt;
    }
    const QString text = commandLine.value(name).trimmed();
    if (const auto value = fromCode<E>(text))
        return value;
    Console::errLine(
            BehaviourCommand::tr("Invalid value “%1” for --%2: use one of: %3.").arg(text, name, codeList<E>()));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

}  // namespace

int BehaviourCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("behaviour"), arguments,
                                 {{QStringLiteral("add"), add}, {QStringLiteral("list"), list}}, printHelp);
}

int BehaviourCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli behaviour add|list --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  add   Record a behaviour incident of a student."));
    Console::outLine(tr("  list  Show a student's behaviour incidents."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli behaviour add --help” or “care-cli behaviour list --help” for their options."));
    return ExitOk;
}

int BehaviourCommand::add(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("behaviour add"),
                            QStringLiteral("--db FILE --date DATE --kind CODE --severity minor|serious [--note TEXT] "
                                           "STUDENT"),
                            tr("Records a behaviour incident: its date, kind, severity and a note (kept encrypted)."));
    commandLine.addPositional(QStringLiteral("STUDENT"),
                              tr("The record id, or the national ID number or G-code (dashes allowed)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("date"), tr("The date of the incident."), QStringLiteral("DATE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("kind"),
                                             tr("The kind of incident: %1.").arg(codeList<BehaviourKind>()),
                                             QStringLiteral("CODE")));
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("severity"), tr("minor or serious."), QStringLiteral("CODE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("note"), tr("What happened (at most 2,000 characters)."),
                                             QStringLiteral("TEXT")));
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    BehaviourIncident incident;
    const auto date = RecordArguments::date(commandLine, QStringLiteral("date"), &exitCode);
    if (!date)
        return exitCode;
    const auto kind = codeOption<BehaviourKind>(commandLine, QStringLiteral("kind"), &exitCode);
    if (!kind)
        return exitCode;
    const auto severity = codeOption<Severity>(commandLine, QStringLiteral("severity"), &exitCode);
    if (!severity)
        return exitCode;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto studentId
            = RecordArguments::student(*signedIn->db, signedIn->session, commandLine.positional().constFirst(),
                                       Action::Create, Section::Screening, &exitCode);
    if (!studentId)
        return exitCode;
    incident.studentId = *studentId;
    incident.occurredOn = *date;
    incident.kind = *kind;
    incident.severity = *severity;
    incident.note = commandLine.value(QStringLiteral("note"));
    auto id = IndicatorService(*signedIn->db, Clock::system()).addIncident(signedIn->session, incident);
    if (!id)
        return CommandSupport::fail(id.error(), ExitInvalidInput);
    Console::outLine(tr("Behaviour incident recorded (%1).").arg(id.value()));
    return ExitOk;
}

int BehaviourCommand::list(const QStringList &arguments)
{
    return RecordArguments::showForStudent(
            arguments, QStringLiteral("behaviour list"),
            tr("Shows a student's behaviour incidents with their notes, newest first. Viewing them is "
               "recorded in the audit trail."),
            Section::Screening, [](Database &db, const Session &session, const QString &studentId) {
                return studentRecords(IndicatorService(db, Clock::system()).incidents(session, studentId),
                                      RecordPrinter::behaviourJson, RecordPrinter::behaviourText);
            });
}

}  // namespace care::cli
