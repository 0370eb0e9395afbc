// Demo generator benchmark: times demo::generate() for 1,000, 10,000 and
// 100,000 students into a temporary folder and prints the median of 5 runs.
//
//   care_bench_demo [--sizes 1000,10000,100000] [--runs 5]
//
// When one run of a size takes longer than 40 s, that size gets 3 runs
// instead, and the output says so.
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace care;

namespace {

constexpr qint64 kSlowRunMs = 40'000;
constexpr int kRunsWhenSlow = 3;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// One run in a fresh folder; -1 if the generator failed (the error is printed).
qint64 timeOneRun(int students, int run)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return -1;
    demo::DemoOptions options;
    options.students = students;
    options.seed = 1;
    options.currentYearBe = 2569;
    QElapsedTimer timer;
    timer.start();
    auto result = demo::generate(dir.filePath(QStringLiteral("bench-%1.care").arg(run)), options);
    const qint64 ms = timer.elapsed();
    if (!result) {
        std::fprintf(stderr, "demo generation failed: %s\n", qPrintable(result.error().describe()));
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000};
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
        }
    }

    std::printf("demo generator: median of %d runs (ms)\n", runs);
    for (int students : sizes) {
        QList<qint64> times;
        int planned = runs;
        QString note;
        for (int run = 0; run < planned; ++run) {
            const qint64 ms = timeOneRun(students, run);
            if (ms < 0)
                return 1;
            times << ms;
            if (run == 0 && ms > kSlowRunMs && planned > kRunsWhenSlow) {
                planned = kRunsWhenSlow;
                note = QStringLiteral(" (%1 runs instead of %2: one run takes more than %3 s)")
                           .arg(kRunsWhenSlow)
                           .arg(runs)
                           .arg(kSlowRunMs / 1000);
            }
            std::fflush(stdout);
        }
        QStringList all;
        for (qint64 t : times)
            all << QString::number(t);
        std::printf("%7d students: median %6lld ms  [runs: %s]%s\n", students, static_cast<long long>(median(times)),
                    qPrintable(all.join(QStringLiteral(", "))), qPrintable(note));
        std::fflush(stdout);
    }
    return 0;
}
