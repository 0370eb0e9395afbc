#include "riskcommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "progressline.h"
#include "recordarguments.h"
#include "riskprinter.h"
#include "subcommands.h"

#include "locale/dates.h"
#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/schooldirectory.h"
#include "util/clock.h"

namespace care::cli {
namespace {

// The school id of an 8-digit code, or nullopt with the message printed.
std::optional<QString> schoolWithCode(Database &db, const Session &session, const QString &schoolCode,
                                      int *exitCode)
{
    // The schools the user may see: a school role names only its own.
    auto schools = SchoolDirectory(db, Clock::system()).schools(session);
    if (!schools) {
        *exitCode = CommandSupport::fail(schools.error(), ExitFileProblem);
        return std::nullopt;
    }
    for (const School &school : schools.value())
        if (school.code == schoolCode)
            return school.id;
    Console::errLine(RiskCommand::tr("No school in this database has the code “%1”.").arg(schoolCode));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

}  // namespace

int RiskCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("risk"), arguments,
                                 {{QStringLiteral("recompute"), recompute},
                                  {QStringLiteral("list"), list},
                                  {QStringLiteral("explain"), explain},
                                  {QStringLiteral("whatif"), whatIf},
                                  {QStringLiteral("rules"), rules}},
                                 printHelp);
}

int RiskCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli risk recompute|list|explain|whatif|rules --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  recompute      Recompute every student's risk levels."));
    Console::outLine(tr("  list           List students at risk or with a problem; worklists."));
    Console::outLine(tr("  explain        Show one student's levels per domain with their reasons."));
    Console::outLine(tr("  whatif         Count who would move between levels under other rules."));
    Console::outLine(tr("  rules show     Show the risk rules in force."));
    Console::outLine(tr("  rules activate Put other risk rules in force and recompute."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli risk SUBCOMMAND --help” for its options."));
    return ExitOk;
}

int RiskCommand::recompute(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("risk recompute"), QStringLiteral("--db FILE [--json]"),
                            tr("Recomputes the risk levels of every student you may recompute (the administrator: "
                               "all; a counsellor: their school) with the rules in force. A student's history gets a "
                               "new entry only when their levels or reasons changed."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    AccessControl access(*signedIn->db, Clock::system());
    if (!access.check(signedIn->session, Capability::ManageSettings))
        if (auto s = access.checkSchool(signedIn->session, Action::Update, Section::Risk, signedIn->session.schoolId());
            !s)
            return CommandSupport::fail(s.error(), ExitRefused);
    ProgressLine progressLine(tr("Recomputing risk levels: %1%"));
    RiskProgress progress;
    if (ProgressLine::wanted())
        progress = [&progressLine](int done, int total) {
            progressLine.update(done, total);
            return true;
        };
    const auto summary = RiskService(*signedIn->db, Clock::system()).recomputeAll(signedIn->session, progress);
    progressLine.finish();
    if (!summary)
        return CommandSupport::fail(summary.error(), ExitFileProblem);
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(QJsonDocument(RiskPrinter::summaryJson(summary.value())));
    else
        Console::outLine(tr("Assessed %n student(s) with rules %1; %2 changed.", nullptr, summary->students)
                                 .arg(summary->ruleSetVersion)
                                 .arg(summary->changed));
    return ExitOk;
}

int RiskCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(
            QStringLiteral("risk list"),
            QStringLiteral(
                    "--db FILE [--level problem|at-risk] [--school CODE] [--newly-since DATE | --rose | --no-case] "
                    "[--json]"),
            tr("Lists the studying students at risk or with a problem that you may see, worst first. The worklists: "
               "--newly-since DATE (normal on that day, flagged now), --rose (higher than at the end of the last "
               "term), "
               "--no-case (flagged with no open case)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("level"), tr("Only this level: problem or at-risk."),
                                             QStringLiteral("LEVEL")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("school"), tr("Only this school (its 8-digit code)."),
                                             QStringLiteral("CODE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("newly-since"),
                                             tr("Students flagged since this day, e.g. 1/6/2568 or 2025-06-01."),
                                             QStringLiteral("DATE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("rose"), tr("Students whose level rose since last term.")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("no-case"), tr("Students flagged with no open case.")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    const int worklists = int(commandLine.isSet(QStringLiteral("newly-since")))
            + int(commandLine.isSet(QStringLiteral("rose"))) + int(commandLine.isSet(QStringLiteral("no-case")));
    if (worklists > 1)
        return commandLine.usageError(tr("Choose one of --newly-since, --rose and --no-case."));
    RiskListFilter filter;
    if (commandLine.isSet(QStringLiteral("level"))) {
        const QString level = commandLine.value(QStringLiteral("level")).trimmed();
        if (level == QLatin1String("problem"))
            filter.level = RiskLevel::Problem;
        else if (level == QLatin1String("at-risk") || level == QLatin1String("at_risk"))
            filter.level = RiskLevel::AtRisk;
        else {
            Console::errLine(tr("Unknown level “%1”; use problem or at-risk.").arg(level));
            return ExitInvalidInput;
        }
    }
    QDate since;
    if (commandLine.isSet(QStringLiteral("newly-since"))) {
        const auto parsed = parseDate(commandLine.value(QStringLiteral("newly-since")));
        if (!parsed) {
            Console::errLine(tr("Invalid date “%1” for --newly-since: %2")
                                     .arg(commandLine.value(QStringLiteral("newly-since")), parsed.error().message));
            return ExitInvalidInput;
        }
        since = parsed.value();
    }
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    if (commandLine.isSet(QStringLiteral("school"))) {
        const auto school
                = schoolWithCode(*signedIn->db, signedIn->session, commandLine.value(QStringLiteral("school")).trimmed(),
                                 &exitCode);
        if (!school)
            return exitCode;
        filter.schoolId = *school;
    }
    RiskService risk(*signedIn->db, Clock::system());
    const Session &session = signedIn->session;
    Result<QList<RiskListRow>> rows = since.isValid()      ? risk.newlyFlagged(session, since)
            : commandLine.isSet(QStringLiteral("rose"))    ? risk.roseSinceLastTerm(session)
            : commandLine.isSet(QStringLiteral("no-case")) ? risk.withoutOpenCase(session)
                                                           : risk.list(session, filter);
    if (!rows)
        return CommandSupport::fail(rows.error(), ExitRefused);
    // The worklists take the level and school filters too.
    QList<RiskListRow> shown;
    for (const RiskListRow &row : rows.value())
        if ((!filter.level || row.overall == *filter.level)
            && (filter.schoolId.isEmpty() || row.schoolId == filter.schoolId))
            shown << row;
    if (commandLine.isSet(QStringLiteral("json"))) {
        CommandSupport::printJson(QJsonDocument(RiskPrinter::listJson(shown)));
        return ExitOk;
    }
    if (shown.isEmpty()) {
        Console::outLine(tr("No student is on this list."));
        return ExitOk;
    }
    Console::out(RiskPrinter::listTable(shown, worklists > 0 && !commandLine.isSet(QStringLiteral("no-case"))));
    Console::outLine(tr("%n student(s).", nullptr, int(shown.size())));
    return ExitOk;
}

int RiskCommand::explain(const QStringList &arguments)
{
    return RecordArguments::showForStudent(
            arguments, QStringLiteral("risk explain"),
            tr("Shows one student's risk level overall and per domain, with the reasons in words. "
               "Viewing the reasons is recorded in the audit trail."),
            Section::Risk, [](Database &db, const Session &session, const QString &studentId) {
                return studentRecords(RiskService(db, Clock::system()).explain(session, studentId),
                                      RiskPrinter::explanationJson, RiskPrinter::explanation);
            });
}

}  // namespace care::cli
