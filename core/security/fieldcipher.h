#pragma once

#include "security/secretbytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace care {

// Where a sealed value lives; its text is the ciphertext's associated data,
// so a value copied into another row, column or database fails to open.
struct SealContext {
    QString table;    // "household"
    QString column;   // "circumstances"
    QString recordId; // the row's id
    QByteArray associatedData() const;
};

// The one crypto API for sensitive fields (DESIGN.md §4): seals and opens
// values with the database key. Made by the key ring when a user signs in;
// dropped (key wiped) on sign-out and auto-lock.
class FieldCipher {
public:
    explicit FieldCipher(std::shared_ptr<const SecretBytes> databaseKey);

    // Stored form: "s1:" + base64(nonce || ciphertext). Empty plain text stays
    // empty so that "nothing recorded" needs no key to recognise.
    QString sealText(const QString &plain, const SealContext &where) const;
    Result<QString> openText(const QString &stored, const SealContext &where) const;
    // openText for bulk readers (a full risk recompute opens some 300,000
    // values): the stored text's UTF-8 bytes in, the plain text's UTF-8 out,
    // without conversions to and from QString.
    Result<QByteArray> openTextUtf8(QByteArrayView stored, const SealContext &where) const;
    QByteArray sealBytes(const QByteArray &plain, const SealContext &where) const;
    Result<QByteArray> openBytes(const QByteArray &stored, const SealContext &where) const;

    static bool isSealedText(const QString &stored);

    // A keyed digest (16 bytes) of a plain value at its place. Equal values
    // at the same place have equal fingerprints; without the database key a
    // fingerprint tells nothing about the value, and the place in it keeps
    // equal values of two records apart. Lets a bulk reader recognise an
    // unchanged value without opening the sealed one.
    QByteArray fingerprint(QByteArrayView plain, const SealContext &where) const;

    // Key slots: the database key sealed under another key (a user's or the
    // recovery key's key-encryption key), so the key never leaves this object
    // in plain form.
    QByteArray wrapDatabaseKey(const SecretBytes &keyEncryptionKey, const QByteArray &associatedData) const;

private:
    std::shared_ptr<const SecretBytes> m_key;
    SecretBytes m_fingerprintKey;
};

using FieldCipherPtr = std::shared_ptr<const FieldCipher>;

} // namespace care
