// Scoring benchmark: scores 100k random SDQ results and prints the time.
//
//   care_bench_score [--results 100000] [--runs 5] [--missing 5]
//
// The results are made once with a fixed seed: the three 4–17 forms in
// turn, answers 0–2 with --missing percent of them left out (so some
// subscales are prorated and some not scored), and an impact supplement on
// every second result. Each run validates and scores them all with the
// default (Thai) band set; the figure is the median of the runs.
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace care;

namespace {

struct Sample {
    const Instrument *instrument = nullptr;
    ScreeningAnswers answers;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

QList<Sample> makeSamples(const QList<const Instrument *> &forms, int count, int missingPercent)
{
    std::mt19937 random(20250602);
    std::uniform_int_distribution<int> answer(0, 2);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> impactChoice(0, 3);
    QList<Sample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        Sample sample;
        sample.instrument = forms.at(i % forms.size());
        for (qsizetype item = 0; item < sample.instrument->items.size(); ++item)
            sample.answers.items << (percent(random) < missingPercent ? std::nullopt
                                                                      : std::optional<int>(answer(random)));
        if (i % 2 == 0 && sample.instrument->impact) {
            ImpactAnswers impact{impactChoice(random), {}};
            if (*impact.difficulties != 0)
                for (qsizetype item = 0; item < sample.instrument->impact->itemKeys.size(); ++item)
                    impact.items << impactChoice(random);
            sample.answers.impact = impact;
        }
        samples << sample;
    }
    return samples;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption resultsOption(QStringLiteral("results"), QStringLiteral("Results to score per run."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs to time."), QStringLiteral("n"),
                                  QStringLiteral("5"));
    QCommandLineOption missingOption(QStringLiteral("missing"), QStringLiteral("Percent of answers left out."),
                                     QStringLiteral("p"), QStringLiteral("5"));
    parser.addOptions({resultsOption, runsOption, missingOption});
    parser.process(app);
    const int count = std::max(1, parser.value(resultsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int missing = std::clamp(parser.value(missingOption).toInt(), 0, 100);

    const InstrumentRegistry &registry = InstrumentRegistry::shipped();
    QList<const Instrument *> forms;
    for (const char *id : {"sdq-parent-4-17", "sdq-teacher-4-17", "sdq-self-11-17"}) {
        const Instrument *form = registry.find(QString::fromLatin1(id));
        if (!form) {
            std::fprintf(stderr, "instrument %s is missing\n", id);
            return 1;
        }
        forms << form;
    }
    const QList<Sample> samples = makeSamples(forms, count, missing);

    QList<double> times;
    qint64 notScored = 0;
    qint64 problems = 0;
    for (int run = 0; run < runs; ++run) {
        notScored = 0;
        problems = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Sample &sample : samples) {
            if (!validateAnswers(*sample.instrument, sample.answers).ok())
                return 1;
            const ScreeningScores scores = score(*sample.instrument, sample.answers, {});
            notScored += scores.notScored.size();
            if (scores.bands.value(QStringLiteral("total_difficulties")) == QStringLiteral("problem"))
                ++problems;
        }
        times << timer.nsecsElapsed() / 1e6;
    }
    const double ms = median(times);
    std::printf("Scored %d SDQ results (%d%% answers missing), %d runs\n", count, missing, runs);
    std::printf("  median %.1f ms (min %.1f, max %.1f) = %.0f results/s, %.2f µs per result\n", ms,
                *std::min_element(times.cbegin(), times.cend()), *std::max_element(times.cbegin(), times.cend()),
                count / (ms / 1000.0), ms * 1000.0 / count);
    std::printf("  %lld scores not scored, %lld results with total difficulties in the problem band\n",
                static_cast<long long>(notScored), static_cast<long long>(problems));
    return 0;
}
