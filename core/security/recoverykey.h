#pragma once

#include "security/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace care {

// The municipal recovery key: 32 random bytes, written for printing as 14
// groups of 4 base32 characters ("ABCD-EFGH-…"), the last group a checksum
// so that a mistyped key is recognised as such instead of "wrong key".
// It unwraps the recovery key slot through a key derived with the slot's salt.
class RecoveryKey {
public:
    static constexpr int kBytes = 32;

    static RecoveryKey generate();
    // Accepts lower case, spaces and dashes anywhere, and 0/1/8 typed for O/I/B.
    static Result<RecoveryKey> parse(const QString &typed);

    // "ABCD-EFGH-…": what is shown once and printed.
    QString formatted() const;
    const SecretBytes &bytes() const { return m_bytes; }

    // The key that wraps the database key in the recovery slot (salt: 16 bytes).
    SecretBytes slotKey(const QByteArray &salt) const;

private:
    explicit RecoveryKey(SecretBytes bytes) : m_bytes(std::move(bytes)) {}
    SecretBytes m_bytes;
};

} // namespace care
