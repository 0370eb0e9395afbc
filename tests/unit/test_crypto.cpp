// libsodium wrappers, the field cipher and the recovery key.
#include "testdatabase.h"

#include "security/crypto.h"
#include "security/fieldcipher.h"
#include "security/recoverykey.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

std::shared_ptr<const SecretBytes> randomKey()
{
    return std::make_shared<const SecretBytes>(SecretBytes::random(crypto::kKeyBytes));
}

const SealContext kWhere{QStringLiteral("household"), QStringLiteral("circumstances"), QStringLiteral("h-1")};

} // namespace

TEST_CASE("crypto: secret bytes are zeroed, random, movable", "[crypto]")
{
    REQUIRE(crypto::initialize());
    SecretBytes zero(32);
    CHECK(std::all_of(zero.data(), zero.data() + zero.size(), [](unsigned char c) { return c == 0; }));
    SecretBytes a = SecretBytes::random(32);
    SecretBytes b = SecretBytes::random(32);
    CHECK(a.size() == 32);
    CHECK_FALSE(std::equal(a.data(), a.data() + 32, b.data()));
    const unsigned char first = a.data()[0];
    SecretBytes moved(std::move(a));
    CHECK(a.isNull());
    CHECK(moved.data()[0] == first);
    SecretBytes copy = SecretBytes::fromBytes(moved.data(), moved.size());
    CHECK(std::equal(copy.data(), copy.data() + 32, moved.data()));
}

TEST_CASE("crypto: password secrets depend on password, salt and cost", "[crypto]")
{
    const auto cost = crypto::PasswordCost::minimal();
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    auto a = crypto::derivePasswordSecrets(QStringLiteral("รหัสผ่านยาวพอ"), salt, cost);
    auto again = crypto::derivePasswordSecrets(QStringLiteral("รหัสผ่านยาวพอ"), salt, cost);
    auto other = crypto::derivePasswordSecrets(QStringLiteral("รหัสผ่านยาวพอ!"), salt, cost);
    auto otherSalt = crypto::derivePasswordSecrets(QStringLiteral("รหัสผ่านยาวพอ"),
                                                   crypto::randomBytes(crypto::kSaltBytes), cost);
    REQUIRE(a.ok());
    REQUIRE(again.ok());
    REQUIRE(other.ok());
    REQUIRE(otherSalt.ok());
    CHECK(a->verifier.size() == 32);
    CHECK(crypto::constantTimeEqual(a->verifier, again->verifier));
    CHECK_FALSE(crypto::constantTimeEqual(a->verifier, other->verifier));
    CHECK_FALSE(crypto::constantTimeEqual(a->verifier, otherSalt->verifier));
    CHECK(std::equal(a->keyEncryptionKey.data(), a->keyEncryptionKey.data() + 32, again->keyEncryptionKey.data()));
    // The key-encryption key is not the verifier: a stolen verifier does not unwrap keys.
    CHECK_FALSE(std::equal(a->keyEncryptionKey.data(), a->keyEncryptionKey.data() + 32,
                           reinterpret_cast<const unsigned char *>(a->verifier.constData())));
    CHECK(crypto::PasswordCost::standard().opsLimit == 4);
    CHECK(crypto::PasswordCost::standard().memLimitBytes == 128ull * 1024 * 1024);

    auto badSalt = crypto::derivePasswordSecrets(QStringLiteral("x"), QByteArray(3, 'a'), cost);
    REQUIRE_FALSE(badSalt.ok());
    CHECK_FALSE(badSalt.error().message.isEmpty());
    auto badCost = crypto::derivePasswordSecrets(QStringLiteral("x"), salt, {0, 0});
    CHECK_FALSE(badCost.ok());
}

TEST_CASE("crypto: seal and open round-trip, and changes, other places and other keys refused", "[crypto]")
{
    const auto key = randomKey();
    const QByteArray plain("monthly income 4500");
    const QByteArray sealed = crypto::seal(*key, plain, "ad-1");
    CHECK(sealed.size() == 24 + plain.size() + 16);
    CHECK_FALSE(sealed.contains(plain));
    CHECK(crypto::seal(*key, plain, "ad-1") != sealed);  // fresh nonce every time
    auto opened = crypto::open(*key, sealed, "ad-1");
    REQUIRE(opened.ok());
    CHECK(opened.value() == plain);

    CHECK_FALSE(crypto::open(*key, sealed, "ad-2").ok());
    CHECK_FALSE(crypto::open(*randomKey(), sealed, "ad-1").ok());
    for (int i : {0, 23, 24, int(sealed.size()) - 1}) {
        QByteArray tampered = sealed;
        tampered[i] = char(tampered[i] ^ 0x01);
        auto refused = crypto::open(*key, tampered, "ad-1");
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.contains(QStringLiteral("4500")));
    }
    CHECK_FALSE(crypto::open(*key, sealed.left(30), "ad-1").ok());
    CHECK_FALSE(crypto::open(*key, QByteArray(), "ad-1").ok());
    auto empty = crypto::open(*key, crypto::seal(*key, QByteArray(), "ad"), "ad");
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("field cipher: stored form, round-trip, moved values refused", "[crypto]")
{
    const FieldCipher cipher(randomKey());
    const QString notes = QStringLiteral("ยายเลี้ยงหลานสองคน รายได้ไม่แน่นอน");
    const QString stored = cipher.sealText(notes, kWhere);
    CHECK(stored.startsWith(QStringLiteral("s1:")));
    CHECK(FieldCipher::isSealedText(stored));
    CHECK_FALSE(stored.contains(notes));
    auto opened = cipher.openText(stored, kWhere);
    REQUIRE(opened.ok());
    CHECK(opened.value() == notes);

    CHECK(cipher.sealText(QString(), kWhere).isEmpty());
    auto empty = cipher.openText(QString(), kWhere);
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());

    SealContext otherRow = kWhere;
    otherRow.recordId = QStringLiteral("h-2");
    SealContext otherColumn = kWhere;
    otherColumn.column = QStringLiteral("notes");
    CHECK_FALSE(cipher.openText(stored, otherRow).ok());
    CHECK_FALSE(cipher.openText(stored, otherColumn).ok());
    CHECK_FALSE(FieldCipher(randomKey()).openText(stored, kWhere).ok());
    auto plainStored = cipher.openText(notes, kWhere);
    REQUIRE_FALSE(plainStored.ok());
    CHECK_FALSE(plainStored.error().message.contains(notes));
    CHECK_FALSE(cipher.openText(QStringLiteral("s1:not base64!!"), kWhere).ok());

    const QByteArray scan("%PDF-1.4 scanned consent form");
    const QByteArray sealedScan = cipher.sealBytes(scan, kWhere);
    CHECK_FALSE(sealedScan.contains(scan));
    auto openedScan = cipher.openBytes(sealedScan, kWhere);
    REQUIRE(openedScan.ok());
    CHECK(openedScan.value() == scan);
    CHECK_FALSE(cipher.openBytes(sealedScan, otherRow).ok());
}

TEST_CASE("field cipher: every length opens, and damaged base64 is refused", "[crypto]")
{
    const FieldCipher cipher(randomKey());
    QByteArray plain;
    for (int length = 0; length <= 70; ++length) {  // every padding case, several times over
        const QString text = QString::fromLatin1(plain);
        const QString stored = cipher.sealText(text, kWhere);
        auto opened = cipher.openText(stored, kWhere);
        REQUIRE(opened.ok());
        CHECK(opened.value() == text);
        auto openedUtf8 = cipher.openTextUtf8(stored.toUtf8(), kWhere);
        REQUIRE(openedUtf8.ok());
        CHECK(openedUtf8.value() == plain);
        plain.append(char('a' + length % 26));
    }
    const QString stored = cipher.sealText(QStringLiteral("ผลคัดกรอง"), kWhere);
    const QString body = stored.mid(3);
    QString urlAlphabet = body;
    urlAlphabet.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
    const QStringList damaged{
            stored.chopped(1),  // a length not a multiple of four
            QStringLiteral("s1:") + body.left(8) + QStringLiteral("=") + body.mid(9),  // padding inside
            QStringLiteral("s1:") + body.left(8) + QStringLiteral(" ") + body.mid(9),  // white space
            QStringLiteral("s1:") + body.left(8) + QStringLiteral("*") + body.mid(9),  // not base64 at all
            QStringLiteral("s1:") + body + QStringLiteral("===="),                     // padding alone
    };
    for (const QString &value : damaged) {
        INFO(value.toStdString());
        CHECK_FALSE(cipher.openText(value, kWhere).ok());
        CHECK_FALSE(cipher.openTextUtf8(value.toUtf8(), kWhere).ok());
    }
    if (urlAlphabet != body)  // the other alphabet is not what sealText writes
        CHECK_FALSE(cipher.openText(QStringLiteral("s1:") + urlAlphabet, kWhere).ok());
}

TEST_CASE("field cipher: the place bound to a value is its table, column and record, in UTF-8", "[crypto]")
{
    CHECK(kWhere.associatedData()
          == QByteArray("care-field\x1f") + kWhere.table.toUtf8() + '\x1f' + kWhere.column.toUtf8() + '\x1f'
                  + kWhere.recordId.toUtf8());
    const SealContext thai{QStringLiteral("household"), QStringLiteral("notes"), QStringLiteral("บ้าน-1")};
    CHECK(thai.associatedData()
          == QByteArray("care-field\x1fhousehold\x1fnotes\x1f") + QStringLiteral("บ้าน-1").toUtf8());
    const SealContext mixed{QStringLiteral("h"), QStringLiteral("c"), QStringLiteral("ab-ก-cd")};
    CHECK(mixed.associatedData()
          == QByteArray("care-field\x1f"
                        "h\x1f"
                        "c\x1f")
                  + QStringLiteral("ab-ก-cd").toUtf8());
    // Values sealed before stay openable: the bytes are the same as ever.
    const FieldCipher cipher(randomKey());
    auto opened = cipher.openText(cipher.sealText(QStringLiteral("x"), thai), thai);
    REQUIRE(opened.ok());
}

TEST_CASE("field cipher: fingerprints are keyed and bound to their place", "[crypto]")
{
    const auto key = randomKey();
    const FieldCipher cipher(key);
    const QByteArray plain("{\"overall\":\"at_risk\"}");
    const QByteArray print = cipher.fingerprint(plain, kWhere);
    CHECK(print.size() == 16);
    CHECK(FieldCipher(key).fingerprint(plain, kWhere) == print);  // same key, value and place
    CHECK(cipher.fingerprint(QByteArray("{\"overall\":\"problem\"}"), kWhere) != print);
    SealContext otherRow = kWhere;
    otherRow.recordId = QStringLiteral("h-2");
    CHECK(cipher.fingerprint(plain, otherRow) != print);
    CHECK(FieldCipher(randomKey()).fingerprint(plain, kWhere) != print);
}

TEST_CASE("recovery key: printable groups, tolerant parsing, typing mistakes recognised", "[crypto]")
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.formatted();
    CHECK(text.size() == 14 * 4 + 13);
    CHECK(text.count(QLatin1Char('-')) == 13);
    CHECK(RecoveryKey::generate().formatted() != text);

    auto parsed = RecoveryKey::parse(text);
    REQUIRE(parsed.ok());
    CHECK(std::equal(parsed->bytes().data(), parsed->bytes().data() + 32, key.bytes().data()));

    QString sloppy = text.toLower();
    sloppy.replace(QLatin1Char('-'), QStringLiteral("  "));
    sloppy = QStringLiteral("  ") + sloppy + QStringLiteral("\n");
    CHECK(RecoveryKey::parse(sloppy).ok());
    QString joined = text;
    joined.remove(QLatin1Char('-'));
    CHECK(RecoveryKey::parse(joined).ok());
    QString confusable = text;
    confusable.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('I'), QLatin1Char('1'));
    CHECK(RecoveryKey::parse(confusable).ok());

    // One character changed: recognised as a typing mistake, not "wrong key".
    QString typo = text;
    typo[5] = typo[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto mistyped = RecoveryKey::parse(typo);
    REQUIRE_FALSE(mistyped.ok());
    CHECK(mistyped.error().field == QStringLiteral("recoveryKey"));
    CHECK(mistyped.error().message.contains(QStringLiteral("typing mistake")));

    auto tooShort = RecoveryKey::parse(text.left(20));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().message.contains(QStringLiteral("56")));
    auto badCharacter = RecoveryKey::parse(text.left(10) + QStringLiteral("!") + text.mid(11));
    REQUIRE_FALSE(badCharacter.ok());
    CHECK(badCharacter.error().message.contains(QStringLiteral("\"!\"")));

    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const SecretBytes a = key.slotKey(salt);
    const SecretBytes b = parsed->slotKey(salt);
    const SecretBytes c = key.slotKey(crypto::randomBytes(crypto::kSaltBytes));
    CHECK(std::equal(a.data(), a.data() + 32, b.data()));
    CHECK_FALSE(std::equal(a.data(), a.data() + 32, c.data()));
}
