#include "screening/scoring.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct ScoringText {
    Q_DECLARE_TR_FUNCTIONS(ScoringText)
};

namespace {

// Position of the item in the instrument's list; items are usually numbered
// 1…n in order, so the first guess is nearly always right.
qsizetype indexOfItem(const Instrument &instrument, int number)
{
    const qsizetype guess = number - 1;
    if (guess >= 0 && guess < instrument.items.size() && instrument.items.at(guess).number == number)
        return guess;
    for (qsizetype i = 0; i < instrument.items.size(); ++i)
        if (instrument.items.at(i).number == number)
            return i;
    return -1;
}

// The item's answer as it counts (reversed items turned round), or nullopt.
std::optional<int> itemValue(const Instrument &instrument, const ScreeningAnswers &answers, int number)
{
    const qsizetype index = indexOfItem(instrument, number);
    if (index < 0 || index >= answers.items.size() || !answers.items.at(index))
        return std::nullopt;
    const Item &item = instrument.items.at(index);
    const int answer = *answers.items.at(index);
    if (answer < item.scale.min || answer > item.scale.max)
        return std::nullopt;
    return instrument.isReversed(number) ? item.scale.min + item.scale.max - answer : answer;
}

std::optional<int> subscaleScore(const Instrument &instrument, const ScreeningAnswers &answers,
                                 const Subscale &subscale)
{
    int sum = 0;
    int answered = 0;
    for (int number : subscale.itemNumbers)
        if (const auto value = itemValue(instrument, answers, number)) {
            sum += *value;
            ++answered;
        }
    const int count = int(subscale.itemNumbers.size());
    if (answered == count)
        return sum;
    if (answered == 0 || count - answered > instrument.prorating.maxMissing)
        return std::nullopt;
    // round(sum / answered × count), halves up, in whole numbers: floor((2·sum·count + answered) / (2·answered)).
    return (2 * sum * count + answered) / (2 * answered);
}

std::optional<int> impactScore(const ImpactSupplement &impact, const std::optional<ImpactAnswers> &answers)
{
    if (!answers || !answers->difficulties)
        return std::nullopt;
    const int difficulties = *answers->difficulties;
    if (difficulties < 0 || difficulties >= impact.questionChoices.size())
        return std::nullopt;
    if (difficulties == impact.noneChoice)
        return 0;
    if (answers->items.size() != impact.itemKeys.size())
        return std::nullopt;
    int sum = 0;
    for (const std::optional<int> &choice : answers->items) {
        if (!choice || *choice < 0 || *choice >= impact.itemScores.size())
            return std::nullopt;
        sum += impact.itemScores.at(*choice);
    }
    return sum;
}

Error answerError(const QString &message, const QString &location)
{
    return Error{message, QStringLiteral("answers"), location};
}

Status validateImpact(const Instrument &instrument, const ImpactAnswers &answers)
{
    if (!instrument.impact)
        return answerError(ScoringText::tr("The instrument %1 has no impact supplement.").arg(instrument.id), {});
    const ImpactSupplement &impact = *instrument.impact;
    const int lastQuestionChoice = int(impact.questionChoices.size()) - 1;
    if (answers.difficulties && (*answers.difficulties < 0 || *answers.difficulties > lastQuestionChoice))
        return answerError(ScoringText::tr("The answer to the impact question about difficulties is %1; answers go "
                                           "from 0 to %2.")
                                   .arg(*answers.difficulties)
                                   .arg(lastQuestionChoice),
                           QStringLiteral("impact"));
    if (!answers.items.isEmpty() && answers.items.size() != impact.itemKeys.size())
        return answerError(ScoringText::tr("The impact supplement of %1 has %n item(s), but %2 answers were given.",
                                           nullptr, int(impact.itemKeys.size()))
                                   .arg(instrument.id)
                                   .arg(answers.items.size()),
                           QStringLiteral("impact"));
    const int lastItemChoice = int(impact.itemChoices.size()) - 1;
    for (qsizetype i = 0; i < answers.items.size(); ++i)
        if (const auto &choice = answers.items.at(i); choice && (*choice < 0 || *choice > lastItemChoice))
            return answerError(ScoringText::tr("The answer to impact item %1 is %2; answers go from 0 to %3.")
                                       .arg(i + 1)
                                       .arg(*choice)
                                       .arg(lastItemChoice),
                               QStringLiteral("impact %1").arg(i + 1));
    return {};
}

}  // namespace

Status validateAnswers(const Instrument &instrument, const ScreeningAnswers &answers)
{
    if (answers.items.size() != instrument.items.size())
        return answerError(ScoringText::tr("The instrument %1 has %n item(s), but %2 answers were given.", nullptr,
                                           int(instrument.items.size()))
                                   .arg(instrument.id)
                                   .arg(answers.items.size()),
                           {});
    for (qsizetype i = 0; i < answers.items.size(); ++i) {
        const Item &item = instrument.items.at(i);
        if (const auto &answer = answers.items.at(i); answer && (*answer < item.scale.min || *answer > item.scale.max))
            return answerError(ScoringText::tr("The answer to item %1 is %2; answers go from %3 to %4.")
                                       .arg(item.number)
                                       .arg(*answer)
                                       .arg(item.scale.min)
                                       .arg(item.scale.max),
                               ScoringText::tr("item %1").arg(item.number));
    }
    if (answers.impact)
        return validateImpact(instrument, *answers.impact);
    return {};
}

Status validateBandSet(const Instrument &instrument, const QString &bandSet)
{
    if (bandSet.isEmpty() || instrument.bandSet(bandSet))
        return {};
    return Error{ScoringText::tr("The instrument %1 has no band set \"%2\"; it has: %3.")
                         .arg(instrument.id, bandSet, instrument.bandSetNames().join(QStringLiteral(", "))),
                 QStringLiteral("bandSet"),
                 {}};
}

ScreeningScores score(const Instrument &instrument, const ScreeningAnswers &answers, const QString &bandSet)
{
    ScreeningScores result;
    result.bandSet = bandSet.isEmpty() ? instrument.defaultBandSet : bandSet;
    for (qsizetype i = 0; i < instrument.items.size(); ++i)
        if (!itemValue(instrument, answers, instrument.items.at(i).number))
            result.missingItems << instrument.items.at(i).number;

    QList<std::pair<QString, std::optional<int>>> ordered;
    for (const Subscale &subscale : instrument.subscales)
        ordered.append({subscale.key, subscaleScore(instrument, answers, subscale)});
    for (const DerivedScore &derived : instrument.derivedScores) {
        std::optional<int> sum = 0;
        for (const QString &part : derived.subscaleKeys) {
            const auto it
                    = std::find_if(ordered.cbegin(), ordered.cend(), [&](const auto &p) { return p.first == part; });
            if (it == ordered.cend() || !it->second) {
                sum.reset();
                break;
            }
            *sum += *it->second;
        }
        ordered.append({derived.key, sum});
    }
    if (instrument.impact)
        ordered.append({instrument.impact->key, impactScore(*instrument.impact, answers.impact)});

    const BandSet *set = instrument.bandSet(result.bandSet);
    for (const auto &[key, value] : ordered) {
        result.scores.insert(key, value);
        result.bands.insert(key, value && set ? set->codeFor(key, *value) : std::nullopt);
        if (!value)
            result.notScored << key;
    }
    return result;
}

}  // namespace care
