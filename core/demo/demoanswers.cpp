#include "demo/demoanswers.h"

#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace care::demo {
namespace {

const QString kTotal = QStringLiteral("total_difficulties");

// How a typical child's difficulties divide among the subscales: teachers
// see hyperactivity most; children report more emotional and conduct
// difficulties and fewer peer problems (the Thai self-report bands are
// strict on peers and lenient on emotions).
double baseWeight(Respondent respondent, const QString &subscale)
{
    const bool self = respondent == Respondent::Self;
    if (subscale == QLatin1String("emotional"))
        return self ? 0.32 : 0.21;
    if (subscale == QLatin1String("conduct"))
        return self ? 0.26 : 0.17;
    if (subscale == QLatin1String("hyperactivity"))
        return self ? 0.28 : 0.35;
    return self ? 0.14 : 0.27;
}

int traitIndex(const QString &subscale)
{
    static const QStringList order{QStringLiteral("emotional"), QStringLiteral("conduct"),
                                   QStringLiteral("hyperactivity"), QStringLiteral("peer")};
    return std::max(0, int(order.indexOf(subscale)));
}

int itemRoom(const Item &item)
{
    return item.scale.max - item.scale.min;
}

} // namespace

ChildTraits AnswerMaker::traits()
{
    ChildTraits t;
    t.level = m_random.normal();
    for (double &weight : t.spread)
        weight = m_random.uniform(0.8, 1.2);
    return t;
}

TargetBand AnswerMaker::bandFor(double difficulty)
{
    if (difficulty >= kProblemDifficulty)
        return TargetBand::Problem;
    return difficulty >= kAtRiskDifficulty ? TargetBand::AtRisk : TargetBand::Normal;
}

AnswerMaker::Totals AnswerMaker::totalsOf(const Instrument &instrument)
{
    Totals totals;
    if (const auto range = instrument.range(kTotal))
        totals.max = range->max;
    const BandSet *set = instrument.bandSet(instrument.defaultBandSet);
    if (const QList<Band> *bands = set ? set->bands(kTotal) : nullptr)
        for (const Band &band : *bands) {
            if (band.code == QLatin1String("normal"))
                totals.normalMax = band.max;
            else if (band.code == QLatin1String("problem"))
                totals.problemMin = band.min;
        }
    totals.problemMin = std::clamp(totals.problemMin, totals.normalMax + 1, totals.max);
    return totals;
}

int AnswerMaker::total(const Totals &totals, double difficulty)
{
    switch (bandFor(difficulty)) {
    case TargetBand::Normal: {
        const double mean = totals.normalMax * (0.33 + 0.2 * difficulty);
        return std::clamp(int(std::lround(mean + 1.6 * m_random.normal())), 0, totals.normalMax);
    }
    case TargetBand::AtRisk:
        return m_random.between(totals.normalMax + 1, totals.problemMin - 1);
    case TargetBand::Problem: {
        // A tail that thins out quickly; the more difficulties, the longer.
        const double more = std::min(0.85, 0.6 + 0.1 * (difficulty - kProblemDifficulty));
        int total = totals.problemMin;
        while (total < totals.max && total < totals.problemMin + 14 && m_random.chance(more))
            ++total;
        return total;
    }
    }
    return 0;
}

void AnswerMaker::spread(const Instrument &instrument, const QList<const Subscale *> &subscales,
                         const QList<double> &weights, int points, QList<int> &scored)
{
    QList<QList<int>> open;  // per subscale: indexes of items with room left
    QList<double> live = weights;
    for (qsizetype s = 0; s < subscales.size(); ++s) {
        QList<int> items;
        for (int number : subscales.at(s)->itemNumbers)
            for (int i = 0; i < instrument.items.size(); ++i)
                if (instrument.items.at(i).number == number && scored.at(i) < itemRoom(instrument.items.at(i)))
                    items << i;
        if (items.isEmpty())
            live[s] = 0;
        open << items;
    }
    for (int p = 0; p < points; ++p) {
        if (std::none_of(live.begin(), live.end(), [](double w) { return w > 0; }))
            return;
        const int s = m_random.weighted(live);
        QList<int> &items = open[s];
        const int k = m_random.below(int(items.size()));
        const int i = items.at(k);
        if (++scored[i] >= itemRoom(instrument.items.at(i))) {
            items.removeAt(k);
            if (items.isEmpty())
                live[s] = 0;
        }
    }
}

std::optional<ImpactAnswers> AnswerMaker::impact(const Instrument &instrument, int total, const Totals &totals)
{
    if (!instrument.impact || m_random.chance(0.08))  // some forms come back without the supplement
        return std::nullopt;
    const ImpactSupplement &supplement = *instrument.impact;
    static const QList<double> problem{10, 30, 45, 15};
    static const QList<double> atRisk{35, 45, 17, 3};
    static const QList<double> higher{75, 22, 3, 0};
    static const QList<double> low{95, 5, 0, 0};
    const QList<double> &weights = total >= totals.problemMin ? problem
                                 : total > totals.normalMax   ? atRisk
                                 : total >= 10                ? higher
                                                              : low;
    ImpactAnswers answers;
    const int lastChoice = int(supplement.questionChoices.size()) - 1;
    const int difficulties = std::min(m_random.weighted(weights), lastChoice);
    answers.difficulties = difficulties;
    if (difficulties == supplement.noneChoice)
        return answers;
    static const QList<QList<double>> itemWeights{{50, 40, 10, 0}, {20, 40, 30, 10}, {5, 25, 40, 30}};
    const QList<double> &choices = itemWeights.at(std::clamp(difficulties - 1, 0, 2));
    const int lastItemChoice = int(supplement.itemChoices.size()) - 1;
    for (qsizetype i = 0; i < supplement.itemKeys.size(); ++i)
        answers.items << std::min(m_random.weighted(choices), lastItemChoice);
    return answers;
}

ScreeningAnswers AnswerMaker::answers(const Instrument &instrument, const ChildTraits &traits, double difficulty)
{
    const Totals totals = totalsOf(instrument);
    QStringList difficultyKeys;
    for (const DerivedScore &derived : instrument.derivedScores)
        if (derived.key == kTotal)
            difficultyKeys = derived.subscaleKeys;
    QList<const Subscale *> difficulties;
    QList<double> weights;
    QList<const Subscale *> others;
    for (const Subscale &subscale : instrument.subscales) {
        if (difficultyKeys.contains(subscale.key)) {
            difficulties << &subscale;
            weights << baseWeight(instrument.respondent, subscale.key) * traits.spread.at(traitIndex(subscale.key));
        } else {
            others << &subscale;
        }
    }
    QList<int> scored(instrument.items.size(), 0);  // points per item, before turning reversed items round
    const int points = total(totals, difficulty);
    spread(instrument, difficulties, weights, points, scored);
    for (const Subscale *other : others) {  // prosocial: high is good
        const int room = int(other->itemNumbers.size()) * 2;
        const double mean = room * (0.72 - 0.11 * difficulty);
        const int strengths = std::clamp(int(std::lround(mean + 1.5 * m_random.normal())), 0, room);
        spread(instrument, {other}, {1.0}, strengths, scored);
    }
    ScreeningAnswers out;
    for (int i = 0; i < instrument.items.size(); ++i) {
        const Item &item = instrument.items.at(i);
        out.items << (instrument.isReversed(item.number) ? item.scale.max - scored.at(i) : item.scale.min + scored.at(i));
    }
    const double u = m_random.unit();
    const int missing = u < 0.03 ? 1 : u < 0.04 ? 2 : 0;
    for (int m = 0; m < missing; ++m)
        out.items[m_random.below(int(out.items.size()))] = std::nullopt;
    out.impact = impact(instrument, points, totals);
    return out;
}

} // namespace care::demo
