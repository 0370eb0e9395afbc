#pragma once

#include "demo/democalendar.h"
#include "demo/demofamilies.h"
#include "demo/demogenerator.h"
#include "demo/demoaccounts.h"
#include "demo/demobehaviour.h"
#include "demo/demoindicatorsetup.h"
#include "demo/demoplan.h"
#include "demo/demorecords.h"
#include "demo/demoscreening.h"
#include "demo/demostructure.h"
#include "security/fieldcipher.h"

#include <QDateTime>
#include <QList>

namespace care {
class IdGenerator;
struct BulkRow;
}

namespace care::demo {

class DemoRandom;
class PersonFactory;

// Turns one planned student into rows: the student, a new or shared household
// with its guardians, enrollments of both years, the term records, then the
// screening results, behaviour incidents and daily absences that go with
// them (from `indicators`, whose random stream and ids are their own). Only
// makes rows (ready for BulkInsert), so it can run beside the database thread.
class StudentWriter {
public:
    // cipher seals the household circumstances (the demo signs in first).
    StudentWriter(const DemoWords &words, const DemoCalendar &calendar, const DemoStructure &structure,
                  PersonFactory &people, DemoRandom &random, IdGenerator &ids, FieldCipherPtr cipher,
                  const IndicatorSetup &indicators);

    // Appends the student's rows, parents before children; nowUtc stamps them.
    void write(QList<BulkRow> &rows, const StudentPlan &plan, const QDateTime &nowUtc);
    DemoSummary counts() const;
    // Keeps the first `count` studying students of school `school` (an index
    // of DemoStructure::schoolIds) with their primary guardian, for referrals.
    void collectReferrals(int school, int count)
    {
        m_referralSchool = school;
        m_referralCount = count;
    }
    const QList<Referral> &referrals() const { return m_referrals; }

private:
    Family familyFor(QList<BulkRow> &rows, const QDate &birthDate, const StudentPlan &plan, const QString &now);
    void writeRecords(QList<BulkRow> &rows, const QString &studentId, const StudentPlan &plan, const QDate &birth);

    const DemoWords &m_words;
    const DemoCalendar &m_calendar;
    const DemoStructure &m_structure;
    PersonFactory &m_people;
    DemoRandom &m_random;
    IdGenerator &m_ids;
    FieldCipherPtr m_cipher;
    FamilyMaker m_families;
    RecordMaker m_records;
    ScreeningMaker m_screenings;
    IncidentMaker m_incidents;
    QList<Family> m_openFamilies;  // households expecting another school child
    DemoSummary m_counts;
    int m_referralSchool = -1;
    int m_referralCount = 0;
    QList<Referral> m_referrals;
};

} // namespace care::demo
