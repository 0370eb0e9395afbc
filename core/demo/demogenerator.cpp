#include "demo/demogenerator.h"

#include "demo/batchqueue.h"
#include "demo/demoaccounts.h"
#include "demo/democalendar.h"
#include "demo/demoindicatorsetup.h"
#include "demo/demopeople.h"
#include "demo/demoplan.h"
#include "demo/demorandom.h"
#include "demo/demorisk.h"
#include "demo/demostructure.h"
#include "demo/demostudents.h"
#include "demo/demowords.h"
#include "storage/bulkinsert.h"
#include "storage/bulksession.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/writescope.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <thread>

namespace care::demo {

struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoText)
};

namespace {

constexpr int kMaxStudents = 1'000'000;
constexpr int kBatchStudents = 2500;  // one transaction (and one audit event) per batch

// Independent random streams, so a change in one part leaves the others alone.
enum Stream : std::uint64_t {
    PlanStream = 1,
    PeopleStream = 2,
    LogIdStream = 3,
    AccountIdStream = 4,
    IndicatorStream = 5,    // screening answers, incidents, daily absences
    IndicatorIdStream = 6,  // their record ids
};
constexpr int kNurseReferrals = 10;

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
Status writeBatch(Database &db, BulkSession &session, const Actor &actor, const Clock &clock, IdGenerator &ids,
                  QList<BulkRow> rows, const QString &summary)
{
    WriteScope scope(db, actor, clock, &ids);
    if (!scope.isActive())
        return scope.error();
    BulkInsert insert(scope, &session, int(rows.size()) + 1);  // one flush: long statements
    // A student may join a household made earlier in the same batch.
    insert.setTableOrder({QStringLiteral("household"), QStringLiteral("guardian"), QStringLiteral("student")});
    for (BulkRow &row : rows)
        if (auto s = insert.add(std::move(row)); !s)
            return s;
    if (auto s = insert.flush(); !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("demo"), {}, {}, summary); !s)
        return s;
    return scope.commit();
}

// What every writing step shares.
struct Writing {
    Database &db;
    FixedClock &clock;
    IdGenerator &logIds;  // change-log and audit ids
    Actor actor;
};

// Municipality, schools, years, terms and classrooms: one transaction.
Result<DemoStructure> writeSchools(Writing &w, IdGenerator &recordIds, const DemoWords &words,
                                   const DemoCalendar &calendar, const DemoPlan &plan, PersonFactory &people)
{
    WriteScope scope(w.db, w.actor, w.clock, &w.logIds);
    if (!scope.isActive())
        return scope.error();
    auto structure = writeStructure(scope, recordIds, words, calendar, plan, people);
    if (!structure)
        return structure.error();
    const QString summary = DemoText::tr("Demo municipality: %1 schools, %2 classrooms")
                                .arg(structure->schoolIds.size())
                                .arg(structure->classrooms);
    if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("demo"), structure->municipalityId, {}, summary);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return structure;
}

// The students in batches. Rows are made on a second thread while this one
// writes them: making takes about half as long as writing, so the two
// overlap well on a machine with two cores.
Status writeStudents(Writing &w, const DemoPlan &plan, const DemoCalendar &calendar, StudentWriter &writer,
                     const DemoProgress &progress)
{
    const int total = int(plan.students.size());
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
    });
    Status status;
    {
        BulkSession session(w.db);  // ends (and syncs again) before the indexes are rebuilt
        for (int first = 0; first < total && status; first += kBatchStudents) {
            if (progress && !progress(first, total)) {
                status = cancelled();
                break;
            }
            auto rows = queue.pop();
            if (!rows)
                break;
            w.clock.advanceSecs(1);  // keeps each batch's change-log clock distinct
            const int end = std::min(total, first + kBatchStudents);
            status = writeBatch(w.db, session, w.actor, w.clock, w.logIds, std::move(*rows),
                                DemoText::tr("Demo students %1–%2 of %3").arg(first + 1).arg(end).arg(total));
        }
    }
    queue.close();  // lets the maker stop early when this side gave up
    maker.join();
    return status;
}

// When the demo's risk levels were computed: at the end of last year, at
// the end of this year's first term and now (16:00 in Thailand on the days
// the terms ended), so every student has a timeline.
QList<QDateTime> riskMoments(const DemoCalendar &calendar, const Clock &clock)
{
    const auto endOf = [](const DemoTerm &term) { return QDateTime(term.endsOn, QTime(9, 0), Qt::UTC); };
    return {endOf(calendar.years[0].terms[1]), endOf(calendar.years[1].terms[0]), clock.nowUtc().addSecs(1)};
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
    const DemoPlan plan = planStudents(words->schools, options.students, planRandom);
    PersonFactory people(words.value(), random);
    Writing w{db, clock, logIds, Actor::system(QStringLiteral("demo"))};

    auto structure = writeSchools(w, recordIds, words.value(), calendar, plan, people);
    if (!structure)
        return structure.error();
    // The student-side indexes are built once at the end: far cheaper than
    // keeping them up to date row by row with keys in random order. (The
    // change log's index grows in order and costs little as it goes.)
    auto deferred = DeferredIndexes::setAside(db, {QStringLiteral("student"), QStringLiteral("student_guardian"),
                                                   QStringLiteral("enrollment"), QStringLiteral("screening_result"),
                                                   QStringLiteral("behaviour_incident"),
                                                   QStringLiteral("daily_absence")});
    if (!deferred)
        return deferred.error();
    // The accounts come before the households: set-up makes the key that seals them.
    SeededIdGenerator accountIds(mixSeed(options.seed, AccountIdStream), calendar.nowUtc);
    auto accounts = createDemoAccounts(db, clock, accountIds, words.value(), structure.value(), options.passwordCost);
    if (!accounts)
        return accounts.error();
    DemoRandom indicatorRandom(mixSeed(options.seed, IndicatorStream));
    SeededIdGenerator indicatorIds(mixSeed(options.seed, IndicatorIdStream), calendar.nowUtc);
    const IndicatorSetup indicators{calendar,        structure.value(), accounts->staff, indicatorRandom,
                                    indicatorIds,    db.fieldCipher(),  options.seed};
    StudentWriter writer(words.value(), calendar, structure.value(), people, random, recordIds, db.fieldCipher(),
                         indicators);
    writer.collectReferrals(accounts->schoolIndex, kNurseReferrals);
    if (auto s = writeStudents(w, plan, calendar, writer, progress); !s)
        return s.error();
    if (auto s = deferred->restore(db); !s)
        return s.error();
    if (auto s = writeNurseReferrals(db, clock, accountIds, accounts->administrator, accounts->nurseUserId,
                                     writer.referrals());
        !s)
        return s.error();
    auto risk = writeRiskHistory(db, riskMoments(calendar, clock), options.seed);
    if (!risk)
        return risk.error();
    if (progress && !progress(int(plan.students.size()), int(plan.students.size())))
        return cancelled();

    DemoSummary summary = writer.counts();
    summary.riskAssessments = risk->assessments;
    summary.studentsAtRisk = risk->atRisk;
    summary.studentsWithProblem = risk->problem;
    summary.schools = int(structure->schoolIds.size());
    summary.classrooms = structure->classrooms;
    const QString used = QStringLiteral("students=%1 seed=%2 year=%3").arg(options.students).arg(options.seed).arg(yearBe);
    if (auto s = db.setSetting(QStringLiteral("demo_options"), used); !s)
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
        db.value()->setFieldCipher(nullptr);  // the demo ends locked
    }  // the database closes here, before its files may be removed
    if (!result) {
        removeDatabaseFiles(path);
        return result.error();
    }
    result->elapsedMs = timer.elapsed();
    return result;
}

} // namespace care::demo
