#include "storage/riskinputrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace care {

struct RiskInputText {
    Q_DECLARE_TR_FUNCTIONS(RiskInputText)
};

namespace {

// Index of each student of the batch by id.
QHash<QString, qsizetype> indexOf(const QList<RiskInputs> &batch)
{
    QHash<QString, qsizetype> index;
    index.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        index.insert(batch.at(i).studentId, i);
    return index;
}

}  // namespace

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
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, school_id FROM student WHERE id BETWEEN ? AND ? AND anonymised_at IS NULL%1 "
                             "ORDER BY id")
                      .arg(schoolId.isEmpty() ? QString() : QStringLiteral(" AND school_id = ?")));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!schoolId.isEmpty())
        q.addBindValue(schoolId);
    if (auto s = execStatement(q, QStringLiteral("read students to assess")); !s)
        return s.error();
    QList<RiskInputs> batch;
    while (q.next()) {
        RiskInputs inputs;
        inputs.studentId = q.value(0).toString();
        inputs.schoolId = q.value(1).toString();
        batch << inputs;
    }
    if (batch.isEmpty())
        return batch;
    if (auto s = readAttendance(batch, firstId, lastId, period, needs.minDaysEnrolled); !s)
        return s.error();
    if (auto s = readAcademic(batch, firstId, lastId, period); !s)
        return s.error();
    if (auto s = readBehaviour(batch, firstId, lastId, period); !s)
        return s.error();
    if (!needs.instruments.isEmpty())
        if (auto s = readScreenings(batch, firstId, lastId, period, needs.instruments); !s)
            return s.error();
    if (needs.household)
        if (auto s = readHouseholds(batch, firstId, lastId); !s)
            return s.error();
    return batch;
}

Status RiskInputRepository::readAttendance(QList<RiskInputs> &batch, const QString &firstId, const QString &lastId,
                                           const RiskPeriod &period, int minDays) const
{
    // One row per student: SQLite takes the bare columns from the row of max().
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.student_id, max(t.starts_on), t.number, y.year_be, a.days_enrolled, "
                             "a.days_absent FROM attendance_record a JOIN term t ON t.id = a.term_id "
                             "JOIN academic_year y ON y.id = t.academic_year_id "
                             "WHERE a.student_id BETWEEN ? AND ? AND t.starts_on <= ? AND a.days_enrolled >= ? "
                             "GROUP BY a.student_id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    q.addBindValue(dateValue(period.day));
    q.addBindValue(minDays);
    if (auto s = execStatement(q, QStringLiteral("read attendance for risk")); !s)
        return s;
    const auto index = indexOf(batch);
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        batch[*at].attendance = AttendanceFacts{TermRef{q.value(2).toInt(), q.value(3).toInt()}, q.value(4).toInt(),
                                                q.value(5).toInt()};
    }
    return {};
}

Status RiskInputRepository::readAcademic(QList<RiskInputs> &batch, const QString &firstId, const QString &lastId,
                                         const RiskPeriod &period) const
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.student_id, max(t.starts_on), t.number, y.year_be, r.gpa, r.failing_marks, "
                             "r.incomplete_marks, r.not_allowed_marks FROM academic_record r "
                             "JOIN term t ON t.id = r.term_id JOIN academic_year y ON y.id = t.academic_year_id "
                             "WHERE r.student_id BETWEEN ? AND ? AND t.starts_on <= ? GROUP BY r.student_id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    q.addBindValue(dateValue(period.day));
    if (auto s = execStatement(q, QStringLiteral("read grades for risk")); !s)
        return s;
    const auto index = indexOf(batch);
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        AcademicFacts facts;
        facts.term = TermRef{q.value(2).toInt(), q.value(3).toInt()};
        if (!q.value(4).isNull())
            facts.gpa = q.value(4).toDouble();
        facts.failing = q.value(5).toInt();
        facts.incomplete = q.value(6).toInt();
        facts.notAllowed = q.value(7).toInt();
        batch[*at].academic = facts;
    }
    return {};
}

Status RiskInputRepository::readBehaviour(QList<RiskInputs> &batch, const QString &firstId, const QString &lastId,
                                          const RiskPeriod &period) const
{
    if (!period.term)
        return {};
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT student_id, severity, kind FROM behaviour_incident "
                             "WHERE student_id BETWEEN ? AND ? AND occurred_on BETWEEN ? AND ? "
                             "ORDER BY student_id, occurred_on, id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    q.addBindValue(dateValue(period.termStart));
    q.addBindValue(dateValue(std::min(period.termEnd, period.day)));
    if (auto s = execStatement(q, QStringLiteral("read behaviour incidents for risk")); !s)
        return s;
    const auto index = indexOf(batch);
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        std::optional<BehaviourFacts> &facts = batch[*at].behaviour;
        if (!facts)
            facts = BehaviourFacts{*period.term, 0, 0, {}};
        if (q.value(1).toString() == QLatin1String("serious")) {
            ++facts->serious;
            facts->seriousKinds << q.value(2).toString();
        } else {
            ++facts->minor;
        }
    }
    return {};
}

}  // namespace care
