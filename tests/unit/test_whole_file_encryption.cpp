// Whole-file encryption: a copied database, its WAL and its backups reveal
// no child; the key file beside the database; wrong keys, damaged files and
// planted schema objects refused with the file untouched; the one-time
// conversion of an earlier version's plain file.
#include "demofixture.h"
#include "rawconnection.h"
#include "testdatabase.h"

#include "security/keyfile.h"
#include "services/accountservice.h"
#include "services/backupservice.h"
#include "storage/studentsearch.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256);
}

// Every value of the listed columns (long enough to be told from noise).
QSet<QString> valuesOf(Database &db, const QString &sql)
{
    QSet<QString> values;
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    while (q.next())
        for (int i = 0; i < 8; ++i) {
            const QString value = q.value(i).toString().trimmed();
            if (value.toUtf8().size() >= 6)
                values.insert(value);
        }
    return values;
}

// The values of `needles` that occur in the file's raw bytes.
QStringList foundIn(const QString &path, const QSet<QString> &needles)
{
    const QByteArray haystack = bytesOf(path);
    QStringList found;
    for (const QString &needle : needles)
        if (haystack.contains(needle.toUtf8()))
            found << needle;
    return found;
}

Result<Session> signInAdmin(Database &db, const QString &password = kTestPassword)
{
    return AccountService(db, testClock(), crypto::PasswordCost::minimal()).signIn(QStringLiteral("admin"), password);
}

void flipByte(const QString &path, qint64 offset) { xorByteOf(path, offset, char(0x5a)); }

} // namespace

TEST_CASE("A copied demo file, its WAL, its key file and a backup show no child's data",
          "[encryption][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.care"));
    GeneratedDemo demo = generateDemo(path, 240, 11);
    Database &db = *demo.db;

    QSet<QString> secrets = valuesOf(db, QStringLiteral("SELECT first_name_th, last_name_th, first_name_en, "
                                                        "last_name_en, citizen_id, nickname FROM student"));
    secrets += valuesOf(db, QStringLiteral("SELECT first_name, last_name, citizen_id, phone FROM guardian"));
    secrets += valuesOf(db, QStringLiteral("SELECT DISTINCT kind FROM behaviour_incident"));
    REQUIRE(secrets.size() > 500);

    // A write still in the WAL (no checkpoint yet): its page images there are encrypted too.
    const QString walProbe = QStringLiteral("ครอบครัวนี้มีหนี้นอกระบบ-WAL-7731");
    REQUIRE(db.setSetting(QStringLiteral("test.wal_probe"), walProbe).ok());
    REQUIRE(QFile(path + QStringLiteral("-wal")).size() > 0);
    secrets.insert(walProbe);

    // Search still finds names by any part of them (FTS5 trigram on the encrypted file).
    const QString someName = valuesOf(db, QStringLiteral("SELECT last_name_th FROM student LIMIT 1")).values().first();
    StudentFilter filter(StudentListScope::everyone());
    filter.text = someName.mid(1, 3);
    auto hits = StudentSearch(db).count(filter);
    REQUIRE(hits.ok());
    CHECK(hits.value() >= 1);

    const QString backupPath = dir.filePath(QStringLiteral("backup.care"));
    auto backup = BackupService(db, testClock()).backup(demo.admin, backupPath);
    INFO(errorText(backup));
    REQUIRE(backup.ok());

    for (const QString &file : {path, path + QStringLiteral("-wal"), KeyFile::pathFor(path), backupPath,
                                KeyFile::pathFor(backupPath)}) {
        INFO(file.toStdString());
        REQUIRE(QFile::exists(file));
        const QStringList found = foundIn(file, secrets);
        INFO(found.join(QStringLiteral(", ")).toStdString());
        CHECK(found.isEmpty());
    }
    // The same search on the plain bytes would have found them: the check can fail.
    QByteArray plainText;
    for (const QString &value : secrets)
        plainText += value.toUtf8() + '\n';
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.write(plainText);
    plain.close();
    CHECK(foundIn(plain.fileName(), secrets).size() == secrets.size());
}

TEST_CASE("Without its key file the database does not open, and says what is missing", "[encryption]")
{
    TestDatabase t = makeTestDatabase();
    const QString recoveryKey = t.recoveryKey;
    t.db.reset();
    const QString keyFile = KeyFile::pathFor(t.path);
    REQUIRE(QFile::rename(keyFile, keyFile + QStringLiteral(".away")));
    auto opened = Database::open(t.path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("key file")));
    CHECK(opened.error().message.contains(QStringLiteral("-keys")));

    // Back in place, the recovery key opens the data without any password.
    REQUIRE(QFile::rename(keyFile + QStringLiteral(".away"), keyFile));
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.ok());
    auto recovered = AccountService(*reopened.value(), testClock(), crypto::PasswordCost::minimal())
                         .recover(recoveryKey, QStringLiteral("admin"), QStringLiteral("a new long passphrase"));
    INFO(errorText(recovered));
    REQUIRE(recovered.ok());
    CHECK(reopened.value()->isOpen());
    CHECK(reopened.value()->setting(QStringLiteral("device_id")).size() > 10);
}

TEST_CASE("A wrong key, a changed page or a cut file is refused and the file is left as it was",
          "[encryption]")
{
    TestDatabase t = makeTestDatabase();
    TestDatabase other = makeTestDatabase();
    t.db.reset();
    other.db.reset();

    SECTION("another database's key file")
    {
        REQUIRE(QFile::remove(KeyFile::pathFor(t.path)));
        REQUIRE(QFile::copy(KeyFile::pathFor(other.path), KeyFile::pathFor(t.path)));
        const QByteArray before = sha256Of(t.path);
        auto opened = Database::open(t.path);
        REQUIRE(opened.ok());
        auto session = signInAdmin(*opened.value());
        REQUIRE_FALSE(session.ok());
        CHECK(session.error().message.contains(QStringLiteral("does not open")));
        CHECK_FALSE(opened.value()->isOpen());
        CHECK(sha256Of(t.path) == before);
    }
    SECTION("a changed byte inside a page")
    {
        // The last page: a table page that signing in does not read, so the
        // check of every page's tag is what finds it.
        const qint64 lastPage = (QFile(t.path).size() / 4096 - 1) * 4096;
        flipByte(t.path, lastPage + 2000);
        const QByteArray changedPage = bytesOf(t.path).mid(lastPage, 4096);
        auto opened = Database::open(t.path);
        REQUIRE(opened.ok());
        auto session = signInAdmin(*opened.value());
        Status readAll = session.ok() ? Status(BackupService(*opened.value(), testClock()).checkIntegrity())
                                      : Status(session.error());
        CHECK_FALSE(readAll.ok());
        opened.value()->close();
        CHECK(bytesOf(t.path).mid(lastPage, 4096) == changedPage);  // refused, not "repaired"
    }
    SECTION("a file cut in half")
    {
        QFile file(t.path);
        const qint64 half = (file.size() / 2 / 4096) * 4096;
        REQUIRE(file.resize(half));
        const QByteArray before = sha256Of(t.path);
        auto opened = Database::open(t.path);
        REQUIRE(opened.ok());
        auto session = signInAdmin(*opened.value());
        Status readAll = session.ok() ? Status(BackupService(*opened.value(), testClock()).checkIntegrity())
                                      : Status(session.error());
        CHECK_FALSE(readAll.ok());
        opened.value()->close();
        CHECK(sha256Of(t.path) == before);
    }
}

TEST_CASE("A trigger or view planted in the file is refused before it can run", "[encryption][schema]")
{
    TestDatabase t = makeTestDatabase();
    t.db.reset();
    SECTION("trigger")
    {
        RawConnection(t.path).exec(QStringLiteral("CREATE TRIGGER leak AFTER UPDATE ON setting BEGIN "
                                                  "INSERT INTO setting(key, value) VALUES ('x', 'y'); END"));
    }
    SECTION("view")
    {
        RawConnection(t.path).exec(QStringLiteral("CREATE VIEW everything AS SELECT * FROM student"));
    }
    auto opened = Database::open(t.path);
    REQUIRE(opened.ok());
    auto session = signInAdmin(*opened.value());
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().message.contains(QStringLiteral("did not make")));
    CHECK_FALSE(opened.value()->isOpen());
}

TEST_CASE("A plain file of Care 0.1 is encrypted at its first sign-in, its data kept", "[encryption][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.care"));
    REQUIRE(QFile::copy(QStringLiteral(CARE_TEST_DATA_DIR "/legacy-0.1-demo.care"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSet<QString> names;
    {
        RawConnection plain(path, RawConnection::Key::Plain);
        QSqlQuery q(plain.db());
        REQUIRE(q.exec(QStringLiteral("SELECT first_name_th, last_name_th, citizen_id FROM student")));
        while (q.next())
            for (int i = 0; i < 3; ++i)
                if (!q.value(i).toString().isEmpty())
                    names.insert(q.value(i).toString());
    }
    REQUIRE(names.size() >= 24);
    REQUIRE(foundIn(path, names).size() == names.size());

    auto opened = Database::open(path);
    INFO(errorText(opened));
    REQUIRE(opened.ok());
    CHECK(QFile::exists(KeyFile::pathFor(path)));
    CHECK_FALSE(opened.value()->isOpen());
    auto wrong = AccountService(*opened.value(), testClock()).signIn(QStringLiteral("admin"), QStringLiteral("nope"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(bytesOf(path).startsWith("SQLite format 3"));  // a refused sign-in converts nothing

    auto session = AccountService(*opened.value(), testClock()).signIn(QStringLiteral("admin"), QStringLiteral("demo"));
    INFO(errorText(session));
    REQUIRE(session.ok());
    CHECK(demoScalar(*opened.value(), QStringLiteral("SELECT count(*) FROM student")) == 12);
    CHECK(demoScalar(*opened.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'key_slot'"))
          == 0);
    opened.value()->close();
    CHECK_FALSE(bytesOf(path).startsWith("SQLite format 3"));
    CHECK(foundIn(path, names).isEmpty());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".plain-old")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".encrypting")));

    // And it opens again like any encrypted file, with another of its users.
    auto again = Database::open(path);
    REQUIRE(again.ok());
    auto teacher = AccountService(*again.value(), testClock()).signIn(QStringLiteral("teacher"), QStringLiteral("demo"));
    INFO(errorText(teacher));
    CHECK(teacher.ok());
}
