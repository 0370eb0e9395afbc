// StudentSearch's questions about a scope itself: does it reach a student,
// and how many students of each classroom.
#include "storage/studentsearch.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {

Result<bool> StudentSearch::reaches(const StudentListScope &scope, const QString &studentId) const
{
    QVariantList values{studentId};
    const QString condition = studentScopeCondition(scope, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM student s WHERE s.id = ? AND %1").arg(condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("check the student's scope")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Result<QHash<QString, int>> StudentSearch::classroomCounts(const StudentListScope &scope,
                                                           const QString &academicYearId) const
{
    QVariantList values{academicYearId};
    const QString condition = studentScopeCondition(scope, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.classroom_id, count(*) FROM enrollment e JOIN student s ON s.id = e.student_id "
                             "WHERE e.academic_year_id = ? AND %1 GROUP BY e.classroom_id")
                      .arg(condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("count the students of each classroom")); !s)
        return s.error();
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

}  // namespace care
