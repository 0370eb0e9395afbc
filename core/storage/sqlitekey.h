#pragma once

// Whole-file encryption of SQLite databases (SQLite3 Multiple Ciphers,
// ChaCha20-Poly1305: every page encrypted and authenticated), in one place
// for Care's Qt SQL driver and the plain C API connections of sqlitefile.h.
// Internal to core/storage: not part of core's API.

#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

namespace care::sqlitekey {

// A database file key is 32 random bytes, written as 64 hex digits. It is
// used as the raw cipher key: no password derivation (PBKDF2) is involved.
constexpr int kKeyHexLength = 64;
bool isKeyHex(QByteArrayView keyHex);

// What a key operation came to: an SQLite result code and, on failure,
// SQLite's words for the log (never the key).
struct Outcome {
    int code = SQLITE_OK;
    QString detail;
    bool ok() const { return code == SQLITE_OK; }
};

// Unlocks a connection just opened with sqlite3_open_v2: applies keyHex as the
// key of its main database (none when empty: a plain file), then proves it by
// reading the schema. SQLITE_NOTADB means the key is wrong, or the file is
// encrypted and no key was given, or it is no SQLite database at all;
// SQLITE_MISUSE means keyHex is not 64 hex digits.
Outcome unlock(sqlite3 *db, QByteArrayView keyHex);

// Encrypts a plain database in place with keyHex, changes the key of an
// encrypted one, or (keyHex empty) decrypts it. Works in any journal mode and
// leaves the journal mode as it was; no other connection may have the file
// open meanwhile, and no transaction may be open on this one.
Outcome rekey(sqlite3 *db, QByteArrayView keyHex);

// True when `code` (an SQLite result code, or QSqlError::nativeErrorCode() of
// Care's driver as a number) means "wrong key, or not a database for it".
bool isWrongKeyOrNotDatabase(int code);

} // namespace care::sqlitekey
