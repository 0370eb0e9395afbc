#include "demo/demoplan.h"

#include "demo/demoplanrules.h"
#include "demo/demorandom.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace care::demo {
namespace {

struct Slot {
    int school;
    Grade grade;
};

struct Exit {
    int school;
    Grade grade;
    Fate fate;
};

class Planner {
public:
    Planner(const QList<SchoolSeed> &schools, DemoRandom &random) : m_schools(schools), m_random(random) {}

    DemoPlan run(int total);

private:
    StudentPlan newcomer(int school, Grade grade);
    void feedBetweenSchools();
    void addExits(int count);
    void decideThisYearFates();
    void assignRooms(int year);
    void assignStudentNumbers();
    Sex anySex() { return m_random.chance(0.51) ? Sex::Male : Sex::Female; }
    int topSize(int school) const;

    const QList<SchoolSeed> &m_schools;
    DemoRandom &m_random;
    DemoPlan m_plan;
    QList<Slot> m_slots;
    QList<int> m_counts;     // this year's students per slot
    QList<int> m_fedAway;    // per school: last year's top-grade students now in another demo school
};

int Planner::topSize(int school) const
{
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots.at(i).school == school && m_slots.at(i).grade == m_schools.at(school).highest) {
            const double share = m_slots.at(i).grade == Grade::EarlyChildhood ? kEcdSecondYearShare : 1.0;
            return int(std::lround(m_counts.at(i) * share));
        }
    return 0;
}

StudentPlan Planner::newcomer(int school, Grade grade)
{
    StudentPlan p;
    p.placed[1] = Placement{school, grade};
    p.sex = anySex();
    p.ageAtYearStart = typicalAgeAtYearStart(grade);
    const SchoolSeed &seed = m_schools.at(school);
    if (grade == Grade::EarlyChildhood) {
        if (m_random.chance(kEcdSecondYearShare)) {
            p.placed[0] = Placement{school, grade};
            p.ageAtYearStart += 1;
        }
    } else if (grade != seed.lowest) {
        const Grade previous = gradeAt(gradeOrdinal(grade) - 1);
        // A grade with more rooms than the one below (P.1 after K.3, M.1 after
        // P.6) also takes in children from other schools.
        const double fromOutside = std::max(0.03, 1.0 - seed.roomWeight(previous) / seed.roomWeight(grade));
        const double u = m_random.unit();
        if (u < fromOutside) {
            // transferred in from outside the demo schools: no record last year
        } else if (u < fromOutside + 0.01 && gradeOrdinal(grade) >= gradeOrdinal(Grade::P2)) {
            p.placed[0] = Placement{school, grade};  // repeats the grade
            p.ageAtYearStart += 1;
        } else {
            p.placed[0] = Placement{school, previous};
        }
    }
    if (gradeOrdinal(grade) >= gradeOrdinal(Grade::P1) && m_random.chance(0.015))
        p.ageAtYearStart += 1;  // started school a year late
    p.fate = p.placed[0].isSet() ? Fate::Continuing : Fate::NewThisYear;
    return p;
}

void Planner::feedBetweenSchools()
{
    m_fedAway = QList<int>(m_schools.size(), 0);
    QList<bool> fed(m_plan.students.size(), false);
    for (int s = 0; s < m_schools.size(); ++s) {
        const Grade top = m_schools.at(s).highest;
        const double share = stayShare(top);
        if (share <= 0)
            continue;
        const Grade next = gradeAt(gradeOrdinal(top) + 1);
        QList<int> candidates;
        for (int i = 0; i < m_plan.students.size(); ++i) {
            const StudentPlan &p = m_plan.students.at(i);
            if (!fed.at(i) && p.placed[1].grade == next && p.placed[1].school != s
                && !(p.placed[0].isSet() && p.placed[0].grade == next))
                candidates << i;
        }
        m_random.shuffle(candidates);
        const int wanted = int(std::lround(topSize(s) * share));
        const int taken = std::min(wanted, int(candidates.size()) / 2);
        for (int k = 0; k < taken; ++k) {
            StudentPlan &p = m_plan.students[candidates.at(k)];
            p.placed[0] = Placement{s, top};
            p.ageAtYearStart = typicalAgeAtYearStart(next);
            p.fate = Fate::Continuing;
            fed[candidates.at(k)] = true;
        }
        m_fedAway[s] = taken;
    }
}

void Planner::addExits(int count)
{
    QList<Exit> exits;
    QList<double> weights;
    for (int s = 0; s < m_schools.size(); ++s) {
        exits << Exit{s, m_schools.at(s).highest, Fate::Graduated};
        weights << std::max(0, topSize(s) - m_fedAway.at(s));
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot &slot = m_slots.at(i);
        if (slot.grade == m_schools.at(slot.school).highest)
            continue;
        const double expected = m_counts.at(i) * leaveRate(slot.grade);
        const double leftShare = isPreschool(slot.grade) ? 0.0 : 0.6;  // small children move, not drop out
        exits << Exit{slot.school, slot.grade, Fate::LeftLastYear} << Exit{slot.school, slot.grade, Fate::MovedLastYear};
        weights << expected * leftShare << expected * (1.0 - leftShare);
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
        for (int s = 0; s < m_schools.size(); ++s)
            weights[s] = 1;  // a tiny demo: let every school graduate someone
    const QList<int> counts = apportion(weights, count);
    for (int e = 0; e < exits.size(); ++e)
        for (int k = 0; k < counts.at(e); ++k) {
            StudentPlan p;
            p.placed[0] = Placement{exits.at(e).school, exits.at(e).grade};
            p.fate = exits.at(e).fate;
            p.sex = anySex();
            p.ageAtYearStart = typicalAgeAtYearStart(exits.at(e).grade) + 1;
            if (exits.at(e).grade == Grade::EarlyChildhood && p.fate == Fate::Graduated)
                p.ageAtYearStart += 1;  // finished the centre's second year at 3
            m_plan.students << p;
        }
}

void Planner::decideThisYearFates()
{
    for (StudentPlan &p : m_plan.students) {
        if (!p.placed[1].isSet())
            continue;
        const double u = m_random.unit();
        const double leave = isPreschool(p.placed[1].grade) ? 0.0 : leaveRateThisTerm(p.placed[1].grade);
        if (u < leave)
            p.fate = Fate::LeftThisYear;
        else if (u < leave + kMoveThisTerm)
            p.fate = Fate::MovedThisYear;
    }
}

void Planner::assignRooms(int year)
{
    QMap<int, QList<int>> buckets;  // ordered by school, then grade
    for (int i = 0; i < m_plan.students.size(); ++i) {
        const Placement &at = m_plan.students.at(i).placed[year];
        if (at.isSet())
            buckets[at.school * 100 + gradeOrdinal(at.grade)] << i;
    }
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        QList<int> &members = it.value();
        // Class registers list boys first, then girls.
        std::stable_partition(members.begin(), members.end(),
                              [this](int i) { return m_plan.students.at(i).sex == Sex::Male; });
        const Grade grade = gradeAt(it.key() % 100);
        const int rooms = roomsFor(grade, int(members.size()));
        QList<int> filled(rooms, 0);
        for (int k = 0; k < members.size(); ++k) {
            Placement &at = m_plan.students[members.at(k)].placed[year];
            at.room = k % rooms + 1;
            at.classNumber = ++filled[k % rooms];
        }
        m_plan.groups << ClassGroup{year, it.key() / 100, grade, rooms, int(members.size())};
    }
}

void Planner::assignStudentNumbers()
{
    QMap<int, QList<int>> bySchool;
    for (int i = 0; i < m_plan.students.size(); ++i) {
        StudentPlan &p = m_plan.students[i];
        p.recordSchool = p.placed[1].isSet() ? p.placed[1].school : p.placed[0].school;
        bySchool[p.recordSchool] << i;
    }
    for (auto it = bySchool.begin(); it != bySchool.end(); ++it) {
        QList<int> &members = it.value();
        // Older students enrolled earlier and so got smaller running numbers.
        std::stable_sort(members.begin(), members.end(), [this](int a, int b) {
            return m_plan.students.at(a).ageAtYearStart > m_plan.students.at(b).ageAtYearStart;
        });
        const int first = 10001 + m_random.below(4000);
        for (int k = 0; k < members.size(); ++k)
            m_plan.students[members.at(k)].studentNumber = first + k;
    }
}

DemoPlan Planner::run(int total)
{
    QList<double> weights;
    for (int s = 0; s < m_schools.size(); ++s)
        for (int g = gradeOrdinal(m_schools.at(s).lowest); g <= gradeOrdinal(m_schools.at(s).highest); ++g) {
            m_slots << Slot{s, gradeAt(g)};
            weights << m_schools.at(s).roomWeight(gradeAt(g)) * m_random.uniform(0.88, 1.12);
        }
    // Expected last-year-only students per student this year, to split `total`.
    double sum = 0;
    for (double w : weights)
        sum += w;
    double exitsPerStudent = 0;
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot &slot = m_slots.at(i);
        const double share = weights.at(i) / sum;
        if (slot.grade == m_schools.at(slot.school).highest)
            exitsPerStudent += share * (slot.grade == Grade::EarlyChildhood ? kEcdSecondYearShare : 1.0)
                * (1.0 - stayShare(slot.grade));
        else
            exitsPerStudent += share * leaveRate(slot.grade);
    }
    const int thisYear = std::clamp(int(std::lround(total / (1.0 + exitsPerStudent))), std::min(total, 1), total);
    m_counts = apportion(weights, thisYear);
    for (int i = 0; i < m_slots.size(); ++i)
        for (int k = 0; k < m_counts.at(i); ++k)
            m_plan.students << newcomer(m_slots.at(i).school, m_slots.at(i).grade);
    feedBetweenSchools();
    decideThisYearFates();
    addExits(total - thisYear);
    assignRooms(0);
    assignRooms(1);
    assignStudentNumbers();
    m_random.shuffle(m_plan.students);
    return m_plan;
}

} // namespace

int typicalAgeAtYearStart(Grade grade)
{
    return 2 + gradeOrdinal(grade);  // early childhood 2, K1 3, P1 6, M1 12, M6 17
}

DemoPlan planStudents(const QList<SchoolSeed> &schools, int total, DemoRandom &random)
{
    return Planner(schools, random).run(total);
}

} // namespace care::demo
