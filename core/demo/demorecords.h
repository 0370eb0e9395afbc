#pragma once

#include "demo/democalendar.h"
#include "demo/demoplan.h"
#include "domain/entities.h"

#include <QList>

#include <optional>

namespace care::demo {

class DemoRandom;

// One term of a student's attendance and, once the term is over, marks.
struct TermResult {
    int year = 0;  // 0 last year, 1 this year
    int term = 0;  // 0 or 1
    AttendanceRecord attendance;
    std::optional<AcademicRecord> academic;
};

// Attendance and course performance that hang together: a student keeps a
// level of engagement (good / at risk / poor) and an ability from term to
// term, with some drift; those who drop out were absent a lot first.
//
// GPA: every subject gets a Thai mark 0, 1, 1.5 … 4 from a percentage (below
// 50 = 0), and the term GPA is their credit-weighted mean rounded to two
// decimals, as on Thai report cards; subjects marked ร or มส have no number
// and stay out of the mean. มส follows from ≥ 20% absence. Early childhood
// and kindergarten get attendance only, and no term gets marks before it ends.
class RecordMaker {
public:
    explicit RecordMaker(DemoRandom &random) : m_random(random) {}

    // Ids, student and term ids are left empty for the caller.
    QList<TermResult> termsFor(const StudentPlan &plan, const DemoCalendar &calendar);

private:
    enum Engagement { Good, AtRisk, Poor };
    struct TermShare {
        double share = 0;   // part of the term's days the student was enrolled
        bool leaving = false;
    };
    TermShare shareOf(const StudentPlan &plan, int year, int term);
    Engagement drift(Engagement base);
    AttendanceRecord attendance(Engagement engagement, bool leaving, int days);
    AcademicRecord marks(Grade grade, double ability, Engagement engagement, double absenceRate);

    DemoRandom &m_random;
};

} // namespace care::demo
