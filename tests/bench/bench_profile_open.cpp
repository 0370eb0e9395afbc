// Profile-open benchmark: the cost of the sealed household when a student's
// profile is opened.
//
//   care_bench_profile_open [--students 2000] [--profiles 200] [--repeats 5]
//
// Generates a demo municipality in a temporary folder (minimal password cost:
// sign-in is not measured here), signs in, then opens the profile of
// `profiles` students that have a household (StudentRepository::profile,
// the read behind the profile screen) `repeats` times each. Prints the median
// time of one profile open, the median time of opening the sealed
// circumstances alone (FieldCipher::openText) and its share. Target: the
// encryption overhead < 5 ms.
#include "demo/demogenerator.h"
#include "services/accountservice.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/studentrepository.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace care;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.describe()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Demo size."), QStringLiteral("n"),
                                      QStringLiteral("2000"));
    QCommandLineOption profilesOption(QStringLiteral("profiles"), QStringLiteral("Profiles to open."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Opens per profile."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({studentsOption, profilesOption, repeatsOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.care"));
    demo::DemoOptions options;
    options.students = std::max(10, parser.value(studentsOption).toInt());
    options.passwordCost = crypto::PasswordCost::minimal();
    if (auto made = demo::generate(path, options); !made)
        return fail(made.error());
    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    if (auto s = AccountService(db, Clock::system(), options.passwordCost)
                     .signIn(QStringLiteral("admin"), QStringLiteral("demo"));
        !s)
        return fail(s.error());
    const FieldCipherPtr cipher = db.fieldCipher();

    struct Target {
        QString studentId;
        QString householdId;
        QString sealed;
    };
    QList<Target> targets;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT s.id, h.id, h.circumstances FROM student s JOIN household h ON "
                                 "h.id = s.household_id ORDER BY s.id LIMIT ?"));
        q.addBindValue(std::max(1, parser.value(profilesOption).toInt()));
        if (!q.exec())
            return fail(Error{QStringLiteral("cannot list students"), {}, {}});
        while (q.next())
            targets.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    StudentRepository repo(db);
    QList<double> profileMs;
    QList<double> openUs;
    for (int r = 0; r < repeats; ++r) {
        for (const Target &t : targets) {
            QElapsedTimer timer;
            timer.start();
            auto profile = repo.profile(t.studentId);
            profileMs << timer.nsecsElapsed() / 1e6;
            if (!profile)
                return fail(profile.error());
            timer.restart();
            auto plain = cipher->openText(t.sealed, circumstancesContext(t.householdId));
            openUs << timer.nsecsElapsed() / 1e3;
            if (!plain)
                return fail(plain.error());
        }
    }
    const double profile = median(profileMs);
    const double open = median(openUs);
    std::printf("demo: %d students; %lld profiles x %d opens\n", options.students,
                static_cast<long long>(targets.size()), repeats);
    std::printf("profile open (median): %.3f ms\n", profile);
    std::printf("openText of the sealed circumstances (median): %.1f us = %.1f%% of the profile open\n", open,
                profile > 0 ? 100.0 * open / (profile * 1000.0) : 0.0);
    return 0;
}
