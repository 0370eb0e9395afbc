#include "screening/studentterms.h"

#include "app/appcontext.h"
#include "student/academicyeartext.h"

#include <QComboBox>

#include <algorithm>

namespace care::ui {

Result<QList<StudentTerm>> StudentTerms::load(const AppContext &context, const QString &studentId)
{
    return IndicatorService(context.database(), context.clock()).terms(context.session(), studentId);
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
