#pragma once

// Plain SQLite C API connections for whole-file work inside core/storage
// (online backup, read-only inspection), beside Qt Sql's own connections.
// Internal to core/storage: not part of core's API.

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace care::sqlitefile {

struct CloseConnection {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

// name: a file path in the file system's encoding, or a "file:" URI with
// SQLITE_OPEN_URI. keyHex: the raw database file key (64 hex digits) of an
// encrypted file, empty for a plain one (see sqlitekey.h). The connection is
// proven readable (its schema read) before it is returned. On failure,
// *failureCode (when given) is the SQLite result code:
// sqlitekey::isWrongKeyOrNotDatabase(*failureCode) tells a wrong key, a
// missing key or a file that is not a database from other faults.
Result<Connection> openConnection(const QByteArray &name, int flags, const QString &pathForMessages,
                                  QByteArrayView keyHex = {}, int *failureCode = nullptr);
// A failed SQLite call as a translated message naming the file; SQLite's own words go to the location.
Error sqliteError(sqlite3 *db, int code, const QString &path);
int execute(sqlite3 *db, const char *sql);
// First column of a one-row query as text; NULL and no row read as "".
Result<QString> scalar(sqlite3 *db, const QString &sql, const QString &path, const QString &bound = {});
// PRAGMA integrity_check rows as single-line findings: "ok" means none, and
// the "*** in database main ***" heading is dropped.
QStringList integrityFindings(const QStringList &rows);

constexpr int kIntegrityProblemsShown = 20;

} // namespace care::sqlitefile
