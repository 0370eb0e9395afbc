// Whole-file encryption (SQLite3 Multiple Ciphers, ChaCha20-Poly1305) through
// Care's SQLite driver and the plain C API connections: the key opens the
// file and nothing else does, no plain text reaches the file, its WAL or a
// backup, a changed byte is caught, and a plain file is encrypted in place.
#include "rawconnection.h"

#include "storage/backupfile.h"
#include "storage/sqlitedriver.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitekey.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

const QString kKeyA = QStringLiteral("00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978");
const QString kKeyB = QStringLiteral("ffeeddccbbaa99887766554433221100fedcba98765432100123456789abcdef");
const QString kThaiName = QStringLiteral("ด.ญ. พิมพ์ชนก ศรีสุวรรณวงศ์");
const QString kCitizenId = QStringLiteral("1103700012345");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool holdsPlainText(const QByteArray &bytes)
{
    return bytes.contains(kThaiName.toUtf8()) || bytes.contains(kCitizenId.toLatin1());
}

// Opens and closes a connection; the error when it does not open.
QSqlError openError(const QString &path, const QString &keyHex)
{
    const QString name = QStringLiteral("enc-%1").arg(newId());
    QSqlError error;
    {
        QSqlDatabase db = SqliteDriver::addDatabase(name);
        db.setDatabaseName(path);
        if (!db.open(QString(), keyHex))
            error = db.lastError();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void addPerson(const RawConnection &db)
{
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS person(name TEXT, citizen_id TEXT)"));
    db.exec(QStringLiteral("INSERT INTO person VALUES (?, ?)"), {kThaiName, kCitizenId});
}

QString personName(const QString &path, const QString &keyHex)
{
    return RawConnection(path, keyHex).scalar(QStringLiteral("SELECT name FROM person")).toString();
}

void flipByte(const QString &path, qint64 offset) { xorByteOf(path, offset, char(0x01)); }

} // namespace

TEST_CASE("an encrypted database opens with its key and with nothing else", "[sqlite][encryption]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    addPerson(RawConnection(plain));
    REQUIRE(holdsPlainText(fileBytes(plain)));  // the search below can find the text

    const QString path = dir.filePath(QStringLiteral("secret.sqlite"));
    {
        RawConnection db(path, kKeyA);
        CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() == QStringLiteral("wal"));
        addPerson(db);
        // Open in WAL mode: the new rows are in the -wal file, encrypted too.
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        CHECK_FALSE(holdsPlainText(fileBytes(path + QStringLiteral("-wal"))));
        CHECK_FALSE(holdsPlainText(fileBytes(path)));
    }
    const QByteArray bytes = fileBytes(path);
    CHECK_FALSE(holdsPlainText(bytes));
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));

    CHECK(personName(path, kKeyA) == kThaiName);
    CHECK(personName(path, kKeyA.toUpper()) == kThaiName);

    const QSqlError wrongKey = openError(path, kKeyB);
    CHECK(wrongKey.type() == QSqlError::ConnectionError);
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(wrongKey));
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, QString())));
    // A malformed key is a different failure.
    const QSqlError malformed = openError(path, QStringLiteral("not-a-key"));
    CHECK(malformed.isValid());
    CHECK_FALSE(SqliteDriver::isWrongKeyOrNotDatabase(malformed));
    // The plain file does not open with a key either.
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(plain, kKeyA)));
}

TEST_CASE("damaged, truncated and foreign files do not open with a key", "[sqlite][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.sqlite"));
    {
        RawConnection db(path, kKeyA);
        db.exec(QStringLiteral("CREATE TABLE t(x TEXT)"));
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                               "INSERT INTO t SELECT printf('row %d ', i) || hex(zeroblob(30)) FROM n"));
    }
    const qint64 pageSize = 4096;
    const qint64 pages = QFileInfo(path).size() / pageSize;
    REQUIRE(pages >= 5);

    SECTION("a changed byte in a data page makes reading that page fail")
    {
        flipByte(path, (pages - 1) * pageSize + 1000);
        RawConnection db(path, kKeyA);  // page 1 is intact
        QSqlQuery q(db.db());
        const bool read = q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next();
        CHECK_FALSE(read);
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("11"));  // SQLITE_CORRUPT
    }
    SECTION("a changed byte in the first page stops the open")
    {
        flipByte(path, 200);
        CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, kKeyA)));
    }
    SECTION("a file cut inside its first page does not open")
    {
        QFile file(path);
        REQUIRE(file.resize(1000));
        CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, kKeyA)));
    }
    SECTION("a file that is not a database does not open")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(QByteArray(8192, 'x')) == 8192);
        file.close();
        CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, kKeyA)));
    }
}

TEST_CASE("FTS5 trigram search works on an encrypted file with an untrusted schema", "[sqlite][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.sqlite"));
    {
        RawConnection db(path, kKeyA);
        db.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        CHECK(db.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt() == 0);
        db.exec(QStringLiteral("CREATE VIRTUAL TABLE s USING fts5(name, tokenize = 'trigram')"));
        db.exec(QStringLiteral("INSERT INTO s(name) VALUES (?), (?)"), {kThaiName, QStringLiteral("มานี มีนา")});
    }
    CHECK_FALSE(holdsPlainText(fileBytes(path)));
    RawConnection db(path, kKeyA);
    db.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM s WHERE s MATCH '\"สุวรรณ\"'")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM s WHERE name LIKE '%มีนา%'")).toInt() == 1);
}

TEST_CASE("a plain database is encrypted in place, re-keyed and decrypted", "[sqlite][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("convert.sqlite"));
    {
        RawConnection db(path);
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        addPerson(db);
        REQUIRE(holdsPlainText(fileBytes(path) + fileBytes(path + QStringLiteral("-wal"))));

        SECTION("not while another connection has the file open")
        {
            RawConnection other(path);
            CHECK(SqliteDriver::rekey(db.db(), kKeyA).isValid());
            CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
            CHECK(other.scalar(QStringLiteral("SELECT name FROM person")).toString() == kThaiName);
        }
        CHECK(SqliteDriver::rekey(db.db(), QStringLiteral("123")).isValid());

        const QSqlError encrypted = SqliteDriver::rekey(db.db(), kKeyA);
        INFO(encrypted.text().toStdString());
        REQUIRE_FALSE(encrypted.isValid());
        CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(db.scalar(QStringLiteral("SELECT name FROM person")).toString() == kThaiName);
        db.exec(QStringLiteral("INSERT INTO person VALUES ('after', 'rekey')"));
    }
    CHECK_FALSE(holdsPlainText(fileBytes(path) + fileBytes(path + QStringLiteral("-wal"))));
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, QString())));
    CHECK(RawConnection(path, kKeyA).scalar(QStringLiteral("SELECT count(*) FROM person")).toInt() == 2);

    {
        RawConnection db(path, kKeyA);
        REQUIRE_FALSE(SqliteDriver::rekey(db.db(), kKeyB).isValid());
    }
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(path, kKeyA)));
    CHECK(personName(path, kKeyB) == kThaiName);

    {
        RawConnection db(path, kKeyB);
        REQUIRE_FALSE(SqliteDriver::rekey(db.db(), QString()).isValid());
    }
    CHECK(fileBytes(path).startsWith("SQLite format 3"));
    CHECK(personName(path, QString()) == kThaiName);
}

TEST_CASE("a backup of an encrypted database is encrypted with the same key", "[sqlite][encryption][backup]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("live.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    RawConnection live(source, kKeyA);  // open, in WAL mode, as Care keeps it
    live.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    addPerson(live);

    const Status copied = BackupFile::copy(source, backup, kKeyA.toLatin1());
    INFO((copied.ok() ? QString() : copied.error().describe()).toStdString());
    REQUIRE(copied.ok());
    CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral("-wal")));
    const QByteArray bytes = fileBytes(backup);
    CHECK_FALSE(holdsPlainText(bytes));
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(personName(backup, kKeyA) == kThaiName);
    CHECK(SqliteDriver::isWrongKeyOrNotDatabase(openError(backup, QString())));

    int code = SQLITE_OK;
    auto wrong = sqlitefile::openConnection(QFile::encodeName(backup), SQLITE_OPEN_READONLY, backup,
                                            kKeyB.toLatin1(), &code);
    CHECK_FALSE(wrong.ok());
    CHECK(sqlitekey::isWrongKeyOrNotDatabase(code));

    // Without the key the source cannot be read, so nothing is written.
    const QString unkeyed = dir.filePath(QStringLiteral("unkeyed.sqlite"));
    CHECK_FALSE(BackupFile::copy(source, unkeyed).ok());
    CHECK(QFileInfo(unkeyed).size() == 0);
}
