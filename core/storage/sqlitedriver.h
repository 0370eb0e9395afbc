#pragma once

// Care's own Qt SQL driver on the one SQLite library in the process (SQLite3
// Multiple Ciphers, built in as care_sqlite), so QSqlQuery code works as with
// Qt's QSQLITE plugin while the file can be encrypted and no second SQLite is
// ever loaded. Internal to core/storage: not part of core's API.
//
// Use: SqliteDriver::addDatabase(name), setDatabaseName(path), optionally
// setConnectOptions("CARESQLITE_OPEN_READONLY;CARESQLITE_OPEN_URI;
// CARESQLITE_BUSY_TIMEOUT=ms") (the busy timeout is 5000 ms by default), then
// open() for a plain file, or open(QString(), keyHex) for an encrypted one:
// keyHex is the raw database file key, 64 hex digits (sqlitekey.h), and
// QSqlDatabase keeps no copy of a password given to open().

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

// handle() values, as Qt's own SQLite driver names them ("sqlite3*", "sqlite3_stmt*").
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace care {

class SqliteResult;

class SqliteDriver final : public QSqlDriver {
    Q_OBJECT
public:
    // The name Qt knows the driver by; registered on first use.
    static QString driverName();
    // QSqlDatabase::addDatabase with Care's driver.
    static QSqlDatabase addDatabase(const QString &connectionName);
    // The SQLite handle of an open connection of this driver, else nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &connection);
    // True when open() or a query failed because the key is wrong, or the
    // file is encrypted and no key was given, or it is not a database at all.
    static bool isWrongKeyOrNotDatabase(const QSqlError &error);
    // Encrypts the open connection's plain file in place with keyHex (64 hex
    // digits), changes its key, or (keyHex empty) decrypts it. No other
    // connection may have the file open. Returns an invalid QSqlError on success.
    static QSqlError rekey(const QSqlDatabase &connection, const QString &keyHex);

    explicit SqliteDriver(QObject *parent = nullptr);
    ~SqliteDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &database, const QString &user, const QString &password, const QString &host, int port,
              const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    // An error with SQLite's own words appended; the native code is the primary result code.
    QSqlError makeError(const QString &text, QSqlError::ErrorType type, int code) const;

private:
    friend class SqliteResult;
    bool failOpen(const QString &text, int code, const QString &detail = {});
    bool runTransactionStatement(const char *sql, const QString &failure);

    sqlite3 *m_db = nullptr;
    // Results whose statements must be finalized before the connection closes.
    mutable QList<SqliteResult *> m_results;
};

} // namespace care
