#pragma once

#include "security/fieldcipher.h"
#include "util/result.h"

#include <QMutex>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace care {

// A Care database file: one SQLite file, opened through Qt Sql with one
// connection per thread (Qt connections must not cross threads).
//
// Opening checks, before anything is written: the file exists and is
// readable, it is an SQLite file, and its schema is not newer than this
// build knows. Only then are WAL and migrations applied.
class Database {
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    static Result<std::shared_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::ExistingOnly);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // This thread's connection, created on first use with Care's pragmas.
    QSqlDatabase connection() const;
    // Per-database values such as the device id (table "setting").
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    QString deviceId() const;

    // Close this thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;

    // The unlocked database key, set by sign-in and cleared by lock/sign-out;
    // null while locked: sensitive fields can then be neither read nor written.
    FieldCipherPtr fieldCipher() const;
    void setFieldCipher(FieldCipherPtr cipher);

private:
    explicit Database(QString path);
    QString connectionName() const;

    QString m_path;
    QString m_instanceTag;
    mutable QString m_deviceId;
    mutable QMutex m_cipherMutex;
    FieldCipherPtr m_cipher;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace care
