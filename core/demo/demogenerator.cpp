#include "demo/demogenerator.h"

#include "demo/batchqueue.h"
#include "demo/democalendar.h"
#include "demo/demopeople.h"
#include "demo/demoplan.h"
#include "demo/demorandom.h"
#include "demo/demostructure.h"
#include "demo/demostudents.h"
#include "demo/demowords.h"
#include "storage/bulkinsert.h"
#include "storage/bulkstatements.h"
#include "storage/database.h"
#include "storage/writescope.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <thread>
#include <ctime>
#include <cstdio>
static double threadCpu(){ timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t); return t.tv_sec + t.tv_nsec/1e9; }

namespace care::demo {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoText)
};

namespace {

constexpr int kMaxStudents = 1'000'000;
constexpr int kBatchStudents = 2500;  // one transaction (and one audit event) per batch

// Independent random streams, so a change in one part leaves the others alone.
enum Stream : std::uint64_t { PlanStream = 1, PeopleStream = 2, LogIdStream = 3 };

Error cancelled()
{
    return Error{DemoText::tr("The demo was cancelled; no file was left behind."), {}, {}};
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status validate(const QString &path, const DemoOptions &options)
{
    if (options.students < 1 || options.students > kMaxStudents)
        return Error{DemoText::tr("The number of demo students must be between 1 and %L1.").arg(kMaxStudents),
                     QStringLiteral("students"), {}};
    if (options.currentYearBe != 0 && (options.currentYearBe < 2401 || options.currentYearBe > 2800))
        return Error{DemoText::tr("The academic year must be a Buddhist Era year such as 2569."),
                     QStringLiteral("currentYearBe"), {}};
    if (path.trimmed().isEmpty())
        return Error{DemoText::tr("No file was given for the demo database."), {}, {}};
    if (QFileInfo::exists(path))
        return Error{DemoText::tr("The file already exists; a demo is only written to a new file."), {},
                     QDir::toNativeSeparators(path)};
    return {};
}

// Writes one batch of prepared rows in its own transaction with one audit event.
Status writeBatch(Database &db, BulkStatements &statements, const Actor &actor, const Clock &clock, IdGenerator &ids,
                  QList<BulkRow> rows, const QString &summary)
{
    WriteScope scope(db, actor, clock, &ids);
    if (!scope.isActive())
        return scope.error();
    BulkInsert insert(scope, &statements, int(rows.size()) + 1);  // one flush: long statements
    // A student may join a household made earlier in the same batch.
    insert.setTableOrder({QStringLiteral("household"), QStringLiteral("guardian"), QStringLiteral("student")});
    for (BulkRow &row : rows)
        if (auto s = insert.add(std::move(row)); !s)
            return s;
    if (auto s = insert.flush(); !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("demo"), {}, {}, summary); !s)
        return s;
    static double commitTime = 0; double c0 = threadCpu();
    auto st = scope.commit();
    commitTime += threadCpu() - c0; std::fprintf(stderr, "commit total %.2f\n", commitTime);
    return st;
}

// The whole fill, on an open database; any failure leaves the caller to delete the file.
Result<DemoSummary> fill(Database &db, const DemoOptions &options, int yearBe, const DemoProgress &progress)
{
    auto words = DemoWords::load();
    if (!words)
        return words.error();
    const DemoCalendar calendar = DemoCalendar::forYear(yearBe);
    FixedClock clock(calendar.nowUtc);
    // Record ids and change-log/audit ids come from separate streams: the rows
    // are made on one thread while another writes (and logs) earlier ones.
    SeededIdGenerator recordIds(options.seed, calendar.nowUtc);
    SeededIdGenerator logIds(mixSeed(options.seed, LogIdStream), calendar.nowUtc);
    DemoRandom planRandom(mixSeed(options.seed, PlanStream));
    DemoRandom random(mixSeed(options.seed, PeopleStream));
    double p0 = threadCpu();
    const DemoPlan plan = planStudents(words->schools, options.students, planRandom);
    std::fprintf(stderr, "plan %.2f (since start %.2f)\n", threadCpu() - p0, threadCpu());
    PersonFactory people(words.value(), random);
    const Actor actor = Actor::system(QStringLiteral("demo"));
    const int total = int(plan.students.size());

    DemoStructure structure;
    {
        WriteScope scope(db, actor, clock, &logIds);
        if (!scope.isActive())
            return scope.error();
        auto written = writeStructure(scope, recordIds, words.value(), calendar, plan, people);
        if (!written)
            return written.error();
        structure = written.value();
        const QString summary = DemoText::tr("Demo municipality: %1 schools, %2 classrooms")
                                    .arg(structure.schoolIds.size())
                                    .arg(structure.classrooms);
        if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("demo"), structure.municipalityId, {},
                                 summary);
            !s)
            return s.error();
        if (auto s = scope.commit(); !s)
            return s.error();
    }

    std::fprintf(stderr, "structure done at %.2f\n", threadCpu());
    // Rows are made on a second thread while this one writes: the two halves
    // of the work take about as long, and the machine has two cores to spare.
    StudentWriter writer(words.value(), calendar, structure, people, random, recordIds);
    BatchQueue queue(2);
    std::thread maker([&] {
        for (int first = 0, batch = 1; first < total; first += kBatchStudents, ++batch) {
            const QDateTime stamp = calendar.nowUtc.addSecs(batch);  // the writer's clock for this batch
            QList<BulkRow> rows;
            for (int i = first; i < std::min(total, first + kBatchStudents); ++i)
                writer.write(rows, plan.students.at(i), stamp);
            if (!queue.push(std::move(rows)))
                return;
        }
        queue.close();
        std::fprintf(stderr, "maker cpu %.2f s\n", threadCpu());
    });
    BulkStatements statements(db);
    Status status;
    for (int first = 0; first < total && status; first += kBatchStudents) {
        if (progress && !progress(first, total)) {
            status = cancelled();
            break;
        }
        auto rows = queue.pop();
        if (!rows)
            break;
        clock.advanceSecs(1);  // keeps each batch's change-log clock distinct
        const int end = std::min(total, first + kBatchStudents);
        const double b0 = threadCpu();
        status = writeBatch(db, statements, actor, clock, logIds, std::move(*rows),
                            DemoText::tr("Demo students %1–%2 of %3").arg(first + 1).arg(end).arg(total));
        std::fprintf(stderr, "batch %d: %.2f s\n", first / kBatchStudents, threadCpu() - b0);
    }
    queue.close();
    std::fprintf(stderr, "writer cpu %.2f s\n", threadCpu());
    maker.join();
    if (!status)
        return status.error();
    if (progress && !progress(total, total))
        return cancelled();

    DemoSummary summary = writer.counts();
    summary.schools = int(structure.schoolIds.size());
    summary.classrooms = structure.classrooms;
    if (auto s = db.setSetting(QStringLiteral("demo_options"),
                               QStringLiteral("students=%1 seed=%2 year=%3").arg(options.students).arg(options.seed).arg(yearBe));
        !s)
        return s.error();
    return summary;
}

} // namespace

Result<DemoSummary> generate(const QString &path, const DemoOptions &options, const DemoProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = validate(path, options); !s)
        return s.error();
    const int yearBe = options.currentYearBe != 0 ? options.currentYearBe
                                                  : academicYearRunningOn(QDate::currentDate());
    Result<DemoSummary> result = Error{};
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db) {
            removeDatabaseFiles(path);  // the file did not exist before: whatever is there is ours
            return db.error();
        }
        result = fill(*db.value(), options, yearBe, progress);
    }  // the database closes here, before its files may be removed
    if (!result) {
        removeDatabaseFiles(path);
        return result.error();
    }
    result->elapsedMs = timer.elapsed();
    return result;
}

} // namespace care::demo
