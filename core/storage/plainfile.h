#pragma once

// Read-only facts of a Care file (plain, or encrypted with its key), and the
// unencrypted files of versions before whole-file encryption: their key
// slots and the one-time conversion.
// Internal to core/storage.

#include "security/keyfile.h"
#include "security/secretbytes.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QString>

namespace care {

struct DatabaseFileFacts {
    int userVersion = 0;
    int applicationId = 0;
    int tableCount = 0;
};

// Reads version facts without changing the file (no WAL switch, no journal,
// no side files when no WAL is pending), with the file key of an encrypted
// file or none for a plain one. *wrongKey tells a key that does not open it.
Result<DatabaseFileFacts> inspectFileFacts(const QString &path, QByteArrayView keyHex = {}, bool *wrongKey = nullptr);
// The key slots an earlier version kept in its key_slot table, as a key file.
Result<KeyFileContent> legacyKeySlots(const QString &path);
// Encrypts the file with fileKey: a consistent copy next to it, encrypted,
// checked (integrity and row counts against the original), then swapped in.
// The original stays in place until the copy verifies; on any failure the
// original is untouched and the copy removed.
Status convertPlainFile(const QString &path, const SecretBytes &fileKey);

} // namespace care
