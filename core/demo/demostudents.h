#pragma once

#include "demo/democalendar.h"
#include "demo/demofamilies.h"
#include "demo/demogenerator.h"
#include "demo/demoplan.h"
#include "demo/demorecords.h"
#include "demo/demostructure.h"

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
// with its guardians, enrollments of both years and the term records. Only
// makes rows (ready for BulkInsert), so it can run beside the database thread.
class StudentWriter {
public:
    StudentWriter(const DemoWords &words, const DemoCalendar &calendar, const DemoStructure &structure,
                  PersonFactory &people, DemoRandom &random, IdGenerator &ids);

    // Appends the student's rows, parents before children; nowUtc stamps them.
    void write(QList<BulkRow> &rows, const StudentPlan &plan, const QDateTime &nowUtc);
    const DemoSummary &counts() const { return m_counts; }

private:
    Family familyFor(QList<BulkRow> &rows, const QDate &birthDate, const StudentPlan &plan, const QString &now);
    void writeRecords(QList<BulkRow> &rows, const QString &studentId, const StudentPlan &plan);

    const DemoWords &m_words;
    const DemoCalendar &m_calendar;
    const DemoStructure &m_structure;
    PersonFactory &m_people;
    DemoRandom &m_random;
    IdGenerator &m_ids;
    FamilyMaker m_families;
    RecordMaker m_records;
    QList<Family> m_openFamilies;  // households expecting another school child
    DemoSummary m_counts;
};

} // namespace care::demo
