// care-cli backup and restore: a round trip brings the content back; a
// truncated backup, another municipality's backup, or a restore nobody
// confirmed is refused and leaves the database file byte for byte as it was.
#include "rawconnection.h"
#include "securityfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

CliRun backup(const QString &username, const QString &database, const QString &out)
{
    return runAs(username, {QStringLiteral("backup"), QStringLiteral("--db"), database, QStringLiteral("--out"), out});
}

QStringList restore(const SecurityFixture &f, const QString &from, const QStringList &options = {})
{
    return QStringList{QStringLiteral("restore"), QStringLiteral("--db"), f.path(), QStringLiteral("--from"), from}
           + options;
}

QString backupIn(const SecurityFixture &f, const QString &name)
{
    return QFileInfo(f.path()).dir().filePath(name);
}

QString writeBackup(const SecurityFixture &f)
{
    const QString path = backupIn(f, QStringLiteral("backup.care"));
    const CliRun run = backup(QStringLiteral("admin"), f.path(), path);
    INFO(run);
    REQUIRE(run.exitCode == 0);
    return path;
}

void requireRefusedUntouched(const SecurityFixture &f, const QStringList &arguments, int exitCode,
                             const QString &message)
{
    // Signing in writes its own audit event; the content is what must not change.
    const int students = RawConnection(f.path()).scalar(QStringLiteral("SELECT count(*) FROM student")).toInt();
    const CliRun run = runAs(QStringLiteral("admin"), arguments);
    INFO(run);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(message));
    RawConnection raw(f.path());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM student")).toInt() == students);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'restore'")).toInt() == 0);
    CHECK(QFileInfo(f.path()).dir().entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}

} // namespace

TEST_CASE("backup writes an owner-only file and restore brings its content back", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString path = backupIn(f, QStringLiteral("backup.care"));
    const CliRun written = backup(QStringLiteral("admin"), f.path(), path);
    {
        INFO(written);
        REQUIRE(written.exitCode == 0);
        CHECK(written.out.contains(QStringLiteral("Khon Kaen City Municipality")));
        CHECK(written.out.contains(QStringLiteral("Students:")));
    }
#ifndef _WIN32
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
#endif
    // Never over an existing file.
    const FileState backupState = FileState::of(path);
    CHECK(backup(QStringLiteral("admin"), f.path(), path).exitCode == 2);
    CHECK(FileState::of(path) == backupState);

    // A change after the backup, which the restore takes back.
    REQUIRE(runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--db"),
                                            f.path(), QStringLiteral("director")})
                .exitCode
            == 0);
    const CliRun restored = runAs(QStringLiteral("admin"), restore(f, path, {QStringLiteral("--yes")}));
    {
        INFO(restored);
        REQUIRE(restored.exitCode == 0);
        CHECK(restored.out.contains(QStringLiteral("Restored")));
    }
    const CliRun show = runAs(QStringLiteral("director"), {QStringLiteral("students"), QStringLiteral("show"),
                                                           QStringLiteral("--db"), f.path(), QStringLiteral("--json"),
                                                           f.students.somchaiId});
    {
        INFO(show);
        CHECK(show.exitCode == 0);
        CHECK(parseJson(show).object().value(QStringLiteral("firstNameTh")).toString() == QStringLiteral("สมชาย"));
    }
    const CliRun verify =
        runAs(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), f.path()});
    INFO(verify);
    CHECK(verify.exitCode == 0);
}

TEST_CASE("restore --dry-run checks a backup and restores nothing", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString path = writeBackup(f);
    CHECK(runCli(restore(f, path, {QStringLiteral("--dry-run")})).exitCode == 3);  // the backup's key needs a user
    const CliRun run = runAs(QStringLiteral("admin"), restore(f, path, {QStringLiteral("--dry-run")}));
    INFO(run);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Khon Kaen City Municipality")));
    CHECK(run.out.contains(QStringLiteral("Audit anchor:")));
    CHECK(run.out.contains(QStringLiteral("Nothing was changed")));
    CHECK(RawConnection(f.path()).scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'restore'"))
              .toInt()
          == 0);
}

TEST_CASE("restore refuses a truncated backup and leaves the database as it was", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString path = writeBackup(f);
    const QString truncated = backupIn(f, QStringLiteral("truncated.care"));
    {
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(truncated);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(in.read(in.size() / 2 + 100)) > 0);
    }
    requireRefusedUntouched(f, restore(f, truncated, {QStringLiteral("--yes")}), 2, QStringLiteral("truncated"));
    requireRefusedUntouched(f, restore(f, truncated, {QStringLiteral("--dry-run")}), 2,
                            QStringLiteral("truncated"));
}

TEST_CASE("restore refuses another database's backup and leaves the database as it was", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const TestDatabase other = [] {
        TestDatabase t = makeTestDatabase();  // its own municipality id
        t.db.reset();
        return t;
    }();
    const QString foreign = backupIn(f, QStringLiteral("foreign.care"));
    const CliRun written = backup(QStringLiteral("admin"), other.path, foreign);
    {
        INFO(written);
        REQUIRE(written.exitCode == 0);
    }
    requireRefusedUntouched(f, restore(f, foreign, {QStringLiteral("--yes")}), 2,
                            QStringLiteral("not a backup of this database"));
}

TEST_CASE("restore without --yes and without a terminal changes nothing", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString path = writeBackup(f);
    requireRefusedUntouched(f, restore(f, path), 64, QStringLiteral("--yes"));
}

TEST_CASE("only the administrator backs up and restores", "[cli][backup]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString path = backupIn(f, QStringLiteral("teacher.care"));
    const CliRun refused = backup(QStringLiteral("teacher"), f.path(), path);
    {
        INFO(refused);
        CHECK(refused.exitCode == 3);
        CHECK_FALSE(QFile::exists(path));
    }
    const QString good = writeBackup(f);
    const CliRun restoreRefused = runAs(QStringLiteral("director"), restore(f, good, {QStringLiteral("--yes")}));
    INFO(restoreRefused);
    CHECK(restoreRefused.exitCode == 3);
    const QDir folder = QFileInfo(f.path()).dir();
    CHECK(folder.entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}
