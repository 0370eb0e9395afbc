// care-cli risk whatif and risk rules show|activate.
#include "riskcommand.h"
#include "subcommands.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "progressline.h"
#include "riskprinter.h"

#include "risk/riskservice.h"
#include "risk/rulesetloader.h"
#include "util/clock.h"

#include <QJsonDocument>

namespace care::cli {
namespace {

// The rule file named on the command line, or nullopt with its fault printed (exit 1).
std::optional<RuleSet> ruleFile(const CommandLine &commandLine, int *exitCode)
{
    auto rules = RuleSetLoader::fromFile(commandLine.positional().constFirst());
    if (rules)
        return rules.value();
    *exitCode = CommandSupport::fail(rules.error(), ExitInvalidInput);
    return std::nullopt;
}

RiskProgress progressOn(ProgressLine &line)
{
    if (!ProgressLine::wanted())
        return {};
    return [&line](int done, int total) {
        line.update(done, total);
        return true;
    };
}

}  // namespace

int RiskCommand::whatIf(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("risk whatif"), QStringLiteral("--db FILE [--json] RULES.json"),
                            tr("Counts, school by school, how many students would move between the levels normal, "
                               "at risk and problem if the rules in RULES.json were in force. Changes nothing. For "
                               "the administrator and municipal officers."));
    commandLine.addPositional(QStringLiteral("RULES.json"), tr("A risk rule file (docs/risk-rules.md)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto candidate = ruleFile(commandLine, &exitCode);
    if (!candidate)
        return exitCode;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    ProgressLine progressLine(tr("Comparing the rules: %1%"));
    const auto result = RiskService(*signedIn->db, Clock::system())
                                .whatIf(signedIn->session, *candidate, progressOn(progressLine));
    progressLine.finish();
    if (!result)
        return CommandSupport::fail(result.error(), ExitRefused);
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(QJsonDocument(RiskPrinter::whatIfJson(result.value())));
    else
        Console::out(RiskPrinter::whatIf(result.value()));
    return ExitOk;
}

int RiskCommand::rules(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("risk rules"), arguments,
                                 {{QStringLiteral("show"), rulesShow}, {QStringLiteral("activate"), rulesActivate}});
}

int RiskCommand::rulesShow(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("risk rules show"), QStringLiteral("--db FILE [--json]"),
                            tr("Shows the risk rules in force; with --json, the rule file itself, ready to edit and "
                               "try with risk whatif."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto active = RiskService(*signedIn->db, Clock::system()).activeRules(signedIn->session);
    if (!active)
        return CommandSupport::fail(active.error(), ExitRefused);
    if (commandLine.isSet(QStringLiteral("json")))
        Console::outBytes(QJsonDocument::fromJson(active->rules.body).toJson(QJsonDocument::Indented));
    else
        Console::out(RiskPrinter::rules(active.value()));
    return ExitOk;
}

int RiskCommand::rulesActivate(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("risk rules activate"), QStringLiteral("--db FILE [--json] RULES.json"),
                            tr("Puts the rules in RULES.json in force (administrator) and recomputes every student. "
                               "Changed thresholds need a new version in the file, so that every stored level still "
                               "names the rules that produced it. Try the file with risk whatif first."));
    commandLine.addPositional(QStringLiteral("RULES.json"), tr("A risk rule file (docs/risk-rules.md)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto rules = ruleFile(commandLine, &exitCode);
    if (!rules)
        return exitCode;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageSettings, &exitCode);
    if (!signedIn)
        return exitCode;
    ProgressLine progressLine(tr("Recomputing risk levels: %1%"));
    const auto summary
            = RiskService(*signedIn->db, Clock::system()).activate(signedIn->session, *rules, progressOn(progressLine));
    progressLine.finish();
    if (!summary)
        return CommandSupport::fail(summary.error(), ExitInvalidInput);
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(QJsonDocument(RiskPrinter::summaryJson(summary.value())));
    else
        Console::outLine(tr("Rules %1 are in force. Assessed %2 students; %3 changed.")
                                 .arg(summary->ruleSetVersion)
                                 .arg(summary->students)
                                 .arg(summary->changed));
    return ExitOk;
}

}  // namespace care::cli
