// care-cli signs in like the app: CARE_USER and CARE_PASSWORD (no terminal
// here, so no prompt); wrong passwords lock the user out, a damaged key slot
// is named as such, and a refused sign-in shows nothing of any record.
#include "rawconnection.h"
#include "securityfixture.h"

#include <QSqlQuery>

#include "security/keyfile.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

QStringList showSomchai(const SecurityFixture &f)
{
    return {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), f.path(),
            f.students.somchaiId};
}

} // namespace

TEST_CASE("without CARE_USER and a terminal care-cli explains how to sign in", "[cli][signin]")
{
    const SecurityFixture f = makeSecurityFixture();
    const FileState before = FileState::of(f.path());
    const CliRun run = runCli(showSomchai(f));
    INFO(run);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("CARE_USER")));
    CHECK(run.err.contains(QStringLiteral("CARE_PASSWORD")));
    CHECK(run.out.isEmpty());
    CHECK(revealsNoName(run));
    CHECK(FileState::of(f.path()) == before);  // nobody tried: nothing recorded

    CliOptions userOnly;
    userOnly.environment = {QStringLiteral("CARE_USER=director")};
    const CliRun noPassword = runCli(showSomchai(f), userOnly);
    INFO(noPassword);
    CHECK(noPassword.exitCode == 3);
    CHECK(noPassword.err.contains(QStringLiteral("CARE_PASSWORD")));
}

TEST_CASE("wrong passwords lock the user out, then even the right one is refused", "[cli][signin]")
{
    const SecurityFixture f = makeSecurityFixture();
    const CliRun first = runAs(QStringLiteral("director"), showSomchai(f), QStringLiteral("wrong password"));
    {
        INFO(first);
        CHECK(first.exitCode == 3);
        CHECK(first.err.contains(QStringLiteral("Wrong user name or password")));
        CHECK(first.out.isEmpty());
        CHECK(revealsNoName(first));
    }
    bool locked = false;
    for (int attempt = 2; attempt <= 8 && !locked; ++attempt) {
        const CliRun run = runAs(QStringLiteral("director"), showSomchai(f), QStringLiteral("wrong password"));
        INFO("attempt " << attempt << "\n" << run);
        CHECK(run.exitCode == 3);
        CHECK(revealsNoName(run));
        locked = run.err.contains(QStringLiteral("Too many failed sign-ins"));
    }
    REQUIRE(locked);

    const CliRun right = runAs(QStringLiteral("director"), showSomchai(f));
    INFO(right);
    CHECK(right.exitCode == 3);
    CHECK(right.err.contains(QStringLiteral("Too many failed sign-ins")));
    CHECK(right.err.contains(QStringLiteral("Wait")));
    CHECK(right.out.isEmpty());

    // Another user is not affected.
    const CliRun other = runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("list"),
                                                         QStringLiteral("--db"), f.path()});
    INFO(other);
    CHECK(other.exitCode == 0);
}

TEST_CASE("a changed wrapped key refuses the sign-in with its own message", "[cli][signin]")
{
    const SecurityFixture f = makeSecurityFixture();
    {
        // The director's wrapped key in the key file, one bit changed.
        auto keys = KeyFile::read(KeyFile::pathFor(f.path()));
        REQUIRE(keys.ok());
        bool changed = false;
        for (UserKeySlot &slot : keys->users)
            if (slot.username == QLatin1String("director")) {
                REQUIRE(slot.wrappedKey.size() > 40);
                slot.wrappedKey[slot.wrappedKey.size() / 2] = char(slot.wrappedKey.at(slot.wrappedKey.size() / 2) ^ 0x01);
                changed = true;
            }
        REQUIRE(changed);
        REQUIRE(KeyFile::write(KeyFile::pathFor(f.path()), *keys).ok());
    }
    const CliRun run = runAs(QStringLiteral("director"), showSomchai(f));
    INFO(run);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("altered")));
    CHECK_FALSE(run.err.contains(QStringLiteral("Wrong user name or password")));
    CHECK(run.out.isEmpty());
    CHECK(revealsNoName(run));
}

TEST_CASE("a database without users cannot be signed in to", "[cli][signin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.care"));
    REQUIRE(Database::open(path, Database::OpenMode::CreateIfMissing).ok());
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("list"),
                                                       QStringLiteral("--db"), path});
    INFO(run);
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("no users")));
}

TEST_CASE("care-cli --help documents the sign-in and exit code 3", "[cli][signin]")
{
    const CliRun run = runCli({QStringLiteral("--help")});
    INFO(run);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("CARE_USER")));
    CHECK(run.out.contains(QStringLiteral("CARE_PASSWORD")));
    CHECK(run.out.contains(QStringLiteral("  3 ")));
    for (const char *command : {"users add", "audit verify", "audit list", "backup --db", "restore --db",
                                "retention run", "export subject"})
        CHECK(run.out.contains(QString::fromLatin1(command)));
}
