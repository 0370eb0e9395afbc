#include "security/fieldcipher.h"

#include "security/crypto.h"

#include <QCoreApplication>

namespace care {

struct FieldCipherText {
    Q_DECLARE_TR_FUNCTIONS(FieldCipherText)
};

namespace {

const QLatin1String kTextPrefix("s1:");
const QByteArray kBytesPrefix("s1:");

} // namespace

QByteArray SealContext::associatedData() const
{
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    return QByteArray("care-field\x1f") + table.toUtf8() + '\x1f' + column.toUtf8() + '\x1f' + recordId.toUtf8();
}

FieldCipher::FieldCipher(std::shared_ptr<const SecretBytes> databaseKey) : m_key(std::move(databaseKey)) {}

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
    if (stored.isEmpty())
        return QString();
    const QString location = where.table + QLatin1Char('.') + where.column;
    if (!isSealedText(stored))
        return Error{FieldCipherText::tr("A protected value is stored in an unknown form; it cannot be opened."),
                     {}, location};
    auto decoded = QByteArray::fromBase64Encoding(stored.mid(kTextPrefix.size()).toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{FieldCipherText::tr("A protected value is damaged (it is not valid base64)."), {}, location};
    auto plain = crypto::open(*m_key, *decoded, where.associatedData());
    if (!plain)
        return Error{plain.error().message, {}, location};
    return QString::fromUtf8(plain.value());
}

Result<QByteArray> FieldCipher::openTextUtf8(QByteArrayView stored, const SealContext &where) const
{
    if (stored.isEmpty())
        return QByteArray();
    const auto location = [&where] { return where.table + QLatin1Char('.') + where.column; };  // on failure only
    if (!stored.startsWith(QByteArrayView("s1:")))
        return Error{FieldCipherText::tr("A protected value is stored in an unknown form; it cannot be opened."),
                     {}, location()};
    // Qt's table decoder: several times faster than libsodium's constant-time
    // one, which buys nothing here (the text is ciphertext, not a secret).
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(stored.data() + 3, stored.size() - 3),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{FieldCipherText::tr("A protected value is damaged (it is not valid base64)."), {}, location()};
    auto plain = crypto::open(*m_key, decoded.decoded, where.associatedData());
    if (!plain)
        return Error{plain.error().message, {}, location()};
    return plain;
}

} // namespace care
