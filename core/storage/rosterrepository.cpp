#include "storage/rosterrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {

namespace {

const QString kTermSelect = QStringLiteral("SELECT t.id, t.academic_year_id, t.number, t.starts_on, t.ends_on, "
                                           "y.year_be FROM term t JOIN academic_year y ON y.id = t.academic_year_id ");

Result<std::optional<TermInfo>> firstTerm(QSqlQuery &q)
{
    if (auto s = execStatement(q, QStringLiteral("read term")); !s)
        return s.error();
    if (!q.next())
        return std::optional<TermInfo>();
    Term term{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), dateFrom(q.value(3)),
              dateFrom(q.value(4))};
    return std::optional<TermInfo>(TermInfo{term, q.value(5).toInt()});
}

}  // namespace

Result<QList<RosterEntry>> RosterRepository::classroom(const QString &classroomId) const
{
    QStringList columns;
    for (const QString &c : studentColumns())
        columns << QStringLiteral("s.") + c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, e.class_number FROM enrollment e JOIN student s ON s.id = e.student_id "
                             "WHERE e.classroom_id = ? "
                             "ORDER BY e.class_number = 0, e.class_number, s.sort_key, s.id")
                      .arg(columns.join(QLatin1Char(','))));
    q.addBindValue(classroomId);
    if (auto s = execStatement(q, QStringLiteral("read class register")); !s)
        return s.error();
    QList<RosterEntry> entries;
    const int n = int(columns.size());
    while (q.next())
        entries << RosterEntry{studentFromQuery(q), q.value(n).toInt()};
    return entries;
}

Result<std::optional<TermInfo>> RosterRepository::term(const QString &termId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermSelect + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(termId);
    return firstTerm(q);
}

Result<std::optional<TermInfo>> RosterRepository::termOn(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermSelect
              + QStringLiteral("WHERE t.starts_on <= ? AND t.ends_on >= ? ORDER BY t.starts_on DESC "
                               "LIMIT 1"));
    q.addBindValue(dateValue(date));
    q.addBindValue(dateValue(date));
    return firstTerm(q);
}

Result<std::optional<TermInfo>> RosterRepository::term(int yearBe, int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kTermSelect + QStringLiteral("WHERE y.year_be = ? AND t.number = ?"));
    q.addBindValue(yearBe);
    q.addBindValue(number);
    return firstTerm(q);
}

Result<bool> RosterRepository::enrolledInYear(const QString &studentId, const QString &academicYearId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM enrollment WHERE student_id = ? AND academic_year_id = ? LIMIT 1"));
    q.addBindValue(studentId);
    q.addBindValue(academicYearId);
    if (auto s = execStatement(q, QStringLiteral("read enrollment")); !s)
        return s.error();
    return q.next();
}

Result<QStringList> RosterRepository::studentsWithNumber(const QString &studentNumber, const QString &schoolId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
            schoolId.isEmpty()
                    ? QStringLiteral("SELECT id FROM student WHERE student_number = ? ORDER BY id")
                    : QStringLiteral("SELECT id FROM student WHERE student_number = ? AND school_id = ? ORDER BY id"));
    q.addBindValue(studentNumber.trimmed());
    if (!schoolId.isEmpty())
        q.addBindValue(schoolId);
    if (auto s = execStatement(q, QStringLiteral("find student number")); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

}  // namespace care
