#include "security/fieldcipher.h"

#include "security/crypto.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>
#include <optional>

namespace care {

struct FieldCipherText {
    Q_DECLARE_TR_FUNCTIONS(FieldCipherText)
};

namespace {

const QLatin1String kTextPrefix("s1:");
const QByteArray kBytesPrefix("s1:");

// Standard base64 with padding, as sealText writes it; anything else
// (another alphabet, white space, a bad length) is refused. A plain table
// decoder: the text is ciphertext, so constant time buys nothing, and bulk
// readers open hundreds of thousands of values.
std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    static const auto table = [] {
        std::array<qint8, 256> t;
        t.fill(-1);
        const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[uchar(alphabet[i])] = qint8(i);
        return t;
    }();
    const qsizetype size = text.size();
    if (size % 4 != 0)
        return std::nullopt;
    const qsizetype padding = size == 0 ? 0 : (text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0);
    QByteArray out(size / 4 * 3 - padding, Qt::Uninitialized);
    char *to = out.data();
    const auto *from = reinterpret_cast<const uchar *>(text.data());
    for (qsizetype i = 0; i < size; i += 4) {
        const bool last = i + 4 == size;
        const int a = table[from[i]];
        const int b = table[from[i + 1]];
        const int c = last && padding == 2 ? 0 : table[from[i + 2]];
        const int d = last && padding >= 1 ? 0 : table[from[i + 3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const quint32 bits = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *to++ = char(bits >> 16);
        if (!last || padding < 2)
            *to++ = char(bits >> 8);
        if (!last || padding < 1)
            *to++ = char(bits);
    }
    return out;
}

// The fingerprint key: derived from the database key, so a fingerprint is
// worthless without it, and separate from it, so it never touches a sealed value.
constexpr quint64 kFingerprintSubkeyId = 1;
constexpr char kFingerprintContext[crypto_kdf_CONTEXTBYTES + 1] = "carefpr1";

} // namespace

QByteArray SealContext::associatedData() const
{
    // Unit separators keep ("ab","c") and ("a","bc") apart. Built in one
    // buffer: bulk readers make one per value they open.
    static constexpr char kPrefix[] = "care-field\x1f";
    QByteArray data;
    data.reserve(qsizetype(sizeof kPrefix) + 3 * (table.size() + column.size() + recordId.size()) + 2);
    data.append(kPrefix);
    const auto appendUtf8 = [&data](const QString &text) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x80) {  // rare (tables, columns and ids are ASCII): the general conversion
                data.append(QStringView(text).sliced(i).toUtf8());
                return;
            }
            data.append(char(c));
        }
    };
    appendUtf8(table);
    data.append('\x1f');
    appendUtf8(column);
    data.append('\x1f');
    appendUtf8(recordId);
    return data;
}

FieldCipher::FieldCipher(std::shared_ptr<const SecretBytes> databaseKey)
    : m_key(std::move(databaseKey)),
      m_fingerprintKey(crypto::deriveSubkey(*m_key, kFingerprintSubkeyId, kFingerprintContext))
{}

QByteArray FieldCipher::fingerprint(QByteArrayView plain, const SealContext &where) const
{
    QByteArray message = where.associatedData();
    message.append('\x1e').append(plain);
    return crypto::keyedDigest(m_fingerprintKey, message);
}

QByteArray FieldCipher::wrapDatabaseKey(const SecretBytes &keyEncryptionKey, const QByteArray &associatedData) const
{
    const QByteArray plain = QByteArray::fromRawData(reinterpret_cast<const char *>(m_key->data()),
                                                     qsizetype(m_key->size()));
    return crypto::seal(keyEncryptionKey, plain, associatedData);
}

bool FieldCipher::isSealedText(const QString &stored) { return stored.startsWith(kTextPrefix); }

QByteArray FieldCipher::sealBytes(const QByteArray &plain, const SealContext &where) const
{
    if (plain.isEmpty())
        return {};
    return kBytesPrefix + crypto::seal(*m_key, plain, where.associatedData());
}

Result<QByteArray> FieldCipher::openBytes(const QByteArray &stored, const SealContext &where) const
{
    if (stored.isEmpty())
        return QByteArray();
    if (!stored.startsWith(kBytesPrefix))
        return Error{FieldCipherText::tr("A protected value is stored in an unknown form; it cannot be opened."),
                     {}, where.table + QLatin1Char('.') + where.column};
    auto plain = crypto::open(*m_key, stored.mid(kBytesPrefix.size()), where.associatedData());
    if (!plain)
        return Error{plain.error().message, {}, where.table + QLatin1Char('.') + where.column};
    return plain;
}

QString FieldCipher::sealText(const QString &plain, const SealContext &where) const
{
    if (plain.isEmpty())
        return {};
    const QByteArray sealed = crypto::seal(*m_key, plain.toUtf8(), where.associatedData());
    return kTextPrefix + QString::fromLatin1(sealed.toBase64());
}

Result<QString> FieldCipher::openText(const QString &stored, const SealContext &where) const
{
    auto plain = openTextUtf8(stored.toUtf8(), where);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

Result<QByteArray> FieldCipher::openTextUtf8(QByteArrayView stored, const SealContext &where) const
{
    if (stored.isEmpty())
        return QByteArray();
    const auto location = [&where] { return where.table + QLatin1Char('.') + where.column; };  // on failure only
    if (!stored.startsWith(kBytesPrefix))
        return Error{FieldCipherText::tr("A protected value is stored in an unknown form; it cannot be opened."),
                     {}, location()};
    const auto decoded = decodeBase64(stored.sliced(kBytesPrefix.size()));
    if (!decoded)
        return Error{FieldCipherText::tr("A protected value is damaged (it is not valid base64)."), {}, location()};
    auto plain = crypto::open(*m_key, *decoded, where.associatedData());
    if (!plain)
        return Error{plain.error().message, {}, location()};
    return plain;
}

} // namespace care
