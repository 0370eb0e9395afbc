// IndicatorRepository: term grades and the failing marks per subject.
#include "storage/indicatorrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

TableRow markRow(const QString &academicRecordId, const SubjectMark &mark)
{
    TableRow row{QStringLiteral("subject_mark"), mark.id, {}};
    row.set(QStringLiteral("academic_record_id"), academicRecordId)
            .set(QStringLiteral("subject"), mark.subject)
            .set(QStringLiteral("mark"), code(mark.mark));
    return row;
}

const SubjectMark *findSubject(const QList<SubjectMark> &marks, const QString &subject)
{
    for (const SubjectMark &mark : marks)
        if (mark.subject == subject)
            return &mark;
    return nullptr;
}

std::optional<double> optionalGpa(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

}  // namespace

Result<std::optional<AcademicRecord>> IndicatorRepository::academic(const QString &studentId,
                                                                    const QString &termId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, gpa, failing_marks, incomplete_marks, not_allowed_marks "
                             "FROM academic_record WHERE student_id = ? AND term_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(termId);
    if (auto s = execStatement(q, QStringLiteral("read grades")); !s)
        return s.error();
    if (!q.next())
        return std::optional<AcademicRecord>();
    return std::optional<AcademicRecord>(AcademicRecord{q.value(0).toString(), studentId, termId,
                                                        optionalGpa(q.value(1)), q.value(2).toInt(), q.value(3).toInt(),
                                                        q.value(4).toInt()});
}

Result<QList<TermGrades>> IndicatorRepository::gradesForStudent(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "SELECT r.id, r.term_id, r.gpa, r.failing_marks, r.incomplete_marks, r.not_allowed_marks, y.year_be, "
            "t.number "
            "FROM academic_record r JOIN term t ON t.id = r.term_id JOIN academic_year y ON y.id = t.academic_year_id "
            "WHERE r.student_id = ? ORDER BY t.starts_on DESC"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list grades")); !s)
        return s.error();
    QList<TermGrades> list;
    QStringList recordIds;
    while (q.next()) {
        TermGrades g;
        g.studentId = studentId;
        g.termId = q.value(1).toString();
        g.gpa = optionalGpa(q.value(2));
        g.failingMarks = q.value(3).toInt();
        g.incompleteMarks = q.value(4).toInt();
        g.notAllowedMarks = q.value(5).toInt();
        g.yearBe = q.value(6).toInt();
        g.termNumber = q.value(7).toInt();
        list << g;
        recordIds << q.value(0).toString();
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto marks = subjectMarks(recordIds.at(i));
        if (!marks)
            return marks.error();
        list[i].subjects = marks.value();
    }
    return list;
}

Result<QList<SubjectMark>> IndicatorRepository::subjectMarks(const QString &academicRecordId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, subject, mark FROM subject_mark WHERE academic_record_id = ? "
                             "ORDER BY subject, id"));
    q.addBindValue(academicRecordId);
    if (auto s = execStatement(q, QStringLiteral("list subject marks")); !s)
        return s.error();
    QList<SubjectMark> marks;
    while (q.next())
        marks << SubjectMark{q.value(0).toString(), q.value(1).toString(),
                             fromCode<MarkKind>(q.value(2).toString()).value_or(MarkKind::Fail)};
    return marks;
}

Status IndicatorRepository::saveAcademic(WriteScope &scope, const std::optional<AcademicRecord> &before,
                                         const AcademicRecord &after)
{
    if (!before)
        return insertRow(scope, toRow(after));
    AcademicRecord next = after;
    next.id = before->id;
    if (auto changed = updateRow(scope, toRow(*before), toRow(next)); !changed)
        return changed.error();
    return {};
}

Status IndicatorRepository::replaceSubjectMarks(WriteScope &scope, const QString &academicRecordId,
                                                const QList<SubjectMark> &before, const QList<SubjectMark> &after)
{
    // Deletes first, so a subject removed and added again never meets itself.
    for (const SubjectMark &old : before)
        if (!findSubject(after, old.subject))
            if (auto s = deleteRow(scope, QStringLiteral("subject_mark"), old.id); !s)
                return s;
    for (const SubjectMark &mark : after) {
        const SubjectMark *old = findSubject(before, mark.subject);
        if (!old) {
            SubjectMark added = mark;
            added.id = scope.makeId();
            if (auto s = insertRow(scope, markRow(academicRecordId, added)); !s)
                return s;
            continue;
        }
        SubjectMark changed = mark;
        changed.id = old->id;
        if (auto s = updateRow(scope, markRow(academicRecordId, *old), markRow(academicRecordId, changed)); !s)
            return s.error();
    }
    return {};
}

}  // namespace care
