// care-cli's own surface: version, help, usage errors, language choice.
#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QPair>

using namespace care::test;

TEST_CASE("care-cli --version and -v print the version", "[cli]")
{
    for (const char *flag : {"--version", "-v"}) {
        const CliRun run = runCli({QString::fromLatin1(flag)});
        INFO(run);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 0);
        CHECK(run.out == QStringLiteral("care-cli " CARE_VERSION "\n"));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("care-cli --help lists the commands and the exit codes", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--help")});
    INFO(run);
    CHECK(run.exitCode == 0);
    for (const char *word : {"demo", "students search", "students show", "validate-id", "--lang", "64"})
        CHECK(run.out.contains(QString::fromLatin1(word)));
}

TEST_CASE("every command has its own help", "[cli]")
{
    const QList<QStringList> commands = {{QStringLiteral("demo")},
                                         {QStringLiteral("students"), QStringLiteral("search")},
                                         {QStringLiteral("students"), QStringLiteral("show")},
                                         {QStringLiteral("validate-id")},
                                         {QStringLiteral("students")}};
    for (const QStringList &command : commands) {
        const CliRun run = runCli(command + QStringList{QStringLiteral("--help")});
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage: care-cli")));
    }
}

TEST_CASE("usage errors exit with 64 and a message on stderr", "[cli]")
{
    const QList<QStringList> wrong = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("students")},
        {QStringLiteral("students"), QStringLiteral("delete")},
        {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("x")},           // no --db
        {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--db")},        // no value
        {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), QStringLiteral("f.care")},
        {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--colour"), QStringLiteral("x")},
        {QStringLiteral("validate-id")},
        {QStringLiteral("validate-id"), QStringLiteral("1"), QStringLiteral("2")},
        {QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("5")},           // no --db
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")},
        {QStringLiteral("--version"), QStringLiteral("--lang")},
    };
    for (const QStringList &arguments : wrong) {
        const CliRun run = runCli(arguments);
        INFO("care-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 64);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("a missing or unknown subcommand names the choices, for every command that has them", "[cli]")
{
    const QList<QPair<QString, QString>> commands = {
        {QStringLiteral("students"), QStringLiteral("search|show")},
        {QStringLiteral("users"), QStringLiteral("add|list|disable|enable|reset-password|password")},
        {QStringLiteral("audit"), QStringLiteral("verify|list")},
        {QStringLiteral("export"), QStringLiteral("subject")},
        {QStringLiteral("retention"), QStringLiteral("run")},
        {QStringLiteral("instruments"), QStringLiteral("list|import-wording")},
        {QStringLiteral("screen"), QStringLiteral("import|list")},
        {QStringLiteral("attendance"), QStringLiteral("set|list")},
        {QStringLiteral("grades"), QStringLiteral("set|list")},
        {QStringLiteral("behaviour"), QStringLiteral("add|list")},
        {QStringLiteral("risk"), QStringLiteral("recompute|list|explain|whatif|rules")},
        {QStringLiteral("risk rules"), QStringLiteral("show|activate")},
    };
    for (const auto &[command, choices] : commands) {
        const QStringList words = command.split(QLatin1Char(' '));
        for (const QStringList &arguments : {words, words + QStringList{QStringLiteral("nonsense")}}) {
            const CliRun run = runCli(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
            INFO("care-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run);
            CHECK(run.exitCode == 64);
            CHECK(run.err.contains(QStringLiteral("care-cli %1 %2").arg(command, choices)));
            CHECK(run.err.contains(QStringLiteral("care-cli %1 --help").arg(words.first())));
            CHECK(run.err.contains(QStringLiteral("nonsense")) == (arguments.size() > words.size()));
        }
    }
    const CliRun thai = runCli({QStringLiteral("grades"), QStringLiteral("--lang"), QStringLiteral("th")});
    CHECK(thai.err.contains(QStringLiteral("ไม่ได้ระบุคำสั่งย่อย: care-cli grades set|list")));
}

TEST_CASE("the --lang option may stand anywhere and overrides the environment", "[cli]")
{
    const CliRun before = runCli({QStringLiteral("--lang"), QStringLiteral("th"), QStringLiteral("--version")});
    CHECK(before.exitCode == 0);
    const CliRun after = runCli({QStringLiteral("--version"), QStringLiteral("--lang=en")},
                                {{QStringLiteral("LANG=th_TH.UTF-8")}});
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
}
