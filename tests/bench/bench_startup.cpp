// Startup benchmark of the desktop app on a large demo municipality.
//
//   care_bench_startup [--students N] [--runs R] [--data DIR]
//
// Generates the demo once (default 100,000 students) into DIR (default
// $CARE_BENCH_DATA or <temp>/care-bench) and reuses it. Each run is a fresh
// child process, so every start pays what a real start pays: it times
// QApplication creation -> main window shown -> first paint of the student
// list processed, then reads VmRSS with the list open. Prints the median of
// the runs, plus two list operations a user feels: jumping to the last row
// and a search-as-you-type query.
#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "demo/demogenerator.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/studentlistmodel.h"
#include "mainwindow/studentlistpanel.h"
#include "services/accountservice.h"
#include "util/clock.h"
#include "storage/studentsearch.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

using namespace care;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Fires once the first paint event of `target` has been handled.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget *target, std::function<void()> done) : m_done(std::move(done))
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            watched->removeEventFilter(this);
            // Queued: runs after the paint event itself has been processed.
            QMetaObject::invokeMethod(this, std::exchange(m_done, {}), Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

int runChild(int argc, char *argv[], const QString &dbPath)
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings untouched
    QApplication::setApplicationName(QStringLiteral("care-bench"));
    ui::installBundledThaiFont();
    ui::applyUiLanguage(Language::Thai, false);

    auto opened = Database::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), qPrintable(opened.error().describe()));
        return 1;
    }
    // Sign-in (Argon2id) is measured by bench_signin; here it happens before
    // the clock so that the figure is the window's own start-up.
    AccountService accounts(*opened.value(), Clock::system());
    auto session = accounts.signIn(QStringLiteral("counsellor"), QStringLiteral("demo"));
    if (!session) {
        std::fprintf(stderr, "cannot sign in as counsellor: %s\n", qPrintable(session.error().describe()));
        return 1;
    }
    clock.restart();
    ui::MainWindow window;
    window.resize(1400, 900);
    QTableView *table = window.studentList()->table();
    qint64 firstPaintMs = -1;
    FirstPaintWatcher watcher(table->viewport(), [&] {
        firstPaintMs = clock.elapsed();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    window.setDatabase(opened.value(), session.value());
    window.show();
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);  // never hang a benchmark run
    QApplication::exec();
    if (firstPaintMs < 0) {
        std::fprintf(stderr, "the student list was never painted\n");
        return 1;
    }
    const long rss = residentKb();

    ui::StudentListModel *model = window.studentList()->model();
    const int rows = model->totalCount();
    QElapsedTimer op;
    op.start();
    table->scrollToBottom();
    const QString last = model->studentId(model->totalCount() - 1);
    QApplication::processEvents();
    const qint64 jumpMs = op.elapsed();

    // A first name from the data, as a user would type it.
    StudentQuery filter = model->filter();
    auto sample = StudentSearch(*opened.value())
                          .page(StudentFilter(StudentListScope::everyone()), StudentSort::Name, true, rows / 2, 1);
    filter.text = sample && !sample->isEmpty() ? sample->first().firstNameTh : QStringLiteral("สม");
    op.restart();
    model->setFilter(filter);
    QApplication::processEvents();
    const qint64 searchMs = op.elapsed();

    std::printf("startup_ms=%lld rss_kb=%ld rows=%d jump_end_ms=%lld search_ms=%lld search_rows=%d last=%d\n",
                static_cast<long long>(firstPaintMs), rss, rows, static_cast<long long>(jumpMs),
                static_cast<long long>(searchMs), model->totalCount(), last.isEmpty() ? 0 : 1);
    return 0;
}

// Shared machines make timings noisy: print the load next to the figures.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("unknown");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int students = 100000;
    int runs = 5;
    QString dataDir = qEnvironmentVariable("CARE_BENCH_DATA", QDir::temp().filePath(QStringLiteral("care-bench")));
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--students"))
            students = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--data"))
            dataDir = args[i + 1];
    }
    QDir().mkpath(dataDir);
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("demo-%1-seed1.care").arg(students));
    if (!QFileInfo::exists(dbPath)) {
        std::printf("generating %d students into %s …\n", students, qPrintable(dbPath));
        std::fflush(stdout);
        demo::DemoOptions options;
        options.students = students;
        options.seed = 1;
        auto made = demo::generate(dbPath, options);
        if (!made) {
            std::fprintf(stderr, "demo generation failed: %s\n", qPrintable(made.error().describe()));
            return 1;
        }
        std::printf("generated in %.1f s\n", made->elapsedMs / 1000.0);
    }

    QList<double> startup, rss, jump, search;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dbPath});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed\n", run + 1);
            return 1;
        }
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        std::printf("run %d: %s\n", run + 1, qPrintable(line));
        QHash<QString, double> figures;
        for (const QString &pair : line.split(QLatin1Char(' ')))
            figures.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1).toDouble());
        startup << figures.value(QStringLiteral("startup_ms"));
        rss << figures.value(QStringLiteral("rss_kb")) / 1024.0;
        jump << figures.value(QStringLiteral("jump_end_ms"));
        search << figures.value(QStringLiteral("search_ms"));
    }
    std::printf("\nstartup on %d students, median of %d runs (platform %s):\n", students, runs,
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? "default" : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  cold start to first painted list  %8.0f ms\n", median(startup));
    std::printf("  resident memory with list open    %8.1f MiB\n", median(rss));
    std::printf("  jump to last row                  %8.0f ms\n", median(jump));
    std::printf("  search-as-you-type query          %8.0f ms\n", median(search));
    std::printf("(machine load average now: %s)\n", qPrintable(loadAverage()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && !std::strcmp(argv[1], "--child"))
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    return runParent(argc, argv);
}
