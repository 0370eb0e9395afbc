// IndicatorService::terms: the terms a student's attendance and grades may be entered for.
#include "services/indicatorservice.h"

#include "security/accesscontrol.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"

#include <QSet>

#include <algorithm>

namespace care {

Result<QList<StudentTerm>> IndicatorService::terms(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Identity, studentId);
    if (!access)
        return access.error();
    // Enrollments only: the family is not read.
    auto profile = StudentRepository(m_db).profile(studentId, false);
    if (!profile)
        return profile.error();
    SchoolRepository schools(m_db);
    QList<StudentTerm> terms;
    QSet<QString> years;
    for (const EnrollmentHistoryRow &enrollment : profile->enrollments) {
        auto classroom = schools.classroom(enrollment.classroomId);
        if (!classroom)
            return classroom.error();
        if (years.contains(classroom->academicYearId))
            continue;
        years.insert(classroom->academicYearId);
        auto yearTerms = schools.terms(classroom->academicYearId);
        if (!yearTerms)
            return yearTerms.error();
        for (const Term &term : yearTerms.value())
            terms << StudentTerm{term, enrollment.yearBe};
    }
    std::sort(terms.begin(), terms.end(),
              [](const StudentTerm &a, const StudentTerm &b) { return a.term.startsOn > b.term.startsOn; });
    return terms;
}

}  // namespace care
