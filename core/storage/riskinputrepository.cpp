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
    q.prepare(QStringLiteral("SELECT t.id, t.starts_on, t.number, y.year_be FROM term t "
                             "JOIN academic_year y ON y.id = t.academic_year_id WHERE t.starts_on <= ?"));
    q.addBindValue(dateValue(day));
    if (auto s = execStatement(q, QStringLiteral("list the terms")); !s)
        return s.error();
    while (q.next())
        period.started.append({q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
                               TermRef{q.value(2).toInt(), q.value(3).toInt()}});
    return period;
}

Result<QStringList> RiskInputRepository::studentIds(const QString &schoolId) const
{
    // Every student of a full recompute, before its reader threads start: on SQLite directly.
    RawStatement q(m_connection,
                   schoolId.isEmpty() ? "SELECT id FROM student WHERE anonymised_at IS NULL ORDER BY id"
                                      : "SELECT id FROM student WHERE anonymised_at IS NULL AND school_id = ?1 "
                                        "ORDER BY id");
    if (!schoolId.isEmpty())
        q.bind(1, schoolId);
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    if (!q.status())
        return q.status().error();
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

Result<bool> RiskInputRepository::writtenSince(qint64 mark) const
{
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("SELECT 1 FROM change_log WHERE seq > ? AND entity <> 'risk_assessment' LIMIT 1"));
    q.addBindValue(mark);
    if (auto s = execStatement(q, QStringLiteral("read the change log")); !s)
        return s.error();
    return q.next();
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

// Each read below walks rows in student id order (an index order, so SQLite
// sorts nothing) and keeps what the rules read; choosing the latest term
// here costs less than joins and GROUP BY in SQL for 100,000 students.
Status RiskInputRepository::readAttendance(Batch &batch, const RiskPeriod &period, int minDays) const
{
    RawStatement q(m_connection, "SELECT student_id, term_id, days_enrolled, days_absent FROM attendance_record "
                                 "WHERE student_id BETWEEN ?1 AND ?2 AND days_enrolled >= ?3 ORDER BY student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, qint64(minDays));
    batch.rewind();
    QByteArray latestStart;  // of the record kept for the current student
    qsizetype current = -1;
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        const RiskPeriod::StartedTerm *term = period.startedTerm(q.bytes(1));
        if (at < 0 || !term)
            continue;
        if (at == current && term->startsOn <= latestStart)
            continue;  // the latest term that began counts
        current = at;
        latestStart = term->startsOn;
        batch.students[at].attendance = AttendanceFacts{term->ref, int(q.integer(2)), int(q.integer(3))};
    }
    return q.status();
}

Status RiskInputRepository::readAcademic(Batch &batch, const RiskPeriod &period) const
{
    RawStatement q(m_connection, "SELECT student_id, term_id, gpa, failing_marks, incomplete_marks, "
                                 "not_allowed_marks FROM academic_record WHERE student_id BETWEEN ?1 AND ?2 "
                                 "ORDER BY student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    batch.rewind();
    QByteArray latestStart;
    qsizetype current = -1;
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        const RiskPeriod::StartedTerm *term = period.startedTerm(q.bytes(1));
        if (at < 0 || !term)
            continue;
        if (at == current && term->startsOn <= latestStart)
            continue;
        current = at;
        latestStart = term->startsOn;
        AcademicFacts facts;
        facts.term = term->ref;
        if (!q.isNull(2))
            facts.gpa = q.real(2);
        facts.failing = int(q.integer(3));
        facts.incomplete = int(q.integer(4));
        facts.notAllowed = int(q.integer(5));
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
