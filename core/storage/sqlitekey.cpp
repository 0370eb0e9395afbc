#include "storage/sqlitekey.h"

#include "security/secretbytes.h"

#include <cstring>

namespace care::sqlitekey {

namespace {

// SQLite3 Multiple Ciphers takes "raw:" followed by the key in hex as a raw
// key (the PBKDF2 step is skipped; the file's random salt is kept). Built in
// guarded memory, wiped when it goes.
SecretBytes rawKeyText(QByteArrayView keyHex)
{
    static constexpr char kPrefix[] = "raw:";
    constexpr std::size_t prefixLength = sizeof(kPrefix) - 1;
    SecretBytes text(prefixLength + std::size_t(keyHex.size()));
    std::memcpy(text.data(), kPrefix, prefixLength);
    std::memcpy(text.data() + prefixLength, keyHex.data(), std::size_t(keyHex.size()));
    return text;
}

Outcome outcome(sqlite3 *db, int code)
{
    if (code == SQLITE_OK)
        return {};
    return Outcome{code, QString::fromUtf8(sqlite3_errmsg(db))};
}

Outcome notKeyHex()
{
    return Outcome{SQLITE_MISUSE, QStringLiteral("the key is not %1 hex digits").arg(kKeyHexLength)};
}

// The one cipher Care uses, chosen explicitly for the connection.
Outcome chooseCipher(sqlite3 *db)
{
    const int chacha20 = sqlite3mc_cipher_index("chacha20");
    if (chacha20 <= 0 || sqlite3mc_config(db, "cipher", chacha20) != chacha20)
        return Outcome{SQLITE_ERROR, QStringLiteral("the cipher chacha20 is not available")};
    return {};
}

int journalMode(sqlite3 *db, const char *statement, QByteArray *mode)
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db, statement, -1, &raw, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(raw);
        if (rc == SQLITE_ROW) {
            if (mode)
                *mode = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(raw);
    return rc;
}

} // namespace

bool isKeyHex(QByteArrayView keyHex)
{
    if (keyHex.size() != kKeyHexLength)
        return false;
    for (const char c : keyHex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

Outcome unlock(sqlite3 *db, QByteArrayView keyHex)
{
    if (!keyHex.isEmpty()) {
        if (!isKeyHex(keyHex))
            return notKeyHex();
        if (Outcome chosen = chooseCipher(db); !chosen.ok())
            return chosen;
        const SecretBytes key = rawKeyText(keyHex);
        if (int rc = sqlite3_key_v2(db, "main", key.data(), int(key.size())); rc != SQLITE_OK)
            return outcome(db, rc);
    }
    // The key is only tried when a page is read: read the schema now, so a
    // wrong key or a file that is no database fails here, not at the first query.
    return outcome(db, sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr));
}

Outcome rekey(sqlite3 *db, QByteArrayView keyHex)
{
    if (!keyHex.isEmpty()) {
        if (!isKeyHex(keyHex))
            return notKeyHex();
        if (Outcome chosen = chooseCipher(db); !chosen.ok())
            return chosen;
    }
    // SQLite3 Multiple Ciphers rewrites the pages through a rollback journal:
    // leave WAL for the rekey and return to it afterwards.
    QByteArray mode;
    if (int rc = journalMode(db, "PRAGMA journal_mode", &mode); rc != SQLITE_OK)
        return outcome(db, rc);
    const bool wal = mode.compare("wal", Qt::CaseInsensitive) == 0;
    if (wal) {
        if (int rc = journalMode(db, "PRAGMA journal_mode = DELETE", &mode); rc != SQLITE_OK)
            return outcome(db, rc);
    }
    if (wal && mode.compare("wal", Qt::CaseInsensitive) == 0)
        return Outcome{SQLITE_BUSY, QStringLiteral("the database is open elsewhere; it stays in WAL mode")};
    Outcome result;
    if (keyHex.isEmpty()) {
        result = outcome(db, sqlite3_rekey_v2(db, "main", nullptr, 0));
    } else {
        const SecretBytes key = rawKeyText(keyHex);
        result = outcome(db, sqlite3_rekey_v2(db, "main", key.data(), int(key.size())));
    }
    if (wal) {
        if (int rc = journalMode(db, "PRAGMA journal_mode = WAL", nullptr); rc != SQLITE_OK && result.ok())
            result = outcome(db, rc);
    }
    return result;
}

bool isWrongKeyOrNotDatabase(int code)
{
    return (code & 0xff) == SQLITE_NOTADB;
}

} // namespace care::sqlitekey
