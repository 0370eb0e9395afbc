// Risk recompute benchmark on a large demo municipality.
//
//   care_bench_risk [--students N] [--runs R] [--incremental K] [--data DIR]
//
// Generates the demo once (default 100,000 students) into DIR (default
// $CARE_BENCH_DATA or <temp>/care-bench) and works on a copy. When the demo has no screening results yet, the copy gets
// synthetic ones first (teacher SDQ for every student aged 4–17, self-report
// from 11, scored by the real scoring; minor and serious behaviour incidents
// for a few), so the figures include opening sealed summaries. Prints: a
// full recompute of the demo as made (its risk history already written), the
// median of R full recomputes with nothing changed, the read and judging
// parts of one full pass on one thread, a full recompute from empty risk tables (every
// flagged student written), and the median and 95th percentile of K
// single-student recomputes (recomputeIn inside a write, as after every
// input change). A full recompute judges on reader threads (one per core),
// so its processor time can exceed its wall time.
// Targets: full < 2 s, single student < 10 ms.
#include "demo/demogenerator.h"
#include "locale/dates.h"
#include "risk/riskengine.h"
#include "risk/riskevaluator.h"
#include "security/keyfile.h"
#include "risk/riskservice.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"
#include "services/accountservice.h"
#include "storage/bulkinsert.h"
#include "storage/bulksession.h"
#include "storage/screeningrepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

using namespace care;

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("unknown");
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(share * double(values.size()))));
}

// Processor time of this process in ms: on a shared machine the wall clock
// also counts other programs' turns.
double cpuMs() { return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC; }

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.describe()));
    return 1;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Pupil {
    QString id;
    int age = 0;
};

// Synthetic screening results and incidents in the current school year.
Status addSyntheticInputs(Database &db, const Clock &clock)
{
    const RiskPeriod period = RiskInputRepository(db.connection(), db.fieldCipher()).period(clock.today()).value();
    if (!period.term)
        return Error{QStringLiteral("the demo has no current term"), {}, {}};
    QList<Pupil> pupils;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, birth_date FROM student WHERE status = 'studying' ORDER BY id"));
    while (q.next())
        pupils.append(
                {q.value(0).toString(), ageOn(QDate::fromString(q.value(1).toString(), Qt::ISODate), clock.today())});
    const Instrument *teacher = InstrumentRegistry::shipped().find(QStringLiteral("sdq-teacher-4-17"));
    const Instrument *self = InstrumentRegistry::shipped().find(QStringLiteral("sdq-self-11-17"));
    if (!teacher || !self)
        return Error{QStringLiteral("the SDQ instruments are missing"), {}, {}};
    const FieldCipherPtr cipher = db.fieldCipher();
    std::mt19937 random(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDate screenedOn = std::min(period.termStart.addDays(20), clock.today());
    const qint64 termDays = std::max<qint64>(1, period.termStart.daysTo(std::min(period.termEnd, clock.today())));
    BulkSession session(db);
    for (qsizetype first = 0; first < pupils.size(); first += 5000) {
        WriteScope scope(db, Actor::system(QStringLiteral("bench")), clock);
        BulkInsert bulk(scope, &session);
        for (qsizetype i = first; i < std::min(pupils.size(), first + 5000); ++i) {
            const Pupil &pupil = pupils.at(i);
            // Most children have few difficulties; a minority many.
            const double propensity = std::pow(unit(random), 3.0) * 0.9;
            for (const Instrument *instrument : {teacher, self}) {
                if (pupil.age < instrument->minAgeYears || pupil.age > instrument->maxAgeYears)
                    continue;
                ScreeningAnswers answers;
                for (qsizetype item = 0; item < instrument->items.size(); ++item)
                    answers.items << (unit(random) < propensity ? (unit(random) < 0.5 ? 2 : 1) : 0);
                const ScreeningScores scored = score(*instrument, answers, instrument->defaultBandSet);
                TableRow row{QStringLiteral("screening_result"), scope.makeId(), {}};
                row.set(QStringLiteral("student_id"), pupil.id)
                        .set(QStringLiteral("instrument_id"), instrument->id)
                        .set(QStringLiteral("instrument_version"), instrument->version)
                        .set(QStringLiteral("respondent"), code(instrument->respondent))
                        .set(QStringLiteral("screened_on"), screenedOn.toString(Qt::ISODate))
                        .set(QStringLiteral("band_set"), scored.bandSet)
                        .set(QStringLiteral("content"),
                             cipher->sealText(QStringLiteral("{\"answers\":[]}"),
                                              ScreeningRepository::contentContext(row.id)))
                        .set(QStringLiteral("summary"),
                             cipher->sealText(formatScreeningSummary(ScreeningSummary{scored.scores, scored.bands}),
                                              ScreeningRepository::summaryContext(row.id)))
                        .set(QStringLiteral("entered_by"), QStringLiteral("bench"))
                        .set(QStringLiteral("created_at"), scope.now())
                        .set(QStringLiteral("updated_at"), scope.now());
                if (auto s = bulk.add(row); !s)
                    return s;
            }
            const double roll = unit(random);
            const int incidents = roll < 0.01 ? 1 : roll < 0.07 ? 1 + int(unit(random) * 3) : 0;
            for (int n = 0; n < incidents; ++n) {
                TableRow row{QStringLiteral("behaviour_incident"), scope.makeId(), {}};
                row.set(QStringLiteral("student_id"), pupil.id)
                        .set(QStringLiteral("occurred_on"),
                             period.termStart.addDays(qint64(unit(random) * double(termDays))).toString(Qt::ISODate))
                        .set(QStringLiteral("kind"),
                             roll < 0.01 ? QStringLiteral("violence") : QStringLiteral("disruption"))
                        .set(QStringLiteral("severity"),
                             roll < 0.01 ? QStringLiteral("serious") : QStringLiteral("minor"))
                        .set(QStringLiteral("note"), QStringLiteral(""))
                        .set(QStringLiteral("recorded_by"), QStringLiteral("bench"))
                        .set(QStringLiteral("created_at"), scope.now())
                        .set(QStringLiteral("updated_at"), scope.now());
                if (auto s = bulk.add(row); !s)
                    return s;
            }
        }
        if (auto s = bulk.flush(); !s)
            return s;
        if (auto s = scope.commit(); !s)
            return s;
    }
    return {};
}

// One read-only pass over everybody on this thread: the gathering (SQL and
// opening sealed values) and the judging, timed apart.
void timeParts(Database &db, const Clock &clock, double *gatherMs, double *judgeMs)
{
    const auto rules = RiskEngine::activeRules(db.connection()).value();
    RiskInputRepository inputs(db.connection(), db.fieldCipher());
    const RiskPeriod period = inputs.period(clock.today()).value();
    const QStringList ids = inputs.studentIds({}).value();
    QElapsedTimer timer;
    qint64 gatherNs = 0;
    qint64 judgeNs = 0;
    for (qsizetype first = 0; first < ids.size(); first += 2000) {
        const qsizetype last = std::min(ids.size(), first + 2000) - 1;
        timer.start();
        const auto batch = inputs.gather(ids.at(first), ids.at(last), {}, period, RiskEngine::needsOf(*rules)).value();
        gatherNs += timer.nsecsElapsed();
        timer.start();
        for (const RiskInputs &student : batch)
            (void)RiskEvaluator::judge(*rules, student);
        judgeNs += timer.nsecsElapsed();
    }
    *gatherMs = double(gatherNs) / 1e6;
    *judgeMs = double(judgeNs) / 1e6;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int students = 100000;
    int runs = 3;
    int incremental = 200;
    QString dataDir = qEnvironmentVariable("CARE_BENCH_DATA", QDir::temp().filePath(QStringLiteral("care-bench")));
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--students"))
            students = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--incremental"))
            incremental = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--data"))
            dataDir = args[i + 1];
    }
    QDir().mkpath(dataDir);
    // The schema version in the name: a cache from an older Care is not reused.
    const QString cached = QDir(dataDir).filePath(
            QStringLiteral("demo-%1-seed1-schema%2.care").arg(students).arg(Database::latestSchemaVersion()));
    if (!QFileInfo::exists(cached)) {
        std::printf("generating %d students into %s …\n", students, qPrintable(cached));
        std::fflush(stdout);
        demo::DemoOptions options;
        options.students = students;
        auto made = demo::generate(cached, options);
        if (!made)
            return fail(QStringLiteral("demo generation"), made.error());
    }
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("risk.care"));
    if (!QFile::copy(cached, path) || !QFile::copy(KeyFile::pathFor(cached), KeyFile::pathFor(path)))
        return fail(QStringLiteral("copy"), Error{cached, {}, {}});
    auto opened = Database::open(path);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    const Clock &clock = Clock::system();
    auto admin = AccountService(db, clock).signIn(QStringLiteral("admin"), QStringLiteral("demo"));
    if (!admin)
        return fail(QStringLiteral("sign in"), admin.error());
    if (scalar(db, QStringLiteral("SELECT count(*) FROM screening_result")) == 0) {
        QElapsedTimer made;
        made.start();
        if (auto s = addSyntheticInputs(db, clock); !s)
            return fail(QStringLiteral("synthetic inputs"), s.error());
        std::printf("added synthetic screening results and incidents in %.1f s\n", double(made.elapsed()) / 1000.0);
    }
    std::printf("students %lld, screening results %lld, incidents %lld, history rows before %lld\n",
                scalar(db, QStringLiteral("SELECT count(*) FROM student")),
                scalar(db, QStringLiteral("SELECT count(*) FROM screening_result")),
                scalar(db, QStringLiteral("SELECT count(*) FROM behaviour_incident")),
                scalar(db, QStringLiteral("SELECT count(*) FROM risk_assessment")));

    RiskService risk(db, clock);
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    auto first = risk.recomputeAll(admin.value());
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    const double firstCpu = cpuMs() - cpu;
    if (!first)
        return fail(QStringLiteral("recompute"), first.error());
    QList<double> steady;
    QList<double> steadyCpu;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        cpu = cpuMs();
        auto again = risk.recomputeAll(admin.value());
        steady << double(timer.nsecsElapsed()) / 1e6;
        steadyCpu << cpuMs() - cpu;
        if (!again)
            return fail(QStringLiteral("recompute"), again.error());
    }
    double gatherMs = 0;
    double judgeMs = 0;
    timeParts(db, clock, &gatherMs, &judgeMs);
    // From nothing: every flagged student's outcome written.
    QSqlQuery wipe(db.connection());
    if (!wipe.exec(QStringLiteral("DELETE FROM risk_current"))
        || !wipe.exec(QStringLiteral("DELETE FROM risk_assessment")))
        return fail(QStringLiteral("wipe"), Error{QStringLiteral("cannot empty the risk tables"), {}, {}});
    timer.start();
    cpu = cpuMs();
    auto cold = risk.recomputeAll(admin.value());
    const double coldMs = double(timer.nsecsElapsed()) / 1e6;
    const double coldCpu = cpuMs() - cpu;
    if (!cold)
        return fail(QStringLiteral("recompute"), cold.error());

    QStringList ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM student ORDER BY random() LIMIT %1").arg(incremental));
    while (q.next())
        ids << q.value(0).toString();
    QList<double> inside;
    QList<double> whole;
    for (const QString &id : ids) {
        QElapsedTimer all;
        all.start();
        WriteScope scope(db, Actor::system(QStringLiteral("bench")), clock);
        timer.start();
        const Status s = RiskService::recomputeIn(scope, id);
        inside << double(timer.nsecsElapsed()) / 1e6;
        if (!s)
            return fail(QStringLiteral("recomputeIn"), s.error());
        if (auto c = scope.commit(); !c)
            return fail(QStringLiteral("commit"), c.error());
        whole << double(all.nsecsElapsed()) / 1e6;
    }
    std::printf("\nrisk recompute on %d demo students (rules %s, %d cores); wall / processor ms:\n", first->students,
                qPrintable(first->ruleSetVersion), QThread::idealThreadCount());
    std::printf("  full recompute of the demo as made (%d changed)   %7.0f / %7.0f\n", first->changed, firstMs,
                firstCpu);
    std::printf("  full recompute, nothing changed (median of %d)     %7.0f / %7.0f\n", runs, percentile(steady, 0.5),
                percentile(steadyCpu, 0.5));
    std::printf("    one thread's pass: gather + open sealed (wall)  %7.0f\n", gatherMs);
    std::printf("    one thread's pass: judge (wall)                 %7.0f\n", judgeMs);
    std::printf("  full recompute from empty (%d written)         %7.0f / %7.0f\n", cold->changed, coldMs, coldCpu);
    std::printf("  one student, recomputeIn: median %.2f ms, p95 %.2f ms (%lld students)\n", percentile(inside, 0.5),
                percentile(inside, 0.95), static_cast<long long>(inside.size()));
    std::printf("  one student, whole write with commit: median %.2f ms\n", percentile(whole, 0.5));
    std::printf("  flagged now: %lld at risk, %lld problem (load average %s)\n",
                scalar(db, QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'at_risk'")),
                scalar(db, QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'problem'")),
                qPrintable(loadAverage()));
    return 0;
}
