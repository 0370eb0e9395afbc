#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

namespace care {

// What a Care database file holds, read without changing it.
struct BackupFileFacts {
    int applicationId = 0;
    int schemaVersion = 0;
    // False when the file is another program's or of a newer schema: then
    // nothing past the header facts above was read.
    bool contentRead = false;
    QStringList integrityProblems;  // from PRAGMA integrity_check; empty = intact
    QString createdAt;              // setting "backup.created_at" (stored timestamp), if any
    QString municipalityId;
    QString municipalityNameTh;
    QString municipalityNameEn;
    qint64 students = 0;
    qint64 schools = 0;
    qint64 users = 0;
    qint64 auditEvents = 0;
};

// Whole-file work on SQLite databases through the C API: the online backup
// API (a consistent copy of a database in use, never a byte copy of the
// file), read-only inspection and integrity checks.
class BackupFile {
public:
    // Copies every page of the database at sourcePath over the database at
    // destPath (a new empty file, or a live Care file on restore). Reads one
    // snapshot of the source; copies in steps so a writer to the destination
    // file is held up for one step at a time. A failure leaves destPath as it was.
    // keyHex: the raw file key (sqlitekey.h) of an encrypted source; the copy
    // is encrypted with the same key. SQLite3 Multiple Ciphers copies only
    // between two plain or two encrypted files (same key length and page size).
    static Status copy(const QString &sourcePath, const QString &destPath, QByteArrayView keyHex = {});
    // Stores settings in a copy that no Database object has open, and makes
    // it a standalone file (rollback journal, not WAL).
    static Status writeSettings(const QString &path, const QList<std::pair<QString, QString>> &settings);
    // Opens read-only (no locks, no side files when no WAL is pending) and
    // reads its facts. Refuses, naming the file, what is not an SQLite
    // database at all: missing, empty, truncated or of another format.
    static Result<BackupFileFacts> inspect(const QString &path);
    // PRAGMA integrity_check on an open connection: the first problems, empty when intact.
    static Result<QStringList> integrityProblems(const QSqlDatabase &db);
};

} // namespace care
