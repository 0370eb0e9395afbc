#include "scorecommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "instrumentoptions.h"
#include "texttable.h"

#include "screening/answertext.h"
#include "screening/scoring.h"

#include <QJsonArray>
#include <QJsonObject>

namespace care::cli {
namespace {

QJsonValue jsonValue(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonValue(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoresToJson(const Instrument &instrument, const ScreeningScores &scores)
{
    QJsonObject object{{QStringLiteral("instrument"), instrument.id},
                       {QStringLiteral("version"), instrument.version},
                       {QStringLiteral("band_set"), scores.bandSet}};
    QJsonArray missing;
    for (int number : scores.missingItems)
        missing.append(number);
    object.insert(QStringLiteral("missing"), missing);
    QJsonObject bands;
    for (const QString &key : instrument.scoreKeys()) {
        object.insert(key, jsonValue(scores.scores.value(key)));
        bands.insert(key, jsonValue(scores.bands.value(key)));
    }
    object.insert(QStringLiteral("bands"), bands);
    return object;
}

QString scoreTitle(const Instrument &instrument, const QString &key)
{
    for (const Subscale &s : instrument.subscales)
        if (s.key == key && !s.title.current().isEmpty())
            return s.title.current();
    for (const DerivedScore &d : instrument.derivedScores)
        if (d.key == key && !d.title.current().isEmpty())
            return d.title.current();
    if (instrument.impact && instrument.impact->key == key && !instrument.impact->title.current().isEmpty())
        return instrument.impact->title.current();
    return key;
}

void printScores(const Instrument &instrument, const ScreeningScores &scores)
{
    const BandSet *set = instrument.bandSet(scores.bandSet);
    Console::outLine(QStringLiteral("%1 (%2, %3)").arg(instrument.title(), instrument.id, instrument.version));
    Console::outLine(ScoreCommand::tr("Band set: %1")
                             .arg(set && !set->title.current().isEmpty()
                                          ? QStringLiteral("%1 (%2)").arg(set->title.current(), set->name)
                                          : scores.bandSet));
    TextTable table;
    table.setHeader({ScoreCommand::tr("Score"), ScoreCommand::tr("Value"), ScoreCommand::tr("Band")});
    for (const QString &key : instrument.scoreKeys()) {
        const auto value = scores.scores.value(key);
        const auto band = scores.bands.value(key);
        const BandLevel *level = set && band ? set->level(*band) : nullptr;
        table.addRow({scoreTitle(instrument, key), value ? QString::number(*value) : ScoreCommand::tr("not scored"),
                      level ? level->label.current() : (band ? *band : QStringLiteral("–"))});
    }
    Console::out(table.render());
    if (!scores.missingItems.isEmpty()) {
        QStringList numbers;
        for (int number : scores.missingItems)
            numbers << QString::number(number);
        Console::outLine(ScoreCommand::tr("Missing answers: items %1.").arg(numbers.join(QStringLiteral(", "))));
    }
}

}  // namespace

int ScoreCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(
            QStringLiteral("score"),
            QStringLiteral(
                    "--instrument ID [--band-set NAME] --answers LIST [--impact LIST] [--json] [--instruments DIR]"),
            tr("Scores one questionnaire and prints every score and its band. Answers are given in item order, "
               "separated by commas, with - for a missing answer. Needs no database and no sign-in; "
               "“care-cli instruments list” shows the instruments and their band sets."));
    commandLine.addOption(QCommandLineOption(QStringLiteral("instrument"),
                                             tr("The instrument, e.g. sdq-parent-4-17, sdq-teacher-4-17 or "
                                                "sdq-self-11-17."),
                                             QStringLiteral("ID")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("band-set"),
                                             tr("The band set for the levels, e.g. th or uk (default: the "
                                                "instrument's, th for the SDQ)."),
                                             QStringLiteral("NAME")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("answers"),
                                             tr("One answer per item in item order, e.g. \"2,1,0,-,2,…\" (25 "
                                                "values for the SDQ: 0 not true, 1 somewhat true, 2 certainly "
                                                "true)."),
                                             QStringLiteral("LIST")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("impact"),
                                             tr("The impact supplement: the answer about difficulties (0 no, 1 "
                                                "minor, 2 definite, 3 severe), then one answer per impact item "
                                                "(0 not at all, 1 only a little, 2 quite a lot, 3 a great deal), "
                                                "e.g. \"0\" or \"2,1,2,0,-,3\"."),
                                             QStringLiteral("LIST")));
    commandLine.addOption(CommandSupport::jsonOption());
    commandLine.addOption(InstrumentOptions::folderOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("instrument")))
        return commandLine.usageError(tr("Missing option --instrument ID."));
    if (!commandLine.isSet(QStringLiteral("answers")))
        return commandLine.usageError(tr("Missing option --answers LIST."));

    int exitCode = ExitOk;
    const auto registry = InstrumentOptions::registry(commandLine, &exitCode);
    if (!registry)
        return exitCode;
    const Instrument *instrument
            = InstrumentOptions::find(*registry, commandLine.value(QStringLiteral("instrument")), &exitCode);
    if (!instrument)
        return exitCode;
    const QString bandSet = commandLine.value(QStringLiteral("band-set"));
    if (auto s = validateBandSet(*instrument, bandSet); !s)
        return CommandSupport::fail(s.error(), ExitInvalidInput);
    ScreeningAnswers answers;
    auto items = parseAnswerList(commandLine.value(QStringLiteral("answers")), QStringLiteral("--answers"));
    if (!items)
        return CommandSupport::fail(items.error(), ExitInvalidInput);
    answers.items = items.value();
    if (commandLine.isSet(QStringLiteral("impact"))) {
        auto impact = parseImpactAnswers(commandLine.value(QStringLiteral("impact")), QStringLiteral("--impact"));
        if (!impact)
            return CommandSupport::fail(impact.error(), ExitInvalidInput);
        answers.impact = impact.value();
    }
    if (auto s = validateAnswers(*instrument, answers); !s)
        return CommandSupport::fail(s.error(), ExitInvalidInput);

    const ScreeningScores scores = score(*instrument, answers, bandSet);
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(QJsonDocument(scoresToJson(*instrument, scores)));
    else
        printScores(*instrument, scores);
    return ExitOk;
}

}  // namespace care::cli
