#include "demo/demoindicatorsetup.h"

#include <algorithm>

namespace care::demo {

const TermResult *IndicatorStudent::term(int year, int term) const
{
    for (const TermResult &t : terms)
        if (t.year == year && t.term == term)
            return &t;
    return nullptr;
}

int IndicatorStudent::weakness(int year) const
{
    int worst = 0;
    for (const TermResult &t : terms) {
        if (t.year != year)
            continue;
        const double absence = t.attendance.absenceRate();
        int level = absence >= 0.2 ? 2 : absence >= 0.1 ? 1 : 0;
        if (t.academic) {
            const AcademicRecord &a = *t.academic;
            const int marks = a.failingMarks + a.incompleteMarks + a.notAllowedMarks;
            if (marks >= 3 || (a.gpa && *a.gpa < 1.5))
                level = 2;
            else if (marks >= 1)
                level = std::max(level, 1);
        }
        worst = std::max(worst, level);
    }
    return worst;
}

} // namespace care::demo
