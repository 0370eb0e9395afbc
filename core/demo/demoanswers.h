#pragma once

#include "screening/instrument.h"
#include "screening/scoring.h"

#include <array>

namespace care::demo {

class DemoRandom;

// What lasts in a child behind every questionnaire about them: a general
// level of difficulties (about standard normal; higher = more) and how the
// difficulties spread over the four difficulty subscales.
struct ChildTraits {
    double level = 0;
    std::array<double, 4> spread{};  // emotional, conduct, hyperactivity, peer: relative weights
};

// The band of the total difficulties score a form is made to reach.
enum class TargetBand { Normal, AtRisk, Problem };

// Made-up answers to an SDQ-shaped questionnaire (any instrument with a
// "total_difficulties" score summing difficulty subscales, a further
// subscale such as prosocial, and optionally an impact supplement).
//
// A form's difficulty (the child's level plus that year's drift, higher for
// children who miss school or fail subjects) picks the band of the total
// among the instrument's own cut-offs: above kAtRiskDifficulty at risk,
// above kProblemDifficulty problem, about 12% and 6% of all forms (a
// normal total is mostly well below the cut-off, so that few children
// are flagged on a subscale alone). Then a
// total inside that band is spread item by item over the subscales by the
// child's weights, reversed items turned round, so the real scoring gives
// that total back (unless an answer is missing: about 4% of forms lack one
// or two, which prorating fills in). The band's numbers come from the
// instrument's default band set, so corrected cut-offs move the answers too.
class AnswerMaker {
public:
    static constexpr double kAtRiskDifficulty = 1.15;
    static constexpr double kProblemDifficulty = 1.85;

    explicit AnswerMaker(DemoRandom &random) : m_random(random) {}

    ChildTraits traits();
    static TargetBand bandFor(double difficulty);
    ScreeningAnswers answers(const Instrument &instrument, const ChildTraits &traits, double difficulty);

private:
    struct Totals {
        int normalMax = 15;  // highest normal total
        int problemMin = 18;  // lowest problem total
        int max = 40;
    };
    static Totals totalsOf(const Instrument &instrument);
    int total(const Totals &totals, double difficulty);
    // Adds `points` to the items of these subscales (weights per subscale), each item up to its scale's top.
    void spread(const Instrument &instrument, const QList<const Subscale *> &subscales, const QList<double> &weights,
                int points, QList<int> &scored);
    std::optional<ImpactAnswers> impact(const Instrument &instrument, int total, const Totals &totals);

    DemoRandom &m_random;
};

} // namespace care::demo
