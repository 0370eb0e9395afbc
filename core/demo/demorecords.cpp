#include "demo/demorecords.h"

#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace care::demo {
namespace {

int subjectCount(Grade g)
{
    if (gradeOrdinal(g) <= gradeOrdinal(Grade::P6))
        return 8;
    return gradeOrdinal(g) <= gradeOrdinal(Grade::M3) ? 10 : 11;
}

// Thai marking bands: below 50% fails (0); then steps of five points up to 4 at 80%.
double markFor(double percent)
{
    if (percent < 50)
        return 0.0;
    return std::min(4.0, 1.0 + 0.5 * std::floor((percent - 50) / 5));
}

} // namespace

RecordMaker::TermShare RecordMaker::shareOf(const StudentPlan &plan, int year, int term)
{
    if (!plan.placed[year].isSet())
        return {};
    const Fate fate = plan.fate;
    if (year == 0 && term == 1) {
        if (fate == Fate::LeftLastYear)
            return {m_random.uniform(0.15, 0.7), true};
        if (fate == Fate::MovedLastYear && m_random.chance(0.5))
            return {m_random.uniform(0.2, 0.8), false};
    }
    if (year == 1 && term == 0) {
        if (fate == Fate::LeftThisYear)
            return {m_random.uniform(0.25, 0.9), true};
        if (fate == Fate::MovedThisYear && m_random.chance(0.5))
            return {m_random.uniform(0.2, 0.8), false};
    }
    if (year == 1 && term == 1 && (fate == Fate::LeftThisYear || fate == Fate::MovedThisYear))
        return {};
    return {1.0, false};
}

RecordMaker::Engagement RecordMaker::drift(Engagement base)
{
    if (!m_random.chance(0.08))
        return base;
    const int shifted = int(base) + (m_random.chance(0.5) ? 1 : -1);
    return Engagement(std::clamp(shifted, int(Good), int(Poor)));
}

AttendanceRecord RecordMaker::attendance(Engagement engagement, bool leaving, int days)
{
    double rate = 0;
    int late = 0;
    if (leaving) {
        rate = m_random.uniform(0.3, 0.7);
        late = m_random.between(2, 12);
    } else if (engagement == Good) {
        const double u = m_random.unit();
        rate = 0.09 * u * u;
        late = m_random.chance(0.6) ? 0 : m_random.between(1, 4);
    } else if (engagement == AtRisk) {
        rate = m_random.uniform(0.10, 0.195);
        late = m_random.between(1, 8);
    } else {
        rate = m_random.uniform(0.20, 0.45);
        late = m_random.between(2, 12);
    }
    AttendanceRecord a;
    a.daysEnrolled = days;
    a.daysAbsent = std::clamp(int(std::lround(rate * days)), 0, days);
    a.daysLate = std::clamp(late, 0, days - a.daysAbsent);
    return a;
}

AcademicRecord RecordMaker::marks(Grade grade, double ability, Engagement engagement, double absenceRate)
{
    AcademicRecord r;
    const double incompleteChance = engagement == Good ? 0.002 : engagement == AtRisk ? 0.015 : 0.04;
    const double notAllowedChance = absenceRate >= 0.2 ? std::min(0.9, 0.25 + 2 * (absenceRate - 0.2)) : 0.0;
    double points = 0;
    double credits = 0;
    const int subjects = subjectCount(grade);
    for (int i = 0; i < subjects; ++i) {
        const double credit = i < 5 ? 1.5 : 1.0;  // core subjects weigh more
        if (m_random.chance(notAllowedChance)) {
            ++r.notAllowedMarks;
            continue;
        }
        if (m_random.chance(incompleteChance)) {
            ++r.incompleteMarks;
            continue;
        }
        // Tuned so a term's GPA averages about 3.0, about one in twelve is 4.00
        // and about one in twenty is below 1.5.
        const double percent = 55 + 33 * ability + 10 * m_random.bell() - 45 * absenceRate;
        const double mark = markFor(percent);
        if (mark == 0.0)
            ++r.failingMarks;
        points += mark * credit;
        credits += credit;
    }
    if (credits > 0)
        r.gpa = std::round(points / credits * 100) / 100;
    return r;
}

QList<TermResult> RecordMaker::termsFor(const StudentPlan &plan, const DemoCalendar &calendar)
{
    const bool leaver = plan.fate == Fate::LeftLastYear || plan.fate == Fate::LeftThisYear;
    static const QList<double> engagementWeights{90, 7, 3};
    Engagement base = leaver ? (m_random.chance(0.85) ? Poor : AtRisk) : Engagement(m_random.weighted(engagementWeights));
    const double ability = base == Good ? m_random.uniform(0.35, 1.0)
                         : base == AtRisk ? m_random.uniform(0.15, 0.75)
                                          : m_random.uniform(0.05, 0.6);
    QList<TermResult> out;
    for (int year = 0; year < 2; ++year)
        for (int term = 0; term < 2; ++term) {
            const TermShare share = shareOf(plan, year, term);
            const DemoTerm &t = calendar.years[year].terms[term];
            const int days = int(std::lround(share.share * t.elapsedDays));
            if (days <= 0)
                continue;
            const Engagement now = drift(base);
            TermResult result;
            result.year = year;
            result.term = term;
            result.attendance = attendance(now, share.leaving, days);
            const Grade grade = plan.placed[year].grade;
            const bool graded = t.finished() && share.share >= 1.0 && !share.leaving;
            if (graded && gradeOrdinal(grade) >= gradeOrdinal(Grade::P1))
                result.academic = marks(grade, std::clamp(ability + 0.05 * m_random.bell(), 0.0, 1.0), now,
                                        result.attendance.absenceRate());
            out << result;
        }
    return out;
}

} // namespace care::demo
