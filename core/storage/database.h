#pragma once

#include "security/fieldcipher.h"
#include "security/keyfile.h"
#include "security/secretbytes.h"
#include "util/result.h"

#include <QMutex>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace care {

// A Care database file: one SQLite file encrypted as a whole (every page,
// its WAL and journal) with a subkey of the database key, opened with one
// connection per thread (Qt connections must not cross threads). The key
// slots that unwrap the database key live in the key file beside it
// (KeyFile::pathFor), readable before the database opens.
//
// open() checks, before anything is written: the file exists and is
// readable, it is a Care file, its key file is present. An existing file is
// then closed until unlock() gives it the database key out of a key slot
// (sign-in); only then are the schema checked and migrations applied. A plain
// file of an earlier version is converted at its first unlock (copy, encrypt,
// verify, swap; the original kept until the copy verifies).
class Database {
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    static Result<std::shared_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::ExistingOnly);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QString keyFilePath() const { return KeyFile::pathFor(m_path); }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // True once the file is open with its key (after creation or unlock).
    bool isOpen() const;
    // Opens the file with the database key unwrapped from a key slot: derives
    // the file key, converts a plain file of an earlier version, checks the
    // key, the schema version and the schema's objects, then migrates. A
    // wrong key or a damaged file leaves the file untouched and this object
    // closed. Calling it again when open checks that the key is the same.
    Status unlock(const SecretBytes &databaseKey);
    // A database created by this object: its new random key, for set-up to
    // wrap into the first key slots. Null for a file that existed before.
    std::shared_ptr<const SecretBytes> createdDatabaseKey() const { return m_createdKey; }
    // An earlier version's unencrypted file, not yet converted.
    bool isPlainFile() const { return m_plainFile; }

    // The key file beside the database (slots, sign-in failures).
    Result<KeyFileContent> readKeyFile() const;
    Status writeKeyFile(const KeyFileContent &content) const;

    // This thread's connection, created on first use with Care's pragmas;
    // an invalid connection while the file is not open.
    QSqlDatabase connection() const;
    // Per-database values such as the device id (table "setting").
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    QString deviceId() const;

    // Close this thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;
    // Closes this thread's connection and opens it again with the same key,
    // checking and migrating the schema (after restore replaced the content).
    Status reopen();
    // Closes every connection this thread holds and forgets the file key
    // (restore replaces the file underneath). Other threads' connections must
    // be closed first.
    void close();

    // The unlocked database key, set by sign-in and cleared by lock/sign-out;
    // null while locked: sensitive fields can then be neither read nor written.
    FieldCipherPtr fieldCipher() const;
    void setFieldCipher(FieldCipherPtr cipher);
    // The audit trail's MAC key (a subkey of the database key): present
    // whenever the file is open, kept across an auto-lock so that refused
    // unlock attempts can be audited too.
    std::shared_ptr<const SecretBytes> auditKey() const;
    // The file key (a subkey of the database key) as SQLite takes it: for
    // whole-file work in core/storage (backups) on this same database.
    QByteArray fileKeyHex() const;

    // The subkey that encrypts the file, derived from the database key.
    static SecretBytes fileKeyOf(const SecretBytes &databaseKey);
    static SecretBytes auditKeyOf(const SecretBytes &databaseKey);

private:
    friend struct DatabaseBenchmarkAccess;  // tests/bench: the same work on a decrypted copy
    explicit Database(QString path);
    QString connectionName() const;
    Status openWithKey(const SecretBytes &databaseKey, bool creating);
    Status prepareSchema();

    QString m_path;
    QString m_instanceTag;
    bool m_plainFile = false;  // an earlier version's unencrypted file, converted at unlock
    bool m_encrypted = true;   // false only for benchmarks measuring what encryption costs
    mutable QString m_deviceId;
    mutable QMutex m_cipherMutex;
    FieldCipherPtr m_cipher;
    std::shared_ptr<const SecretBytes> m_fileKeyHex;  // hex text of the file key, in guarded memory
    std::shared_ptr<const SecretBytes> m_auditKey;
    std::shared_ptr<const SecretBytes> m_createdKey;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace care
