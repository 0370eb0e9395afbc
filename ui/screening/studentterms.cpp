#include "screening/studentterms.h"

#include "app/appcontext.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "student/academicyeartext.h"

#include <QComboBox>
#include <QSet>

#include <algorithm>

namespace care::ui {

Result<QList<StudentTerm>> StudentTerms::load(const AppContext &context, const QString &studentId)
{
    // Enrollments only: the family is not read.
    auto profile = StudentRepository(context.database()).profile(studentId, false);
    if (!profile)
        return profile.error();
    SchoolRepository schools(context.database());
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

QString StudentTerms::name(const StudentTerm &term)
{
    return tr("%1/%2").arg(academicYearText(term.yearBe)).arg(term.term.number);
}

void StudentTerms::fill(QComboBox *combo, const QList<StudentTerm> &terms, const QDate &today)
{
    combo->clear();
    int current = -1;
    for (const StudentTerm &t : terms) {
        if (current < 0 && t.term.startsOn <= today && today <= t.term.endsOn)
            current = combo->count();
        combo->addItem(name(t), t.term.id);
    }
    // Otherwise the latest term that has begun.
    for (int i = 0; current < 0 && i < terms.size(); ++i)
        if (terms.at(i).term.startsOn <= today)
            current = i;
    combo->setCurrentIndex(std::max(0, current));
}

}  // namespace care::ui
