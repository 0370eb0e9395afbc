#include "services/indicatorsupport.h"

#include "locale/dates.h"
#include "risk/riskservice.h"

namespace care::indicators {

Error lockedError()
{
    return Error{IndicatorServiceText::tr("Care is locked. Sign in again to read or record notes and screening "
                                          "answers."),
                 {},
                 {}};
}

Status finishWrite(WriteScope &scope, const QString &action, const QString &entity, const QString &studentId,
                   Section section, const QString &summary, const QString &reason)
{
    if (auto s = scope.audit(action, entity, studentId, code(section), summary, reason); !s)
        return s;
    if (auto s = RiskService::recomputeIn(scope, studentId); !s)
        return s;
    return scope.commit();
}

namespace {

Result<TermInfo> checkEnrolled(Database &db, const QString &studentId, const TermInfo &term, const QString &field)
{
    auto enrolled = RosterRepository(db).enrolledInYear(studentId, term.term.academicYearId);
    if (!enrolled)
        return enrolled.error();
    if (!enrolled.value())
        return Error{IndicatorServiceText::tr("The student is not enrolled in academic year %1.").arg(term.yearBe),
                     field,
                     {}};
    return term;
}

}  // namespace

Result<TermInfo> enrolledTerm(Database &db, const QString &studentId, const QString &termId, const QString &field)
{
    auto term = RosterRepository(db).term(termId);
    if (!term)
        return term.error();
    if (!term.value())
        return Error{IndicatorServiceText::tr("Choose a term: no term has the id “%1”.").arg(termId), field, {}};
    return checkEnrolled(db, studentId, *term.value(), field);
}

Result<TermInfo> enrolledTermOn(Database &db, const QString &studentId, const QDate &date, const QString &field)
{
    auto term = RosterRepository(db).termOn(date);
    if (!term)
        return term.error();
    if (!term.value())
        return Error{
                IndicatorServiceText::tr("%1 falls outside every term of the school calendar.").arg(formatDate(date)),
                field,
                {}};
    return checkEnrolled(db, studentId, *term.value(), field);
}

int weekdays(const Term &term)
{
    int count = 0;
    for (QDate day = term.startsOn; day.isValid() && day <= term.endsOn; day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            ++count;
    return count;
}

QString termName(const TermInfo &term)
{
    return QStringLiteral("%1/%2").arg(term.term.number).arg(term.yearBe);
}

}  // namespace care::indicators
