// Audit-trail verification benchmark: builds a database with N audit events
// (default 1,000,000) in a temporary folder, then times AuditService::verify()
// over the whole hash chain and prints events/s, seconds and the peak resident
// memory of the verification (the high-water mark is reset after the build).
//
//   care_bench_audit_verify [--events 1000000] [--runs 1] [--db FILE]
//
// --db FILE keeps the database: built there when missing, reused otherwise.
#include "services/auditservice.h"
#include "storage/database.h"
#include "storage/writescope.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace care;

namespace {

constexpr qint64 kEventsPerWrite = 20'000;

// VmRSS or VmHWM of this process in KiB (-1 if unknown).
long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Lets VmHWM measure only what follows (Linux >= 4.0).
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Appends `events` audit events in writes of 20,000, each write by one of 50 users, with varied actions.
bool build(Database &db, qint64 events)
{
    const FixedClock clock(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
    SeededIdGenerator ids(1, clock.nowUtc());
    const QString actions[]
            = {QStringLiteral("view"), QStringLiteral("update"), QStringLiteral("create"), QStringLiteral("export")};
    const QString sections[] = {QStringLiteral("family"), QStringLiteral("identity"), QStringLiteral("screening")};
    qint64 written = 0;
    while (written < events) {
        const qint64 user = (written / kEventsPerWrite) % 50;
        const Actor actor{QStringLiteral("0197b6a0-0000-7000-8000-%1").arg(user, 12, 10, QLatin1Char('0')),
                          QStringLiteral("Bench user %1").arg(user)};
        WriteScope scope(db, actor, clock, &ids);
        if (!scope.isActive())
            return false;
        const qint64 batchEnd = std::min(events, written + kEventsPerWrite);
        for (; written < batchEnd; ++written) {
            auto status = scope.audit(actions[written % 4], QStringLiteral("student"),
                                      QStringLiteral("student-%1").arg(written % 20'000), sections[written % 3]);
            if (!status) {
                std::fprintf(stderr, "build failed: %s\n", qPrintable(status.error().describe()));
                return false;
            }
        }
        if (!scope.commit())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 events = 1'000'000;
    int runs = 1;
    QString keptPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--events"))
            events = std::max<qint64>(1, args.at(i + 1).toLongLong());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--db"))
            keptPath = args.at(i + 1);
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const bool reuse = !keptPath.isEmpty() && QFile::exists(keptPath);
    const QString path = keptPath.isEmpty() ? dir.filePath(QStringLiteral("audit.care")) : keptPath;
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "cannot create the database: %s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    Database &db = *opened.value();
    QElapsedTimer timer;
    timer.start();
    if (reuse) {
        std::printf("reusing %s\n", qPrintable(path));
    } else {
        if (!build(db, events))
            return 1;
        std::printf("built %lld audit events in %.1f s (not timed below)\n", static_cast<long long>(events),
                    timer.elapsed() / 1000.0);
    }
    std::fflush(stdout);

    const AuditService service(db, Clock::system());
    for (int run = 1; run <= runs; ++run) {
        const long rssBeforeKb = statusKb("VmRSS:");
        const bool peakReset = resetPeakRss();
        const std::clock_t cpuStart = std::clock();
        timer.restart();
        auto result = service.verify();
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const long peakKb = statusKb("VmHWM:");
        if (!result || !result->intact) {
            std::fprintf(stderr, "verification failed: %s\n",
                         result ? qPrintable(result->problem) : qPrintable(result.error().describe()));
            return 1;
        }
        std::printf("run %d: verified %lld events in %.2f s (CPU %.2f s) = %.0f events/s; RSS before %ld KiB, "
                    "peak during verify %ld KiB%s\n",
                    run, static_cast<long long>(result->eventsChecked), seconds, cpuSeconds,
                    result->eventsChecked / seconds, rssBeforeKb, peakKb,
                    peakReset ? "" : " (peak since start: clear_refs unavailable)");
        std::fflush(stdout);
    }
    return 0;
}
