#include "instrumentscommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "instrumentoptions.h"
#include "subcommands.h"
#include "texttable.h"

#include "screening/wording.h"
#include "services/instrumentwordingservice.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace care::cli {
namespace {

QJsonObject instrumentToJson(const Instrument &instrument)
{
    QJsonArray bandSets;
    for (const QString &name : instrument.bandSetNames())
        bandSets.append(name);
    QJsonArray scores;
    for (const QString &key : instrument.scoreKeys())
        scores.append(key);
    return QJsonObject{
            {QStringLiteral("id"), instrument.id},
            {QStringLiteral("version"), instrument.version},
            {QStringLiteral("title"),
             QJsonObject{{QStringLiteral("th"), instrument.titleTh}, {QStringLiteral("en"), instrument.titleEn}}},
            {QStringLiteral("respondent"), code(instrument.respondent)},
            {QStringLiteral("ages"),
             QJsonObject{{QStringLiteral("min"), instrument.minAgeYears},
                         {QStringLiteral("max"), instrument.maxAgeYears}}},
            {QStringLiteral("items"), int(instrument.items.size())},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("band_sets"), bandSets},
            {QStringLiteral("default_band_set"), instrument.defaultBandSet},
    };
}

QJsonObject problemToJson(const Error &problem)
{
    return QJsonObject{{QStringLiteral("file"), problem.location}, {QStringLiteral("message"), problem.message}};
}

void printList(const InstrumentRegistry &registry)
{
    TextTable table;
    table.setHeader({InstrumentsCommand::tr("Id"), InstrumentsCommand::tr("Version"),
                     InstrumentsCommand::tr("Respondent"), InstrumentsCommand::tr("Ages"),
                     InstrumentsCommand::tr("Band sets"), InstrumentsCommand::tr("Title")});
    for (const Instrument *instrument : registry.all()) {
        QStringList sets;
        for (const QString &name : instrument->bandSetNames())
            sets << (name == instrument->defaultBandSet ? name + QLatin1Char('*') : name);
        table.addRow({instrument->id, instrument->version, label(instrument->respondent),
                      QStringLiteral("%1–%2").arg(instrument->minAgeYears).arg(instrument->maxAgeYears),
                      sets.join(QStringLiteral(", ")), instrument->title()});
    }
    Console::out(table.render());
    Console::outLine(InstrumentsCommand::tr("* the default band set"));
    if (!registry.problems().isEmpty()) {
        Console::outLine();
        Console::outLine(InstrumentsCommand::tr("Not loaded:"));
        for (const Error &problem : registry.problems())
            Console::outLine(QStringLiteral("  ") + problem.describe());
    }
}

}  // namespace

int InstrumentsCommand::run(const QStringList &arguments)
{
    const auto help = [] {
        Console::outLine(tr("Usage: care-cli instruments list [--json] [--instruments DIR]"));
        Console::outLine(tr("       care-cli instruments import-wording --db FILE WORDING_FILE"));
        Console::outLine(tr("Run “care-cli instruments SUBCOMMAND --help” for its options."));
        return int(ExitOk);
    };
    return Subcommands::dispatch(QStringLiteral("instruments"), arguments,
                                 {{QStringLiteral("list"), list}, {QStringLiteral("import-wording"), importWording}},
                                 help);
}

int InstrumentsCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("instruments list"), QStringLiteral("[--json] [--instruments DIR]"),
                            tr("Lists the questionnaires and checklists Care can score, with their band sets, and "
                               "the instrument files that could not be loaded and why (exit code 2 when there "
                               "are any). Needs no database."));
    commandLine.addOption(CommandSupport::jsonOption());
    commandLine.addOption(InstrumentOptions::folderOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const auto registry = InstrumentOptions::registry(commandLine, &exitCode);
    if (!registry)
        return exitCode;
    if (commandLine.isSet(QStringLiteral("json"))) {
        QJsonArray instruments;
        for (const Instrument *instrument : registry->all())
            instruments.append(instrumentToJson(*instrument));
        QJsonArray problems;
        for (const Error &problem : registry->problems())
            problems.append(problemToJson(problem));
        CommandSupport::printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("instruments"), instruments}, {QStringLiteral("problems"), problems}}));
    } else {
        printList(*registry);
    }
    return registry->problems().isEmpty() ? ExitOk : ExitFileProblem;
}

int InstrumentsCommand::importWording(const QStringList &arguments)
{
    CommandLine commandLine(
            QStringLiteral("instruments import-wording"), QStringLiteral("--db FILE [--instruments DIR] WORDING_FILE"),
            tr("Installs the licensed wording of questionnaires from a wording file (UTF-8, one text per line: "
               "instrument, language th or en, item number or wording key, text, separated by tabs; see "
               "docs/instruments.md). For each instrument and language in the file, the stored wording is replaced "
               "by the file's. Needs the right to manage settings."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(InstrumentOptions::folderOption());
    commandLine.addPositional(QStringLiteral("WORDING_FILE"), tr("The wording file to import."));
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("db")))
        return commandLine.usageError(tr("Missing option --db FILE."));
    int exitCode = ExitOk;
    const auto registry = InstrumentOptions::registry(commandLine, &exitCode);
    if (!registry)
        return exitCode;
    // The file is checked before anyone is asked for a password.
    const QString path = commandLine.positional().constFirst();
    if (!QFileInfo(path).isFile())
        return CommandSupport::fail(Error{tr("The wording file %1 does not exist.").arg(path), {}, {}},
                                    ExitFileProblem);
    auto entries = WordingFile::read(path, *registry);
    if (!entries)
        return CommandSupport::fail(entries.error(), ExitInvalidInput);

    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageSettings, &exitCode);
    if (!signedIn)
        return exitCode;
    auto changes = InstrumentWordingService(*signedIn->db, Clock::system()).import(signedIn->session, entries.value());
    if (!changes)
        return CommandSupport::fail(changes.error(), ExitFileProblem);
    for (const WordingChange &change : changes.value())
        Console::outLine(tr("%1 (%2): %3 added, %4 changed, %5 removed, %6 unchanged.")
                                 .arg(change.instrumentId, change.language)
                                 .arg(change.added)
                                 .arg(change.changed)
                                 .arg(change.removed)
                                 .arg(change.unchanged));
    return ExitOk;
}

}  // namespace care::cli
