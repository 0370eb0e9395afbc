#include "storage/riskinputrepository.h"

#include "storage/rawstatement.h"
#include "storage/riskinputbatch.h"
#include "storage/rowmapping.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace care {

struct RiskInputText {
    Q_DECLARE_TR_FUNCTIONS(RiskInputText)
};

Error RiskInputRepository::lockedError() const
{
    return Error{RiskInputText::tr("Care is locked. Sign in again to compute risk levels."), {}, {}};
}

Result<RiskPeriod> RiskInputRepository::period(const QDate &day) const
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.number, t.starts_on, t.ends_on, y.year_be, y.starts_on FROM term t "
                             "JOIN academic_year y ON y.id = t.academic_year_id WHERE t.starts_on <= ? "
                             "ORDER BY t.starts_on DESC LIMIT 1"));
    q.addBindValue(dateValue(day));
    if (auto s = execStatement(q, QStringLiteral("find the current term")); !s)
        return s.error();
    RiskPeriod period;
    period.day = day;
    if (q.next()) {
        period.term = TermRef{q.value(0).toInt(), q.value(3).toInt()};
        period.termStart = dateFrom(q.value(1));
        period.termEnd = dateFrom(q.value(2));
        period.yearStart = dateFrom(q.value(4));
    }
    return period;
}

Result<QStringList> RiskInputRepository::studentIds(const QString &schoolId) const
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM student WHERE anonymised_at IS NULL%1 ORDER BY id")
                  .arg(schoolId.isEmpty() ? QString() : QStringLiteral(" AND school_id = ?")));
    if (!schoolId.isEmpty())
        q.addBindValue(schoolId);
    if (auto s = execStatement(q, QStringLiteral("list students to assess")); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QStringList> RiskInputRepository::householdStudents(const QString &householdId) const
{
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("SELECT id FROM student WHERE household_id = ? ORDER BY id"));
    q.addBindValue(householdId);
    if (auto s = execStatement(q, QStringLiteral("list a household's students")); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QList<RiskInputs>> RiskInputRepository::gather(const QString &firstId, const QString &lastId,
                                                      const QString &schoolId, const RiskPeriod &period,
                                                      const RiskInputNeeds &needs) const
{
    Batch batch;
    batch.first = firstId.toUtf8();
    batch.last = lastId.toUtf8();
    if (auto s = readStudents(batch, schoolId, needs); !s)
        return s.error();
    if (batch.students.isEmpty())
        return batch.students;
    if (auto s = readAttendance(batch, period, needs.minDaysEnrolled); !s)
        return s.error();
    if (auto s = readAcademic(batch, period); !s)
        return s.error();
    if (auto s = readBehaviour(batch, period); !s)
        return s.error();
    if (!needs.instruments.isEmpty())
        if (auto s = readScreenings(batch, period, needs); !s)
            return s.error();
    return batch.students;
}

// Each read below: one row per student (SQLite takes the bare columns of
// an aggregate query from the row of max()), in student id order.
Status RiskInputRepository::readAttendance(Batch &batch, const RiskPeriod &period, int minDays) const
{
    RawStatement q(m_connection, "SELECT a.student_id, max(t.starts_on), t.number, y.year_be, a.days_enrolled, "
                                 "a.days_absent FROM attendance_record a JOIN term t ON t.id = a.term_id "
                                 "JOIN academic_year y ON y.id = t.academic_year_id "
                                 "WHERE a.student_id BETWEEN ?1 AND ?2 AND t.starts_on <= ?3 AND a.days_enrolled >= ?4 "
                                 "GROUP BY a.student_id ORDER BY a.student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, period.day.toString(Qt::ISODate));
    q.bind(4, qint64(minDays));
    batch.rewind();
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        if (at >= 0)
            batch.students[at].attendance = AttendanceFacts{TermRef{int(q.integer(2)), int(q.integer(3))},
                                                            int(q.integer(4)), int(q.integer(5))};
    }
    return q.status();
}

Status RiskInputRepository::readAcademic(Batch &batch, const RiskPeriod &period) const
{
    RawStatement q(m_connection, "SELECT r.student_id, max(t.starts_on), t.number, y.year_be, r.gpa, r.failing_marks, "
                                 "r.incomplete_marks, r.not_allowed_marks FROM academic_record r "
                                 "JOIN term t ON t.id = r.term_id JOIN academic_year y ON y.id = t.academic_year_id "
                                 "WHERE r.student_id BETWEEN ?1 AND ?2 AND t.starts_on <= ?3 "
                                 "GROUP BY r.student_id ORDER BY r.student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, period.day.toString(Qt::ISODate));
    batch.rewind();
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        if (at < 0)
            continue;
        AcademicFacts facts;
        facts.term = TermRef{int(q.integer(2)), int(q.integer(3))};
        if (!q.isNull(4))
            facts.gpa = q.real(4);
        facts.failing = int(q.integer(5));
        facts.incomplete = int(q.integer(6));
        facts.notAllowed = int(q.integer(7));
        batch.students[at].academic = facts;
    }
    return q.status();
}

Status RiskInputRepository::readBehaviour(Batch &batch, const RiskPeriod &period) const
{
    if (!period.term)
        return {};
    RawStatement q(m_connection, "SELECT student_id, severity, kind FROM behaviour_incident "
                                 "WHERE student_id BETWEEN ?1 AND ?2 AND occurred_on BETWEEN ?3 AND ?4 "
                                 "ORDER BY student_id, occurred_on, id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, period.termStart.toString(Qt::ISODate));
    q.bind(4, std::min(period.termEnd, period.day).toString(Qt::ISODate));
    batch.rewind();
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        if (at < 0)
            continue;
        std::optional<BehaviourFacts> &facts = batch.students[at].behaviour;
        if (!facts)
            facts = BehaviourFacts{*period.term, 0, 0, {}};
        if (q.bytes(1) == QByteArrayView("serious")) {
            ++facts->serious;
            facts->seriousKinds << batch.intern(q.bytes(2));
        } else {
            ++facts->minor;
        }
    }
    return q.status();
}

} // namespace care
