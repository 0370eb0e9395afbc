#include "security/crypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace care::crypto {

struct CryptoText {
    Q_DECLARE_TR_FUNCTIONS(CryptoText)
};

namespace {

constexpr int kArgonOutputBytes = 64;  // first half → verifier, second half → key-encryption key
constexpr int kVerifierBytes = 32;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);

const unsigned char *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }

// Wipes a transient copy of a password before Qt frees it.
void wipe(QByteArray &a)
{
    if (!a.isEmpty())
        sodium_memzero(a.data(), std::size_t(a.size()));
}

} // namespace

bool initialize()
{
    // sodium_init is itself thread-safe and idempotent; the static keeps the answer.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

PasswordCost PasswordCost::standard() { return {4, 128ull * 1024 * 1024}; }

PasswordCost PasswordCost::minimal()
{
    return {quint64(crypto_pwhash_OPSLIMIT_MIN), quint64(crypto_pwhash_MEMLIMIT_MIN)};
}

QByteArray randomBytes(int count)
{
    initialize();
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0)
        randombytes_buf(out.data(), std::size_t(count));
    return out;
}

Result<PasswordSecrets> derivePasswordSecrets(const QString &password, const QByteArray &salt, PasswordCost cost)
{
    if (!initialize())
        return Error{CryptoText::tr("The encryption library could not start; Care cannot protect its data on "
                                    "this computer."), {}, {}};
    if (salt.size() != kSaltBytes)
        return Error{CryptoText::tr("The stored password data are damaged (the salt has the wrong length)."),
                     {}, {}};
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > crypto_pwhash_OPSLIMIT_MAX
        || cost.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || cost.memLimitBytes > crypto_pwhash_MEMLIMIT_MAX)
        return Error{CryptoText::tr("The stored password data are damaged (the cost settings are out of range)."),
                     {}, {}};

    QByteArray utf8 = password.toUtf8();
    SecretBytes output(kArgonOutputBytes);
    const int rc = crypto_pwhash(output.data(), output.size(), utf8.constData(), std::size_t(utf8.size()),
                                 bytes(salt), cost.opsLimit, std::size_t(cost.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0)
        return Error{CryptoText::tr("There is not enough free memory to check the password. Close other "
                                    "programs and try again."), {}, {}};

    PasswordSecrets secrets;
    secrets.verifier = QByteArray(kVerifierBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(secrets.verifier.data()), kVerifierBytes, output.data(),
                       kVerifierBytes, nullptr, 0);
    std::copy(output.data() + kVerifierBytes, output.data() + kArgonOutputBytes, secrets.keyEncryptionKey.data());
    return secrets;
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

QByteArray seal(const SecretBytes &key, const QByteArray &plain, const QByteArray &associatedData)
{
    initialize();
    Q_ASSERT(key.size() == std::size_t(kKeyBytes));
    QByteArray out(qsizetype(kNonceBytes + std::size_t(plain.size()) + kTagBytes), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonceBytes);  // 192-bit random nonces never repeat in practice
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, bytes(plain),
                                               std::size_t(plain.size()), bytes(associatedData),
                                               std::size_t(associatedData.size()), nullptr, nonce, key.data());
    out.truncate(qsizetype(kNonceBytes + written));
    return out;
}

Result<QByteArray> open(const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    if (!initialize())
        return Error{CryptoText::tr("The encryption library could not start; Care cannot protect its data on "
                                    "this computer."), {}, {}};
    if (key.size() != std::size_t(kKeyBytes))
        return Error{CryptoText::tr("The key has the wrong length; the value cannot be opened."), {}, {}};
    if (std::size_t(sealed.size()) < kNonceBytes + kTagBytes)
        return Error{CryptoText::tr("The protected value is too short; it was damaged or cut off."), {}, {}};
    const auto *nonce = bytes(sealed);
    const std::size_t cipherBytes = std::size_t(sealed.size()) - kNonceBytes;
    QByteArray plain(qsizetype(cipherBytes - kTagBytes), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written,
                                                   nullptr, nonce + kNonceBytes, cipherBytes,
                                                   bytes(associatedData), std::size_t(associatedData.size()),
                                                   nonce, key.data())
        != 0)
        return Error{CryptoText::tr("The protected value could not be opened: it was changed, moved from another "
                                    "place, or sealed with another key."), {}, {}};
    plain.truncate(qsizetype(written));
    return plain;
}

SecretBytes deriveSubkey(const SecretBytes &key, quint64 id, const char *context)
{
    initialize();
    Q_ASSERT(key.size() == crypto_kdf_KEYBYTES && qstrlen(context) == crypto_kdf_CONTEXTBYTES);
    SecretBytes subkey(kKeyBytes);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, context, key.data());
    return subkey;
}

QByteArray keyedDigest(const SecretBytes &key, QByteArrayView message, int outBytes)
{
    initialize();
    QByteArray digest(outBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), std::size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size()), key.data(),
                       key.size());
    return digest;
}

} // namespace care::crypto
