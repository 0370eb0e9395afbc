#include "demo/demopeople.h"

#include "demo/demorandom.h"
#include "domain/validation.h"

namespace care::demo {
namespace {

QString digits(DemoRandom &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + random.below(10)));
    return out;
}

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

} // namespace

RomanisedName PersonFactory::childName(Sex sex)
{
    return m_random.pick(sex == Sex::Male ? m_words.boys : m_words.girls);
}

QString PersonFactory::nickname(Sex sex)
{
    return m_random.pick(sex == Sex::Male ? m_words.boyNicknames : m_words.girlNicknames);
}

QString PersonFactory::adultName(Sex sex, bool elder)
{
    if (elder)
        return m_random.pick(sex == Sex::Male ? m_words.elderMen : m_words.elderWomen);
    return m_random.pick(sex == Sex::Male ? m_words.adultMen : m_words.adultWomen);
}

RomanisedName PersonFactory::surname()
{
    const RomanisedName &head = m_random.pick(m_words.surnameHeads);
    RomanisedName name{head.thai, head.roman};
    const int tails = m_random.chance(0.45) ? 2 : 1;
    QString previous = head.thai;
    for (int i = 0; i < tails; ++i) {
        const RomanisedName *tail = &m_random.pick(m_words.surnameTails);
        while (tail->thai == previous)  // no "ศรีศรี"
            tail = &m_random.pick(m_words.surnameTails);
        name.thai += tail->thai;
        name.roman += tail->roman;
        previous = tail->thai;
    }
    return name;
}

QString PersonFactory::teacherName()
{
    // Most teachers in Thai primary schools are women.
    const Sex sex = m_random.chance(0.72) ? Sex::Female : Sex::Male;
    const QString prefix = sex == Sex::Male ? QStringLiteral("นาย")
                                            : (m_random.chance(0.6) ? QStringLiteral("นาง") : QStringLiteral("นางสาว"));
    return prefix + adultName(sex, false) + QLatin1Char(' ') + surname().thai;
}

QString PersonFactory::officeCode(int category)
{
    // Registration office of birth: mostly Mueang Khon Kaen, then the rest of
    // the province, then the provinces people move in from.
    static const int otherProvinces[] = {10, 30, 36, 39, 41, 42, 43, 44, 45, 46, 47, 48};
    const double u = m_random.unit();
    if (category == 1 && u < 0.6)
        return QStringLiteral("4001");
    if (u < 0.8)
        return QStringLiteral("40") + twoDigits(m_random.between(1, 29));
    const int province = otherProvinces[m_random.below(int(std::size(otherProvinces)))];
    return twoDigits(province) + twoDigits(m_random.between(1, province == 10 ? 50 : 20));
}

QString PersonFactory::citizenId(int category)
{
    for (;;) {
        QString id;
        std::uint64_t key = 0;
        if (category == kGCodeCategory) {
            id = QStringLiteral("G") + digits(m_random, 12);
            key = 20'000'000'000'000ULL + id.mid(1).toULongLong();
        } else {
            const QString first12 = QString::number(category) + officeCode(category) + digits(m_random, 7);
            id = first12 + QString::number(nationalIdCheckDigit(first12));
            key = id.toULongLong();
        }
        if (m_usedIds.insert(key).second)
            return id;
    }
}

int PersonFactory::childIdCategory()
{
    // 1: Thai, registered at birth; 2: late birth registration; 0: registered
    // without Thai nationality; 6/7: migrants and their children born here;
    // 8: naturalised. Children without any registration get a G-code.
    static const QList<double> weights{94.3, 0.8, 1.2, 0.4, 1.1, 0.7, 1.5};
    static const int categories[] = {1, 2, 0, 6, 7, 8, kGCodeCategory};
    return categories[m_random.weighted(weights)];
}

int PersonFactory::adultIdCategory(int birthYearCe, int childCategory)
{
    if (childCategory == 0 || childCategory == 6 || childCategory == 7 || childCategory == kGCodeCategory)
        return m_random.chance(0.6) ? 6 : 0;
    return birthYearCe >= 1984 ? 1 : 3;  // the present numbering began in 1984
}

QString PersonFactory::mobilePhone()
{
    static const char *prefixes[] = {"06", "08", "09"};
    return QString::fromLatin1(prefixes[m_random.below(3)]) + QString::number(m_random.between(1, 9))
        + QLatin1Char('-') + digits(m_random, 3) + QLatin1Char('-') + digits(m_random, 4);
}

QDate PersonFactory::dateInYear(int year)
{
    return QDate(year, 1, 1).addDays(m_random.below(QDate::isLeapYear(year) ? 366 : 365));
}

int PersonFactory::occupation(bool elder)
{
    return m_random.weighted(elder ? m_words.elderOccupationWeights : m_words.parentOccupationWeights);
}

int PersonFactory::income(int occupationIndex)
{
    const Occupation &o = m_words.occupations.at(occupationIndex);
    if (o.maxIncome <= 0)
        return 0;
    return m_random.between(o.minIncome / 100, o.maxIncome / 100) * 100;
}

} // namespace care::demo
