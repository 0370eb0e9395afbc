// Search-as-you-type benchmark of the student list.
//
//   care_bench_search [--sizes 1000,10000,100000] [--runs 7] [--data DIR]
//
// For each size a deterministic demo municipality (seed 1) is generated once
// into DIR (default $XDG_CACHE_HOME/care-bench, else ~/.cache/care-bench) as
// demo-N-seed1.care and reused. Queries are taken from the data: 1, 2, 3 and
// 5 leading characters of a Thai first name, a surname substring, a fragment
// of a national ID. Each query is timed as the user feels it, from
// StudentListModel::setFilter() to its return (count + first page loaded),
// median of the runs; then the same two statements (count and first page)
// are timed by the sqlite3 shell's .timer on the same file (process start and
// file open not counted), and the CPU-time ratio model/shell printed.
#include "demo/demogenerator.h"
#include "mainwindow/studentlistmodel.h"
#include "storage/database.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace care;

namespace {

struct Query {
    QString label;
    QString text;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

struct Timing {
    double wallMs = 0.0;
    double cpuMs = 0.0;  // user + system time of the thread that ran the query
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString dataFolder(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/care-bench");
}

bool ensureDemo(const QString &path, int students)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("Generating %d students into %s ...\n", students, qPrintable(path));
    std::fflush(stdout);
    demo::DemoOptions options;
    options.students = students;
    options.seed = 1;
    options.currentYearBe = 2568;
    auto summary = demo::generate(path, options);
    if (!summary) {
        std::fprintf(stderr, "Demo generation failed: %s\n", qPrintable(summary.error().describe()));
        return false;
    }
    std::printf("  done in %.1f s\n", double(summary->elapsedMs) / 1000.0);
    return true;
}

// Realistic queries taken from students spread over the file.
QList<Query> queriesFrom(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT first_name_th, last_name_th, citizen_id FROM student "
                          "WHERE id_kind = 'national_id' AND length(first_name_th) >= 5 "
                          "AND length(last_name_th) >= 6 ORDER BY local_rowid"));
    QList<QStringList> people;
    while (q.next())
        people << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    if (people.isEmpty())
        return {};
    const QStringList &a = people.at(people.size() / 3);
    const QStringList &b = people.at(people.size() * 2 / 3);
    const QStringList &c = people.at(people.size() - 1);
    return {
        {QStringLiteral("(no text)"), QString()},
        {QStringLiteral("1 char"), a.at(0).left(1)},
        {QStringLiteral("2 chars"), a.at(0).left(2)},
        {QStringLiteral("3 chars"), a.at(0).left(3)},
        {QStringLiteral("5 chars"), a.at(0).left(5)},
        {QStringLiteral("first name"), b.at(0)},
        {QStringLiteral("surname middle"), c.at(1).mid(1, 4)},
        {QStringLiteral("ID fragment"), a.at(2).mid(4, 6)},
        {QStringLiteral("ID with dashes"), QStringLiteral("%1-%2").arg(b.at(2).left(1), b.at(2).mid(1, 4))},
    };
}

Timing timeModel(ui::StudentListModel &model, const StudentQuery &filter, int runs, int *rowCount)
{
    model.setFilter(filter);  // warm-up: statement cache, SQLite pages
    QList<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        model.setFilter(filter);
        walls << double(timer.nsecsElapsed()) / 1e6;
        cpus << threadCpuMs() - cpuStart;
    }
    *rowCount = model.rowCount();
    return {median(walls), median(cpus)};
}

QString sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

// Replaces each "?" with its value (the statements hold no "?" in literals).
QString inlineValues(const QString &sql, const QVariantList &values)
{
    QString out;
    int next = 0;
    for (QChar ch : sql) {
        if (ch == QLatin1Char('?') && next < values.size())
            out += sqlLiteral(values.at(next++));
        else
            out += ch;
    }
    return out;
}

// Runs count + page `repeats` times in one sqlite3 process with ".timer on"
// and reads the shell's own per-statement figures, so process start and
// file open are not counted. The first repetition warms the cache and is
// dropped. "real" has 1 ms resolution, user + sys microseconds: the median
// of both is returned.
Timing timeShell(const QString &path, const QString &countStatement, const QString &pageStatement, int repeats)
{
    QString script = QStringLiteral(".output /dev/null\nPRAGMA cache_size = -32000;\nPRAGMA temp_store = MEMORY;\n"
                                    ".timer on\n");
    for (int i = 0; i <= repeats; ++i)
        script += countStatement + QStringLiteral(";\n") + pageStatement + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    if (shell.exitCode() != 0)
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());

    static const QRegularExpression line(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    QList<Timing> statements;
    auto it = line.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        statements << Timing{m.captured(1).toDouble() * 1e3,
                             (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1e3};
    }
    // Two statements per repetition after the two PRAGMAs' timer lines, if any.
    QList<double> walls, cpus;
    const qsizetype first = statements.size() - 2 * (repeats + 1) + 2;  // skip the warm-up pair
    for (qsizetype i = std::max<qsizetype>(first, 0); i + 1 < statements.size(); i += 2) {
        walls << statements.at(i).wallMs + statements.at(i + 1).wallMs;
        cpus << statements.at(i).cpuMs + statements.at(i + 1).cpuMs;
    }
    return {median(walls), median(cpus)};
}

// The sqlite3 shell reads only unencrypted files: Care's are encrypted
// (bench_encryption measures that cost), so the shell column is for a
// shell whose SQLite can open them, which Debian's cannot.
bool shellAvailable()
{
    QProcess probe;
    probe.start(QStringLiteral("sqlite3"), {QStringLiteral("-version")});
    return qEnvironmentVariableIsSet("CARE_BENCH_SHELL") && probe.waitForFinished(5000) && probe.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times search-as-you-type in the student list."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated student counts."), QStringLiteral("list"),
                      QStringLiteral("1000,10000,100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per query."), QStringLiteral("n"),
                      QStringLiteral("7")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for the demo files."), QStringLiteral("dir")});
    parser.process(app);
    const int runs = std::max(5, parser.value(QStringLiteral("runs")).toInt());
    const QString folder = dataFolder(parser.value(QStringLiteral("data")));
    QDir().mkpath(folder);
    const bool withShell = shellAvailable();
    if (!withShell)
        std::printf("The database is encrypted and the sqlite3 shell cannot read it: shell column skipped\n"
                    "(bench_encryption compares the same work on the encrypted file and a decrypted copy).\n");

    std::printf("Model: StudentListModel::setFilter() wall and thread-CPU time, median of %d runs.\n"
                "Shell: the same count and first-page statements in sqlite3 (.timer: real has 1 ms\n"
                "resolution, so the ratio uses CPU = user + sys), median of %d repetitions.\n\n",
                runs, runs);
    std::printf("%-8s %-15s %8s %9s %9s %9s %9s %6s  %s\n", "students", "query", "matches", "model", "model",
                "shell", "shell", "ratio", "text");
    std::printf("%-8s %-15s %8s %9s %9s %9s %9s %6s\n", "", "", "", "wall ms", "cpu ms", "real ms", "cpu ms",
                "cpu");
    bool allWithinTarget = true;
    for (const QString &sizeText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int students = sizeText.trimmed().toInt();
        const QString path = QStringLiteral("%1/demo-%2-seed1.care").arg(folder).arg(students);
        if (students <= 0 || !ensureDemo(path, students))
            return 1;
        auto opened = Database::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().describe()));
            return 1;
        }
        Database &db = *opened.value();
        auto year = SchoolRepository(db).currentAcademicYear();
        const QString yearId = year && year.value() ? year.value()->id : QString();
        // Every student: the benchmark measures the list's queries, not a user's scope.
        StudentSearch search(db);
        ui::StudentListSource source;
        source.count = [&search](const StudentQuery &q) {
            return search.count(StudentFilter(StudentListScope::everyone(), q));
        };
        source.page = [&search](const StudentQuery &q, StudentSort sort, bool ascending, int offset, int limit,
                                int expected) {
            return search.page(StudentFilter(StudentListScope::everyone(), q), sort, ascending, offset, limit, expected);
        };
        ui::StudentListModel model(source);

        for (const Query &query : queriesFrom(db)) {
            StudentFilter filter(StudentListScope::everyone());
            filter.text = query.text;
            filter.academicYearId = yearId;
            int matches = 0;
            const Timing inModel = timeModel(model, filter, runs, &matches);
            Timing inShell;
            if (withShell) {
                QVariantList values;
                const QString page = search.pageSql(filter, StudentSort::Name, true, 0,
                                                    ui::StudentListModel::kPageSize, &values);
                QVariantList countValues;
                const QString count = search.countSql(filter, &countValues);
                inShell = timeShell(path, inlineValues(count, countValues), inlineValues(page, values), runs);
            }
            // Below 0.5 ms CPU the shell figure is mostly timer noise: compare against 0.5 ms.
            const double ratio = inModel.cpuMs / std::max(inShell.cpuMs, 0.5);
            const bool withinTarget = inModel.wallMs < 16.0 && (!withShell || ratio <= 2.0);
            allWithinTarget = allWithinTarget && (students < 100'000 || withinTarget);
            std::printf("%-8d %-15s %8d %9.2f %9.2f %9.1f %9.2f %6s  %s%s\n", students, qPrintable(query.label),
                        matches, inModel.wallMs, inModel.cpuMs, inShell.wallMs, inShell.cpuMs,
                        withShell ? qPrintable(QString::number(ratio, 'f', 2)) : "-",
                        qPrintable(QLatin1Char('"') + query.text + QLatin1Char('"')),
                        withinTarget ? "" : "  <- over target");
            std::fflush(stdout);
        }
    }
    std::printf("\nTarget at 100k: model wall median < 16 ms and model CPU <= 2x shell CPU. %s\n",
                allWithinTarget ? "Met." : "NOT met.");
    return 0;
}
