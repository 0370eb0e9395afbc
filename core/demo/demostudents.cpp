#include "demo/demostudents.h"

#include "demo/demopeople.h"
#include "demo/demorandom.h"
#include "locale/dates.h"
#include "storage/bulkinsert.h"
#include "storage/rowmapping.h"
#include "util/clock.h"
#include "util/ids.h"

namespace care::demo {
namespace {

// Brothers and sisters: this share of students joins a household that expects more children.
constexpr double kSiblingChance = 0.3;

StudentStatus statusFor(Fate fate)
{
    switch (fate) {
    case Fate::Graduated: return StudentStatus::Graduated;
    case Fate::LeftLastYear:
    case Fate::LeftThisYear: return StudentStatus::LeftSchool;
    case Fate::MovedLastYear:
    case Fate::MovedThisYear: return StudentStatus::Moved;
    default: return StudentStatus::Studying;
    }
}

QString prefixFor(Sex sex, int age)
{
    if (age < 15)
        return sex == Sex::Male ? QStringLiteral("ด.ช.") : QStringLiteral("ด.ญ.");
    return sex == Sex::Male ? QStringLiteral("นาย") : QStringLiteral("นางสาว");
}

} // namespace

StudentWriter::StudentWriter(const DemoWords &words, const DemoCalendar &calendar, const DemoStructure &structure,
                             PersonFactory &people, DemoRandom &random, IdGenerator &ids, FieldCipherPtr cipher,
                             const IndicatorSetup &indicators)
    : m_words(words), m_calendar(calendar), m_structure(structure), m_people(people), m_random(random), m_ids(ids),
      m_cipher(std::move(cipher)), m_families(words, people, random, ids), m_records(random),
      m_screenings(indicators), m_incidents(indicators)
{
}

DemoSummary StudentWriter::counts() const
{
    DemoSummary counts = m_counts;
    counts.screeningResults = m_screenings.count();
    counts.behaviourIncidents = m_incidents.incidents();
    counts.dailyAbsences = m_incidents.dailyAbsences();
    return counts;
}

Family StudentWriter::familyFor(QList<BulkRow> &rows, const QDate &birthDate, const StudentPlan &plan,
                                const QString &now)
{
    if (!m_openFamilies.isEmpty() && m_random.chance(kSiblingChance)) {
        const int i = m_random.below(int(m_openFamilies.size()));
        Family family = m_openFamilies.at(i);
        if (--m_openFamilies[i].openPlaces <= 0) {
            m_openFamilies.swapItemsAt(i, m_openFamilies.size() - 1);
            m_openFamilies.removeLast();
        }
        return family;
    }
    Family family = m_families.make(birthDate, m_words.schools.at(plan.recordSchool));
    rows << BulkInsert::prepare(toRow(family.household, now, *m_cipher));
    ++m_counts.households;
    for (const GuardianLink &link : family.links) {
        rows << BulkInsert::prepare(toRow(link.guardian, now));
        ++m_counts.guardians;
    }
    if (family.openPlaces > 0)
        m_openFamilies << family;
    return family;
}

void StudentWriter::write(QList<BulkRow> &rows, const StudentPlan &plan, const QDateTime &nowUtc)
{
    const QDate birth = m_calendar.years[1].startsOn.addYears(-plan.ageAtYearStart).addDays(-m_random.below(365));
    const Family family = familyFor(rows, birth, plan, toStoredTimestamp(nowUtc));

    Student s;
    s.id = m_ids.next();
    s.schoolId = m_structure.schoolIds.at(plan.recordSchool);
    const int category = family.childIdCategory;
    s.idKind = category == kGCodeCategory ? IdKind::GCode : IdKind::NationalId;
    s.citizenId = m_people.citizenId(category);
    s.studentNumber = QString::number(plan.studentNumber);
    s.sex = plan.sex;
    s.prefix = prefixFor(plan.sex, ageOn(birth, m_calendar.today()));
    RomanisedName given = m_people.childName(plan.sex);
    for (int tries = 0; tries < 5 && family.childNames.contains(given.thai); ++tries)
        given = m_people.childName(plan.sex);
    s.firstNameTh = given.thai;
    s.firstNameEn = given.roman;
    s.lastNameTh = family.childSurname.thai;
    s.lastNameEn = family.childSurname.roman;
    s.nickname = m_people.nickname(plan.sex);
    s.birthDate = birth;
    s.address = family.household.address;
    s.status = statusFor(plan.fate);
    s.householdId = family.household.id;
    s.createdAt = nowUtc;
    s.updatedAt = nowUtc;
    for (Family &open : m_openFamilies)
        if (open.household.id == s.householdId)
            open.childNames << given.thai;
    rows << BulkInsert::prepare(toRow(s));
    ++m_counts.students;
    if (plan.recordSchool == m_referralSchool && s.status == StudentStatus::Studying
        && m_referrals.size() < m_referralCount) {
        Referral referral{s.id, {}};
        for (const GuardianLink &link : family.links)
            if (link.isPrimary)
                referral.guardianId = link.guardian.id;
        m_referrals << referral;
    }
    for (const GuardianLink &link : family.links)
        rows << BulkInsert::prepare(toRow(s.id, link), BulkInsert::IdColumn::No);
    writeRecords(rows, s.id, plan, birth);
}

void StudentWriter::writeRecords(QList<BulkRow> &rows, const QString &studentId, const StudentPlan &plan,
                                 const QDate &birth)
{
    for (int year = 0; year < 2; ++year) {
        const Placement &at = plan.placed[year];
        if (!at.isSet())
            continue;
        Enrollment e{m_ids.next(), studentId, m_structure.classroomId(year, at), m_structure.yearIds[year],
                     at.classNumber};
        rows << BulkInsert::prepare(toRow(e));
    }
    IndicatorStudent student{studentId, &plan, birth, m_records.termsFor(plan, m_calendar)};
    for (TermResult &term : student.terms) {
        const QString termId = m_structure.termIds[term.year][term.term];
        term.attendance.id = m_ids.next();
        term.attendance.studentId = studentId;
        term.attendance.termId = termId;
        rows << BulkInsert::prepare(toRow(term.attendance));
        ++m_counts.attendanceRecords;
        if (term.academic) {
            term.academic->id = m_ids.next();
            term.academic->studentId = studentId;
            term.academic->termId = termId;
            rows << BulkInsert::prepare(toRow(*term.academic));
            ++m_counts.academicRecords;
        }
    }
    const ScreeningSignals found = m_screenings.write(rows, student);
    m_incidents.write(rows, student, found);
}

} // namespace care::demo
