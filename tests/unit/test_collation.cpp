// Thai dictionary order, in memory (QCollator) and as stored sort keys (ICU).
#include "locale/collation.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <random>

using namespace care;

namespace {

int sign(int v) { return (v > 0) - (v < 0); }

int keyCompare(const QByteArray &a, const QByteArray &b)
{
    // Stored keys are compared by SQLite as BLOBs: memcmp, then length.
    const int common = int(std::min(a.size(), b.size()));
    const int c = std::memcmp(a.constData(), b.constData(), size_t(common));
    if (c != 0)
        return sign(c);
    return sign(int(a.size()) - int(b.size()));
}

int collatorCompare(const QString &a, const QString &b)
{
    if (collation::lessThan(a, b))
        return -1;
    if (collation::lessThan(b, a))
        return 1;
    return 0;
}

// Random Thai names: consonants with following vowels, tone marks, leading
// vowels (เ แ โ ใ ไ) and the odd space between first and last name.
QStringList generatedThaiNames(int count, unsigned seed)
{
    const QString consonants = QStringLiteral("กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ");
    const QString followers = QStringLiteral("ะัาำิีึืุู");
    const QString leading = QStringLiteral("เแโใไ");
    const QString tones = QStringLiteral("่้๊๋็์");
    std::mt19937 random(seed);
    auto pick = [&random](const QString &from) { return from.at(int(random() % unsigned(from.size()))); };
    QStringList names;
    while (names.size() < count) {
        QString name;
        const int syllables = 1 + int(random() % 4);
        for (int s = 0; s < syllables; ++s) {
            const unsigned shape = random() % 10;
            if (shape < 2)
                name += pick(leading);
            name += pick(consonants);
            if (shape >= 2 && shape < 6)
                name += pick(followers);
            if (random() % 4 == 0)
                name += pick(tones);
            if (shape >= 8)
                name += pick(consonants);
        }
        if (random() % 3 == 0)
            name += QLatin1Char(' ') + pick(consonants) + pick(followers) + pick(consonants);
        names << name;
    }
    // A few exact duplicates and tone-only differences, which must compare equal / close.
    names << names.first() << QStringLiteral("กา") << QStringLiteral("ก่า") << QStringLiteral("ก้า")
          << QStringLiteral("กา ขาว") << QStringLiteral("กาข กา") << QStringLiteral("สม ศรี")
          << QStringLiteral("สมศรี") << QStringLiteral("ข์ ฝืฎ") << QStringLiteral("ขฏู่แชฑื");
    return names;
}

} // namespace

TEST_CASE("Thai names sort in dictionary order", "[collation]")
{
    // Expected order written from the Royal Institute dictionary rules:
    // consonant first (leading vowels เ แ โ ใ ไ are read after it), then the
    // vowel order ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ; consonant-only words before vowels.
    const QStringList expected{
        QStringLiteral("กมล"),   QStringLiteral("กา"),     QStringLiteral("กิน"),   QStringLiteral("กุ้ง"),
        QStringLiteral("เกษม"),  QStringLiteral("แก้ว"),   QStringLiteral("โกวิท"), QStringLiteral("ใกล้"),
        QStringLiteral("ไก่"),    QStringLiteral("ขวัญ"),   QStringLiteral("คำ"),    QStringLiteral("งาม"),
        QStringLiteral("จันทร์"), QStringLiteral("ฉัตร"),   QStringLiteral("ชาย"),   QStringLiteral("ดวงใจ"),
        QStringLiteral("ตะวัน"),  QStringLiteral("ทองดี"),  QStringLiteral("นภา"),   QStringLiteral("บุญมี"),
        QStringLiteral("ประเสริฐ"), QStringLiteral("ผ่อง"), QStringLiteral("พร"),    QStringLiteral("มณี"),
        QStringLiteral("ยุพา"),   QStringLiteral("รัตนา"),  QStringLiteral("ลำดวน"), QStringLiteral("วันดี"),
        QStringLiteral("ศรี"),    QStringLiteral("สมชาย"),  QStringLiteral("สมศรี"), QStringLiteral("หอม"),
        QStringLiteral("อรุณ"),   QStringLiteral("ฮานะ")};

    QStringList shuffled = expected;
    std::mt19937 random(42);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QStringList sorted = shuffled;
        collation::sort(sorted);
        CHECK(sorted.join(QLatin1Char(' ')).toStdString() == expected.join(QLatin1Char(' ')).toStdString());
    }

    SECTION("leading vowels are skipped for the primary order")
    {
        CHECK(collation::lessThan(QStringLiteral("เกษม"), QStringLiteral("ขวัญ")));
        CHECK(collation::lessThan(QStringLiteral("ไก่"), QStringLiteral("ขวัญ")));
        CHECK(collation::lessThan(QStringLiteral("กา"), QStringLiteral("เกษม")));
        CHECK_FALSE(collation::lessThan(QStringLiteral("ขวัญ"), QStringLiteral("เกษม")));
    }
    SECTION("tone marks weigh less than letters")
    {
        CHECK(collation::lessThan(QStringLiteral("กา"), QStringLiteral("ก่า")));
        CHECK(collation::lessThan(QStringLiteral("ก่า"), QStringLiteral("ก้า")));
        CHECK(collation::lessThan(QStringLiteral("ก้า"), QStringLiteral("กาง")));  // the extra letter decides
    }
    SECTION("the space between first and last name counts, in memory and in keys")
    {
        // Sort keys are built from "first last": a shorter first name sorts first.
        CHECK(collation::lessThan(QStringLiteral("กา ขาว"), QStringLiteral("กาข กา")));
        CHECK(keyCompare(collation::sortKey(QStringLiteral("กา ขาว")), collation::sortKey(QStringLiteral("กาข กา")))
              < 0);
        CHECK(keyCompare(collation::sortKey(QStringLiteral("สม ศรี")), collation::sortKey(QStringLiteral("สมศรี")))
              < 0);
    }
}

TEST_CASE("stored sort keys give the same order as QCollator", "[collation]")
{
    const QStringList names = generatedThaiNames(500, 7);
    QList<QByteArray> keys;
    for (const QString &name : names)
        keys << collation::sortKey(name);

    int disagreements = 0;
    for (int i = 0; i < names.size(); ++i)
        for (int j = i + 1; j < names.size(); ++j) {
            const int byCollator = collatorCompare(names.at(i), names.at(j));
            const int byKey = keyCompare(keys.at(i), keys.at(j));
            if (byCollator != byKey && ++disagreements <= 5)
                WARN(names.at(i).toStdString() << " vs " << names.at(j).toStdString() << ": collator "
                                               << byCollator << ", key " << byKey);
        }
    CHECK(disagreements == 0);

    // And the two sorts produce the same sequence.
    QStringList byCollator = names;
    collation::sort(byCollator);
    QStringList byKey = names;
    std::stable_sort(byKey.begin(), byKey.end(), [](const QString &a, const QString &b) {
        return keyCompare(collation::sortKey(a), collation::sortKey(b)) < 0;
    });
    for (int i = 0; i < byKey.size(); ++i)
        if (byKey.at(i) != byCollator.at(i))
            CHECK(collatorCompare(byKey.at(i), byCollator.at(i)) == 0);  // only ties may swap
}

TEST_CASE("sort keys are stable and carry no terminator", "[collation]")
{
    const QByteArray key = collation::sortKey(QStringLiteral("สมชาย ใจดี"));
    CHECK_FALSE(key.isEmpty());
    CHECK(key == collation::sortKey(QStringLiteral("สมชาย ใจดี")));
    CHECK_FALSE(key.endsWith('\0'));
    CHECK(keyCompare(collation::sortKey(QString()), collation::sortKey(QStringLiteral("ก"))) < 0);
    // Long text needs a second ICU call with a bigger buffer.
    const QString longName = QStringLiteral("ประเสริฐศักดิ์").repeated(20);
    const QByteArray longKey = collation::sortKey(longName);
    CHECK(longKey.size() > 64);
    CHECK(keyCompare(collation::sortKey(longName.left(longName.size() - 1)), longKey) < 0);
    CHECK_FALSE(collation::version().isEmpty());
}
