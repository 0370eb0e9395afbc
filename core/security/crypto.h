#pragma once

#include "security/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace care::crypto {

// Call before any other function here (idempotent, thread-safe); false if
// libsodium cannot start (no entropy source) — Care must not run then.
bool initialize();

// Argon2id cost, stored next to every salt so it can be raised later
// without locking anybody out.
struct PasswordCost {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    // OWASP-level: 4 passes over 128 MiB (about 0.4 s on the reference 2-core PC).
    static PasswordCost standard();
    // libsodium's minimum; only for unit tests that create many users.
    static PasswordCost minimal();
};

constexpr int kKeyBytes = 32;   // XChaCha20-Poly1305 key
constexpr int kSaltBytes = 16;  // crypto_pwhash salt

QByteArray randomBytes(int count);

// Both secrets a password yields from one Argon2id run: a verifier (stored,
// proves the password) and a key-encryption key (never stored, unwraps the
// database key). One run keeps sign-in time at one Argon2id cost.
struct PasswordSecrets {
    QByteArray verifier;  // 32 bytes, BLAKE2b of the first half of the Argon2id output
    SecretBytes keyEncryptionKey{kKeyBytes};
};
Result<PasswordSecrets> derivePasswordSecrets(const QString &password, const QByteArray &salt, PasswordCost cost);

bool constantTimeEqual(const QByteArray &a, const QByteArray &b);

// XChaCha20-Poly1305 (IETF): returns nonce || ciphertext+tag. associatedData
// binds the ciphertext to its place (table, column, record id) so a sealed
// value moved to another row or field fails to open.
QByteArray seal(const SecretBytes &key, const QByteArray &plain, const QByteArray &associatedData);
// Fails (with a translated message) if the data were changed, moved or
// sealed with another key.
Result<QByteArray> open(const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData);

// A subkey of `key` for one purpose (libsodium's KDF): context is exactly
// eight characters naming the purpose.
SecretBytes deriveSubkey(const SecretBytes &key, quint64 id, const char *context);
// BLAKE2b keyed with `key` (16 to 64 bytes); outBytes from 16 to 64.
QByteArray keyedDigest(const SecretBytes &key, QByteArrayView message, int outBytes = 16);

} // namespace care::crypto
