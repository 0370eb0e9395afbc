// IndicatorService: term grades and failing marks per subject.
#include "services/indicatorservice.h"

#include "security/accesscontrol.h"
#include "services/indicatorsupport.h"
#include "storage/indicatorrepository.h"
#include "util/clock.h"

#include <cmath>

namespace care {

namespace {

constexpr int kMaxSubjectLength = 100;
constexpr int kMaxMarkCount = 50;

// Subjects trimmed and checked: named, not too long, each once.
Result<QList<SubjectMark>> checkedSubjects(const QList<SubjectMark> &input)
{
    QList<SubjectMark> subjects;
    QStringList seen;
    for (qsizetype i = 0; i < input.size(); ++i) {
        SubjectMark mark = input.at(i);
        mark.subject = mark.subject.simplified();
        const QString field = QStringLiteral("subjects[%1]").arg(i);
        if (mark.subject.isEmpty())
            return Error{IndicatorServiceText::tr("Failing mark %1 has no subject name.").arg(i + 1), field, {}};
        if (mark.subject.size() > kMaxSubjectLength)
            return Error{IndicatorServiceText::tr("The subject name “%1…” is longer than %2 characters.")
                                 .arg(mark.subject.left(20))
                                 .arg(kMaxSubjectLength),
                         field,
                         {}};
        const QString key = mark.subject.toCaseFolded();
        if (seen.contains(key))
            return Error{IndicatorServiceText::tr("The subject “%1” is listed twice.").arg(mark.subject), field, {}};
        seen << key;
        subjects << mark;
    }
    return subjects;
}

Status checkCount(int count, const QString &field, const QString &what)
{
    if (count < 0 || count > kMaxMarkCount)
        return Error{IndicatorServiceText::tr("The number of %1 must be from 0 to %2.").arg(what).arg(kMaxMarkCount),
                     field,
                     {}};
    return {};
}

// The record to store: GPA rounded to two decimals, counts from the
// subjects when there are any.
Result<AcademicRecord> checkedRecord(const TermGrades &grades, const QList<SubjectMark> &subjects)
{
    AcademicRecord r{{},
                     grades.studentId,
                     grades.termId,
                     std::nullopt,
                     grades.failingMarks,
                     grades.incompleteMarks,
                     grades.notAllowedMarks};
    if (grades.gpa) {
        const double gpa = *grades.gpa;
        if (!std::isfinite(gpa) || gpa < 0.0 || gpa > 4.0)
            return Error{IndicatorServiceText::tr("The GPA must be from 0.00 to 4.00."), QStringLiteral("gpa"), {}};
        r.gpa = std::round(gpa * 100.0) / 100.0;
    }
    if (auto s = checkCount(r.failingMarks, QStringLiteral("failingMarks"), IndicatorServiceText::tr("0 marks")); !s)
        return s.error();
    if (auto s = checkCount(r.incompleteMarks, QStringLiteral("incompleteMarks"), IndicatorServiceText::tr("ร marks"));
        !s)
        return s.error();
    if (auto s = checkCount(r.notAllowedMarks, QStringLiteral("notAllowedMarks"), IndicatorServiceText::tr("มส marks"));
        !s)
        return s.error();
    if (subjects.isEmpty())
        return r;
    int counted[3] = {0, 0, 0};
    for (const SubjectMark &mark : subjects)
        ++counted[int(mark.mark)];
    const int given[3] = {r.failingMarks, r.incompleteMarks, r.notAllowedMarks};
    const bool anyGiven = given[0] + given[1] + given[2] > 0;
    if (anyGiven && (given[0] != counted[0] || given[1] != counted[1] || given[2] != counted[2]))
        return Error{IndicatorServiceText::tr("The failing-mark counts (%1 × 0, %2 × ร, %3 × มส) do not match the "
                                              "subjects listed (%4 × 0, %5 × ร, %6 × มส).")
                             .arg(given[0])
                             .arg(given[1])
                             .arg(given[2])
                             .arg(counted[0])
                             .arg(counted[1])
                             .arg(counted[2]),
                     QStringLiteral("subjects"),
                     {}};
    r.failingMarks = counted[0];
    r.incompleteMarks = counted[1];
    r.notAllowedMarks = counted[2];
    return r;
}

}  // namespace

Status IndicatorService::setTermGrades(const Session &session, const TermGrades &grades)
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::Update, Section::Identity, grades.studentId);
    if (!access)
        return access.error();
    auto term = indicators::enrolledTerm(m_db, grades.studentId, grades.termId, QStringLiteral("termId"));
    if (!term)
        return term.error();
    auto subjects = checkedSubjects(grades.subjects);
    if (!subjects)
        return subjects.error();
    auto record = checkedRecord(grades, subjects.value());
    if (!record)
        return record.error();
    IndicatorRepository repo(m_db);
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto stored = repo.academic(grades.studentId, grades.termId);
    if (!stored)
        return stored.error();
    AcademicRecord next = record.value();
    next.id = stored.value() ? stored.value()->id : scope.makeId();
    QList<SubjectMark> before;
    if (stored.value()) {
        auto marks = repo.subjectMarks(next.id);
        if (!marks)
            return marks.error();
        before = marks.value();
    }
    if (auto s = IndicatorRepository::saveAcademic(scope, stored.value(), next); !s)
        return s;
    if (auto s = IndicatorRepository::replaceSubjectMarks(scope, next.id, before, subjects.value()); !s)
        return s;
    return indicators::finishWrite(scope, stored.value() ? QStringLiteral("update") : QStringLiteral("create"),
                                   QStringLiteral("grades"), grades.studentId, Section::Identity,
                                   QStringLiteral("grades term %1").arg(indicators::termName(term.value())),
                                   access->reason);
}

Result<QList<TermGrades>> IndicatorService::grades(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Identity, studentId);
    if (!access)
        return access.error();
    return IndicatorRepository(m_db).gradesForStudent(studentId);
}

}  // namespace care
