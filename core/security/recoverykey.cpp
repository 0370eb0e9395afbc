#include "security/recoverykey.h"

#include "security/crypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace care {

struct RecoveryKeyText {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeyText)
};

namespace {

// RFC 4648 base32: no lower case, and digits 0, 1, 8 are absent so they can
// stand for the letters people confuse them with.
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kKeyChars = 52;       // ceil(256 / 5)
constexpr int kChecksumChars = 4;   // 20 bits: a typing mistake slips through once in a million
constexpr int kTotalChars = kKeyChars + kChecksumChars;
constexpr int kGroupSize = 4;

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= '2' && u <= '7')
        return 26 + (u - '2');
    switch (u) {
    case '0': return 'O' - 'A';
    case '1': return 'I' - 'A';
    case '8': return 'B' - 'A';
    default: return -1;
    }
}

// Base32 of the key bytes (the last character carries 1 bit and 4 zero bits).
QByteArray encode(const unsigned char *data, int size)
{
    QByteArray out;
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            out += kAlphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += kAlphabet[(buffer << (5 - bits)) & 31];
    return out;
}

QByteArray checksumChars(const unsigned char *key)
{
    unsigned char digest[16];
    static const char context[] = "care-recovery-key-checksum";
    crypto_generichash(digest, sizeof digest, key, RecoveryKey::kBytes, reinterpret_cast<const unsigned char *>(context),
                       sizeof context - 1);
    const QByteArray all = encode(digest, sizeof digest);
    return all.left(kChecksumChars);
}

Error typingError(const QString &message) { return Error{message, QStringLiteral("recoveryKey"), {}}; }

} // namespace

RecoveryKey RecoveryKey::generate() { return RecoveryKey(SecretBytes::random(kBytes)); }

Result<RecoveryKey> RecoveryKey::parse(const QString &typed)
{
    QList<int> values;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return typingError(RecoveryKeyText::tr("The recovery key contains \"%1\", which is not used in recovery "
                                                   "keys. They use the letters A–Z and the digits 2–7.")
                                   .arg(c));
        values << v;
    }
    if (values.size() != kTotalChars)
        return typingError(RecoveryKeyText::tr("A recovery key has %1 letters and digits (%2 groups of %3); "
                                               "%4 were typed.")
                               .arg(kTotalChars)
                               .arg(kTotalChars / kGroupSize)
                               .arg(kGroupSize)
                               .arg(values.size()));
    SecretBytes key(kBytes);
    int buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < kKeyChars; ++i) {
        buffer = ((buffer << 5) | values.at(i)) & 0xFFF;
        bits += 5;
        if (bits >= 8) {
            if (written < kBytes)
                key.data()[written++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    QByteArray checksum;
    for (int i = kKeyChars; i < kTotalChars; ++i)
        checksum += kAlphabet[values.at(i)];
    // The padding bits of the last key character must be zero, and the checksum must match.
    const bool paddingClean = (values.at(kKeyChars - 1) & 0xF) == 0;
    if (!paddingClean || checksum != checksumChars(key.data()))
        return typingError(RecoveryKeyText::tr("The recovery key has a typing mistake: compare each group with "
                                               "the printed recovery key sheet."));
    return RecoveryKey(std::move(key));
}

QString RecoveryKey::formatted() const
{
    const QByteArray chars = encode(m_bytes.data(), kBytes) + checksumChars(m_bytes.data());
    QStringList groups;
    for (int i = 0; i < chars.size(); i += kGroupSize)
        groups << QString::fromLatin1(chars.mid(i, kGroupSize));
    return groups.join(QLatin1Char('-'));
}

SecretBytes RecoveryKey::slotKey(const QByteArray &salt) const
{
    // The recovery key is already 256 random bits: a keyed BLAKE2b over the
    // slot's salt is enough (no password stretching needed).
    static const QByteArray context("care-recovery-slot\x1f");
    const QByteArray message = context + salt;
    SecretBytes out(crypto::kKeyBytes);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       std::size_t(message.size()), m_bytes.data(), m_bytes.size());
    return out;
}

} // namespace care
