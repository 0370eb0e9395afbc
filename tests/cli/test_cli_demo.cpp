// care-cli demo: creates a new database, refuses an existing one and bad numbers.
#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace care::test;

TEST_CASE("demo creates a database once and refuses to overwrite it", "[cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.care"));
    const QStringList arguments = {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--students"),
                                   QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")};
    const CliRun first = runCli(arguments);
    {
        INFO(first);
        REQUIRE(first.exitCode == 0);
        CHECK(first.out.contains(QStringLiteral("Students:")));
        CHECK(first.out.contains(QStringLiteral("300")));
        // Screening results, incidents and risk levels come with every demo.
        for (const char *line : {"Screening results (SDQ):", "Behaviour incidents:", "Risk levels in the history:",
                                 "Students at risk now:", "Students with a problem now:"})
            CHECK(first.out.contains(QString::fromUtf8(line)));
        CHECK(first.err.isEmpty());  // stderr is not a terminal here: no progress
        REQUIRE(QFile::exists(path));
        // The documented accounts, all with the password "demo".
        CHECK(first.out.contains(QStringLiteral("“demo”")));
        for (const char *user : {"admin", "officer", "director", "counsellor", "teacher", "visitor", "nurse"})
            CHECK(first.out.contains(QStringLiteral("  %1 ").arg(QString::fromLatin1(user))));
    }

    CliOptions director;
    director.environment = {QStringLiteral("CARE_USER=director"), QStringLiteral("CARE_PASSWORD=demo")};
    const CliRun search = runCli({QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--db"), path,
                                  QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")},
                                 director);
    {
        INFO(search);
        CHECK(search.exitCode == 0);
        CHECK(search.out.trimmed().startsWith(QLatin1Char('[')));
    }

    const FileState before = FileState::of(path);
    const CliRun second = runCli(arguments);
    INFO(second);
    CHECK_FALSE(second.crashed);
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(QStringLiteral("already exists")));
    CHECK(FileState::of(path) == before);
}

TEST_CASE("demo refuses invalid numbers and creates nothing", "[cli][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.care"));
    const QList<QStringList> wrong = {
        {QStringLiteral("--students"), QStringLiteral("0")},
        {QStringLiteral("--students"), QStringLiteral("1000001")},
        {QStringLiteral("--students"), QStringLiteral("lots")},
        {QStringLiteral("--seed"), QStringLiteral("-1")},
        {QStringLiteral("--seed"), QStringLiteral("x7")},
        {QStringLiteral("--seed"), QStringLiteral("18446744073709551616")},  // 2^64
        {QStringLiteral("--year"), QStringLiteral("2026")},                  // Christian Era, not BE
    };
    for (const QStringList &options : wrong) {
        const CliRun run = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path} + options);
        INFO(options.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(options.first()));
        CHECK_FALSE(QFile::exists(path));
    }
}
