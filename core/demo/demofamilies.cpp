#include "demo/demofamilies.h"

#include "demo/demopeople.h"
#include "demo/demorandom.h"
#include "util/ids.h"

#include <algorithm>

namespace care::demo {

struct FamilyMaker::Draft {
    Family family;
    int livingTogether = 0;  // people in the household
    int income = 0;          // baht per month
};

namespace {

Sex sexOf(GuardianRelation r)
{
    switch (r) {
    case GuardianRelation::Father:
    case GuardianRelation::Grandfather:
    case GuardianRelation::Uncle:
        return Sex::Male;
    default:
        return Sex::Female;
    }
}

bool isElder(GuardianRelation r)
{
    return r == GuardianRelation::Grandfather || r == GuardianRelation::Grandmother;
}

// What a teacher notes after a home visit (invented); sealed like the income.
QString householdNote(DemoRandom &random, LivingArrangement arrangement)
{
    static const QStringList general{
        QStringLiteral("บ้านเช่า ค้างค่าเช่า %1 เดือน"),
        QStringLiteral("ผู้ปกครองมีหนี้นอกระบบ ดอกเบี้ยร้อยละ %1 ต่อเดือน"),
        QStringLiteral("ได้รับบัตรสวัสดิการแห่งรัฐ เด็กเดินมาโรงเรียน %1 กิโลเมตร"),
        QStringLiteral("ผู้ปกครองป่วยเรื้อรัง ทำงานได้ %1 วันต่อสัปดาห์"),
    };
    static const QStringList grandparents{
        QStringLiteral("ยายเลี้ยงหลานตามลำพัง พ่อแม่ส่งเงินมา %1 ครั้งต่อปี"),
        QStringLiteral("ตาอายุมาก มีเบี้ยยังชีพเป็นรายได้หลัก ดูแลหลาน %1 คน"),
    };
    const QStringList &notes = arrangement == LivingArrangement::Grandparents && random.chance(0.7) ? grandparents
                                                                                                     : general;
    return random.pick(notes).arg(random.between(2, 9));
}

} // namespace

void FamilyMaker::addGuardian(Draft &draft, GuardianRelation relation, int birthYear, const QString &lastName,
                              bool livesWithChild, bool primary)
{
    const bool elder = isElder(relation);
    Sex sex = sexOf(relation);
    if (relation == GuardianRelation::Other)
        sex = m_random.chance(0.7) ? Sex::Female : Sex::Male;
    Guardian g;
    g.id = m_ids.next();
    if (sex == Sex::Male)
        g.prefix = QStringLiteral("นาย");
    else if ((elder || relation == GuardianRelation::Mother) ? m_random.chance(0.8) : m_random.chance(0.5))
        g.prefix = QStringLiteral("นาง");
    else
        g.prefix = QStringLiteral("นางสาว");
    g.firstName = m_people.adultName(sex, elder);
    g.lastName = lastName;
    if (m_random.chance(0.85))
        g.citizenId = m_people.citizenId(m_people.adultIdCategory(birthYear, draft.family.childIdCategory));
    if (m_random.chance(elder ? 0.7 : 0.93))
        g.phone = m_people.mobilePhone();
    const int occupation = m_people.occupation(elder);
    g.occupation = m_words.occupations.at(occupation).name;
    if (m_random.chance(0.8))
        g.birthDate = m_people.dateInYear(birthYear);
    if (livesWithChild) {
        ++draft.livingTogether;
        draft.income += m_people.income(occupation);
    }
    draft.family.links << GuardianLink{g, relation, primary, livesWithChild};
}

Address FamilyMaker::address(const SchoolSeed &school)
{
    Address a;
    a.houseNumber = QString::number(m_random.between(1, 450));
    if (m_random.chance(0.3))
        a.houseNumber += QLatin1Char('/') + QString::number(m_random.between(1, 30));
    // Most children live near their school.
    a.community = m_random.chance(0.4) ? school.community : m_random.pick(m_words.communities);
    a.road = m_random.chance(0.5) ? school.road : m_random.pick(m_words.roads);
    a.subdistrict = m_words.municipality.subdistrict;
    a.district = m_words.municipality.district;
    a.province = m_words.municipality.province;
    a.postcode = m_words.municipality.postcode;
    return a;
}

Family FamilyMaker::make(const QDate &childBirth, const SchoolSeed &school)
{
    using R = GuardianRelation;
    using L = LivingArrangement;
    static const QList<double> arrangementWeights{44, 17, 5, 24, 7, 3};
    static const L arrangements[] = {L::BothParents, L::MotherOnly, L::FatherOnly, L::Grandparents, L::Relatives, L::Other};

    Draft d;
    Family &f = d.family;
    f.childIdCategory = m_people.childIdCategory();
    const RomanisedName fatherSurname = m_people.surname();
    const RomanisedName motherSurname = m_people.surname();
    f.childSurname = fatherSurname;
    const L arrangement = arrangements[m_random.weighted(arrangementWeights)];
    const int motherYear = childBirth.year() - m_random.between(18, 38);
    const int fatherYear = motherYear - m_random.between(-2, 8);
    const int elderYear = motherYear - m_random.between(20, 30);
    const bool married = m_random.chance(arrangement == L::BothParents ? 0.85 : 0.35);
    const QString &mothersName = married ? fatherSurname.thai : motherSurname.thai;
    int remittance = 0;  // sent home by parents working elsewhere

    switch (arrangement) {
    case L::BothParents: {
        const bool motherPrimary = m_random.chance(0.7);
        addGuardian(d, R::Mother, motherYear, mothersName, true, motherPrimary);
        addGuardian(d, R::Father, fatherYear, fatherSurname.thai, true, !motherPrimary);
        if (m_random.chance(0.25)) {  // a grandparent lives with them
            ++d.livingTogether;
            d.income += m_people.income(m_people.occupation(true));
        }
        break;
    }
    case L::MotherOnly:
        if (!married && m_random.chance(0.4))
            f.childSurname = motherSurname;
        addGuardian(d, R::Mother, motherYear, mothersName, true, true);
        if (m_random.chance(0.4))
            addGuardian(d, R::Father, fatherYear, fatherSurname.thai, false, false);
        break;
    case L::FatherOnly:
        addGuardian(d, R::Father, fatherYear, fatherSurname.thai, true, true);
        if (m_random.chance(0.3))
            addGuardian(d, R::Mother, motherYear, mothersName, false, false);
        break;
    case L::Grandparents: {
        // Parents work in Bangkok or elsewhere; grandparents bring the child up.
        const QString &elderSurname = m_random.chance(0.5) ? fatherSurname.thai : motherSurname.thai;
        const double u = m_random.unit();
        const bool grandmother = u < 0.9;
        const bool grandfather = u >= 0.55;
        const bool grandmotherPrimary = grandmother && (!grandfather || m_random.chance(0.8));
        if (grandmother)
            addGuardian(d, R::Grandmother, elderYear, elderSurname, true, grandmotherPrimary);
        if (grandfather)
            addGuardian(d, R::Grandfather, elderYear - m_random.between(0, 5), elderSurname, true, !grandmotherPrimary);
        if (m_random.chance(0.7))
            addGuardian(d, R::Mother, motherYear, mothersName, false, false);
        if (m_random.chance(0.4))
            addGuardian(d, R::Father, fatherYear, fatherSurname.thai, false, false);
        if (m_random.chance(0.85))
            remittance = m_random.between(20, 80) * 100;
        d.livingTogether += m_random.chance(0.3) ? 1 : 0;  // an uncle or aunt at home
        break;
    }
    case L::Relatives: {
        const bool aunt = m_random.chance(0.6);
        const QString relativeSurname = m_random.chance(0.5) ? motherSurname.thai : m_people.surname().thai;
        addGuardian(d, aunt ? R::Aunt : R::Uncle, motherYear - m_random.between(-8, 8), relativeSurname, true, true);
        if (m_random.chance(0.5))
            addGuardian(d, R::Mother, motherYear, mothersName, false, false);
        if (m_random.chance(0.6))
            remittance = m_random.between(15, 50) * 100;
        break;
    }
    default:
        addGuardian(d, R::Other, motherYear - m_random.between(0, 20), m_people.surname().thai, true, true);
        break;
    }

    static const QList<double> moreSchoolChildren{72, 22, 6};
    static const QList<double> otherChildren{45, 35, 20};
    f.openPlaces = m_random.weighted(moreSchoolChildren);
    d.livingTogether += 1 + f.openPlaces + m_random.weighted(otherChildren);

    Household &h = f.household;
    h.id = m_ids.next();
    h.address = address(school);
    h.memberCount = std::clamp(d.livingTogether, 1, 30);
    h.livingArrangement = arrangement;
    if (!m_random.chance(0.04))  // a few households did not state an income
        h.monthlyIncomeBaht = d.income + remittance;
    if (m_random.chance(0.3))
        h.notes = householdNote(m_random, arrangement);
    return f;
}

} // namespace care::demo
