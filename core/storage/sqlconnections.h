#pragma once

// Connections to Care's SQLite files through Care's own Qt SQL driver, on
// the one SQLite library in the process (SQLite3 Multiple Ciphers), and the
// form in which that library takes a raw file key. Internal to core/storage.

#include "security/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace care {

// A new named connection on Care's driver (not yet open).
QSqlDatabase addSqlConnection(const QString &name);
// The key as hex digits, in guarded memory: the text the driver and the
// whole-file helpers take as a raw key (no passphrase derivation).
SecretBytes hexKeyText(const SecretBytes &key);
// Encrypts the open, unencrypted database `db` in place with the raw key.
Status rekeyConnection(sqlite3 *db, const QByteArray &keyHex, const QString &pathForMessages);

} // namespace care
