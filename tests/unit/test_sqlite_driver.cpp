// Care's own Qt SQL driver (core/storage/sqlitedriver.h): values in and out
// as Qt's QSQLITE handled them, placeholders, transactions, navigation and
// errors; and one SQLite library in the process, the pinned one.
#include "rawconnection.h"

#include "storage/database.h"
#include "storage/sqlitedriver.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

// A raw connection on a new file in its own temporary folder.
struct Scratch {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("scratch.sqlite"));
    RawConnection raw{path};
};

QSqlQuery prepared(const RawConnection &raw, const QString &sql)
{
    QSqlQuery q(raw.db());
    INFO(sql.toStdString());
    REQUIRE(q.prepare(sql));
    return q;
}

} // namespace

TEST_CASE("the driver stores and returns Qt values as Qt's SQLite driver did", "[sqlite]")
{
    Scratch s;
    s.raw.exec(QStringLiteral("CREATE TABLE v(k INTEGER PRIMARY KEY, x)"));
    const QDateTime when(QDate(2025, 6, 1), QTime(8, 30, 15, 250), Qt::UTC);
    const QByteArray blob("a\0b\xff", 4);
    const QList<QVariant> values = {QVariant(QString()), QString(), QStringLiteral("สมชาย ใจดี"),
                                    qint64(1234567890123), 2.5, blob, when, QDate(2025, 6, 1), true, QVariant()};
    QSqlQuery insert = prepared(s.raw, QStringLiteral("INSERT INTO v(k, x) VALUES (?, ?)"));
    for (int i = 0; i < values.size(); ++i) {
        insert.addBindValue(i);
        insert.addBindValue(values.at(i));
        REQUIRE(insert.exec());
    }
    // An empty but not null string stays text; a null one is NULL.
    s.raw.exec(QStringLiteral("UPDATE v SET x = '' WHERE k = 1"));

    QSqlQuery q(s.raw.db());
    REQUIRE(q.exec(QStringLiteral("SELECT x, typeof(x) FROM v ORDER BY k")));
    QStringList types;
    QList<QVariant> read;
    while (q.next()) {
        read << q.value(0);
        types << q.value(1).toString();
    }
    CHECK(types == QStringList{QStringLiteral("null"), QStringLiteral("text"), QStringLiteral("text"),
                               QStringLiteral("integer"), QStringLiteral("real"), QStringLiteral("blob"),
                               QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("integer"),
                               QStringLiteral("null")});
    REQUIRE(read.size() == 10);
    CHECK(read.at(0).isNull());
    CHECK(read.at(1).toString().isEmpty());
    CHECK_FALSE(read.at(1).isNull());
    CHECK(read.at(2).toString() == QStringLiteral("สมชาย ใจดี"));
    CHECK(read.at(3).typeId() == QMetaType::LongLong);
    CHECK(read.at(3).toLongLong() == 1234567890123);
    CHECK(read.at(4).typeId() == QMetaType::Double);
    CHECK(read.at(4).toDouble() == 2.5);
    CHECK(read.at(5).toByteArray() == blob);
    CHECK(read.at(6).toString() == QStringLiteral("2025-06-01T08:30:15.250Z"));
    CHECK(read.at(7).toString() == QStringLiteral("2025-06-01"));
    CHECK(read.at(8).toLongLong() == 1);
    CHECK(read.at(9).isNull());
}

TEST_CASE("the driver binds named and positional placeholders by SQLite's own parameters", "[sqlite]")
{
    Scratch s;
    s.raw.exec(QStringLiteral("CREATE TABLE p(a, b, c)"));

    QSqlQuery named = prepared(s.raw, QStringLiteral("INSERT INTO p(a, b, c) VALUES (:one, :two, :one || 'x')"));
    named.bindValue(QStringLiteral(":two"), 2);
    named.bindValue(QStringLiteral(":one"), QStringLiteral("1"));
    REQUIRE(named.exec());
    // A question mark inside a string literal is text, not a placeholder.
    QSqlQuery positional = prepared(s.raw, QStringLiteral("INSERT INTO p(a, b, c) VALUES (?, 'what?', ?)"));
    positional.addBindValue(QStringLiteral("p1"));
    positional.addBindValue(QStringLiteral("p2"));
    REQUIRE(positional.exec());
    // The same prepared statement runs again with new values.
    positional.addBindValue(QStringLiteral("q1"));
    positional.addBindValue(QStringLiteral("q2"));
    REQUIRE(positional.exec());

    QSqlQuery q(s.raw.db());
    REQUIRE(q.exec(QStringLiteral("SELECT a || '/' || b || '/' || c FROM p ORDER BY rowid")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    CHECK(rows == QStringList{QStringLiteral("1/2/1x"), QStringLiteral("p1/what?/p2"), QStringLiteral("q1/what?/q2")});

    SECTION("a missing value is an error, not a silent NULL")
    {
        QSqlQuery missing = prepared(s.raw, QStringLiteral("INSERT INTO p(a, b) VALUES (?, ?)"));
        missing.addBindValue(1);
        CHECK_FALSE(missing.exec());
        CHECK(missing.lastError().isValid());
        CHECK(s.raw.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt() == 3);
    }
}

TEST_CASE("the driver commits and rolls back transactions", "[sqlite]")
{
    Scratch s;
    QSqlDatabase db = s.raw.db();
    s.raw.exec(QStringLiteral("CREATE TABLE t(x)"));

    REQUIRE(db.transaction());
    s.raw.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(db.rollback());
    CHECK(s.raw.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);

    REQUIRE(db.transaction());
    s.raw.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE(db.commit());
    CHECK(s.raw.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 1);

    // Nothing to commit: a transaction error with SQLite's words.
    CHECK_FALSE(db.commit());
    CHECK(db.lastError().type() == QSqlError::TransactionError);
    CHECK(db.lastError().databaseText().contains(QStringLiteral("no transaction")));
}

TEST_CASE("the driver reports changed rows, inserted ids and column names", "[sqlite]")
{
    Scratch s;
    s.raw.exec(QStringLiteral("CREATE TABLE r(id INTEGER PRIMARY KEY, name TEXT, score REAL)"));
    QSqlQuery q(s.raw.db());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO r(id, name) VALUES (41, 'a')")));
    CHECK(q.lastInsertId().toLongLong() == 41);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO r(name) VALUES ('b')")));
    CHECK(q.lastInsertId().toLongLong() == 42);
    REQUIRE(q.exec(QStringLiteral("UPDATE r SET score = 1")));
    CHECK(q.numRowsAffected() == 2);

    REQUIRE(q.exec(QStringLiteral("SELECT id, name AS label, score FROM r")));
    const QSqlRecord record = q.record();
    REQUIRE(record.count() == 3);
    CHECK(record.fieldName(1) == QStringLiteral("label"));
    CHECK(record.field(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(record.field(2).metaType() == QMetaType::fromType<double>());
}

TEST_CASE("the driver streams rows forward and can go back when asked", "[sqlite]")
{
    Scratch s;
    s.raw.exec(QStringLiteral("CREATE TABLE n(x)"));
    s.raw.exec(QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 4) "
                              "INSERT INTO n SELECT i FROM c"));
    QSqlQuery q(s.raw.db());

    SECTION("forward only")
    {
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
        int sum = 0;
        while (q.next())
            sum += q.value(0).toInt();
        CHECK(sum == 10);
        CHECK_FALSE(q.lastError().isValid());
    }
    SECTION("scrollable")
    {
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
        REQUIRE(q.next());
        REQUIRE(q.next());
        REQUIRE(q.next());
        REQUIRE(q.previous());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.last());
        CHECK(q.at() == 4);
        CHECK(q.value(0).toInt() == 4);
        REQUIRE(q.first());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.seek(3));
        CHECK(q.value(0).toInt() == 3);
        CHECK_FALSE(q.seek(5));
    }
    SECTION("an empty result")
    {
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n WHERE x > 9")));
        CHECK(q.isSelect());
        CHECK_FALSE(q.next());
        CHECK_FALSE(q.first());
    }
}

TEST_CASE("the driver's failures carry SQLite's code and words", "[sqlite]")
{
    Scratch s;
    s.raw.exec(QStringLiteral("CREATE TABLE u(x UNIQUE)"));
    s.raw.exec(QStringLiteral("INSERT INTO u VALUES (1)"));
    QSqlQuery q(s.raw.db());

    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO u VALUES (1)")));
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("19"));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("UNIQUE")));

    CHECK_FALSE(q.prepare(QStringLiteral("SELEC 1")));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("syntax error")));
    CHECK_FALSE(q.exec());
    CHECK(q.lastError().databaseText().contains(QStringLiteral("syntax error")));

    // Only the first of two statements would run: refused, nothing written.
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO u VALUES (2); INSERT INTO u VALUES (3)")));
    CHECK(s.raw.scalar(QStringLiteral("SELECT count(*) FROM u")).toInt() == 1);
    // A trailing comment is no second statement.
    CHECK(q.exec(QStringLiteral("SELECT 1; -- done")));
}

TEST_CASE("the driver opens read-only and refuses unknown options", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    RawConnection(path).exec(QStringLiteral("CREATE TABLE t(x)"));
    const QString name = QStringLiteral("driver-options-test");
    {
        QSqlDatabase db = SqliteDriver::addDatabase(name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        CHECK_FALSE(db.open());
        CHECK(db.lastError().driverText().contains(QStringLiteral("QSQLITE_OPEN_READONLY")));

        db.setConnectOptions(QStringLiteral("CARESQLITE_OPEN_READONLY; CARESQLITE_BUSY_TIMEOUT=100"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        CHECK(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("8"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("a Care database runs on one SQLite library, the pinned SQLite3 Multiple Ciphers", "[sqlite]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("one.care")), Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    const QSqlDatabase connection = opened.value()->connection();
    CHECK(connection.driverName() == SqliteDriver::driverName());
    const QVariant handle = connection.driver()->handle();
    CHECK(QByteArray(handle.typeName()) == "sqlite3*");
    REQUIRE(SqliteDriver::handleOf(connection) != nullptr);
    CHECK(*static_cast<sqlite3 *const *>(handle.constData()) == SqliteDriver::handleOf(connection));

    CHECK(QByteArray(sqlite3_libversion()) == CARE_PINNED_SQLITE_VERSION);
    CHECK(QByteArray(sqlite3mc_version()).endsWith(" " CARE_PINNED_SQLITE3MC_VERSION));
    QSqlQuery q(connection);
    REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral(CARE_PINNED_SQLITE_VERSION));

    // No system libsqlite3 and no Qt SQLite plugin (which carries its own) is mapped.
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray mapped = maps.readAll();
    CHECK_FALSE(mapped.contains("libsqlite3.so"));
    CHECK_FALSE(mapped.contains("libqsqlite"));
    CHECK(mapped.contains("care_unit_tests"));
}
