// Files care-cli must refuse with a clear message, exit code 2 and no change
// at all: not a byte, not the modification time, no side files.
#include "clirunner.h"

#include "rawconnection.h"
#include "testdatabase.h"

#include "services/accountservice.h"
#include "storage/database.h"
#include "util/clock.h"
#include "storage/sqlitedriver.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifndef _WIN32
#include <unistd.h>
#endif

using namespace care::test;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

// Runs statements on a plain connection (Care's driver, not Database).
void execPlainSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("cli-test-plain");
    {
        QSqlDatabase db = care::SqliteDriver::addDatabase(name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void makeCareDatabase(const QString &path)
{
    auto db = care::Database::open(path, care::Database::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
}  // closed here: the last reference goes

// Both reading commands must refuse the file with `messagePart` and leave it as it was.
void requireRefusedUntouched(const QString &path, const QString &messagePart, const CliOptions &options = {})
{
    const QList<QStringList> commands = {
        {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("สม")},
        {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), path, QStringLiteral("1")},
        {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--db"), path},
    };
    for (const QStringList &arguments : commands) {
        const FileState before = FileState::of(path);
        const CliRun run = runCli(arguments, options);
        INFO("care-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(messagePart));
        CHECK(run.err.contains(QDir::toNativeSeparators(path)));
        CHECK(FileState::of(path) == before);
    }
}

} // namespace

TEST_CASE("a missing database file is reported and not created", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nowhere.care"));
    requireRefusedUntouched(path, QStringLiteral("does not exist"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a text file is refused as not SQLite", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.care"));
    writeFile(path, "Student list\nสมชาย ใจดี\n");
    requireRefusedUntouched(path, QStringLiteral("not a Care database"));
}

TEST_CASE("an empty file is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.care"));
    writeFile(path, QByteArray());
    requireRefusedUntouched(path, QStringLiteral("empty"));
}

TEST_CASE("an SQLite database of another program is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execPlainSqlite(path, {QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)"),
                           QStringLiteral("INSERT INTO recipe (title) VALUES ('ส้มตำ')")});
    requireRefusedUntouched(path, QStringLiteral("another program"));
}

TEST_CASE("a Care database made by a newer version is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.care"));
    {
        auto db = care::Database::open(path, care::Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        care::NewUser admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Admin");
        admin.role = care::Role::SystemAdministrator;
        admin.password = kTestPassword;
        REQUIRE(care::AccountService(*db.value(), care::Clock::system(), care::crypto::PasswordCost::minimal())
                    .setUpUnchecked(admin)
                    .ok());
    }
    // The version is inside the encrypted file: set with the key, read when a user's key opens it.
    RawConnection(path).exec(QStringLiteral("PRAGMA user_version = 999"));
    CliOptions options;
    options.environment = {QStringLiteral("CARE_USER=admin"), QStringLiteral("CARE_PASSWORD=") + kTestPassword};
    requireRefusedUntouched(path, QStringLiteral("newer version of Care"), options);
}

TEST_CASE("a folder given as the database is refused", "[cli]")
{
    // A folder inside a private temporary folder: the state check also lists
    // the parent's entries, and /tmp itself changes while other tests run.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("students.care"));
    REQUIRE(QDir().mkdir(folder));
    requireRefusedUntouched(folder, QStringLiteral("folder"));
}

TEST_CASE("a database file the user may not read is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private.care"));
    makeCareDatabase(path);
    CliOptions options;
#ifndef _WIN32
    if (geteuid() == 0) {
        // Root reads anything, so run care-cli as "nobody": the folder lets
        // nobody pass through (x) but not list or write; the file is root's, 0600.
        REQUIRE(canRunAsNobody());  // setpriv comes with util-linux
        options.asNobody = true;
        REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ExeGroup | QFile::ExeOther));
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    } else {
        REQUIRE(QFile::setPermissions(path, QFile::Permissions()));
    }
#else
    SKIP("no portable way to make a file unreadable here");
#endif
    requireRefusedUntouched(path, QStringLiteral("cannot be read"), options);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
