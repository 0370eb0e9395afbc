#include "storage/accessrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace care {

Result<std::optional<AccessUserRow>> AccessRepository::user(const QString &userId) const
{
    QSqlQuery q(m_db.connection());
    // One statement with the assignments: every check reads them fresh.
    q.prepare(QStringLiteral("SELECT role, coalesce(school_id, ''), disabled_at IS NOT NULL, "
                             "       (SELECT group_concat(classroom_id) FROM user_classroom WHERE user_id = u.id) "
                             "FROM app_user u WHERE id = ?"));
    q.addBindValue(userId);
    if (auto s = execStatement(q, QStringLiteral("read the signed-in user")); !s)
        return s.error();
    if (!q.next())
        return std::optional<AccessUserRow>();
    AccessUserRow row{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), {}};
    for (const QString &id : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        row.classroomIds.insert(id);
    return std::optional<AccessUserRow>(row);
}

Result<std::optional<QString>> AccessRepository::studentSchool(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT school_id FROM student WHERE id = ?"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("read the student's school")); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QString> AccessRepository::currentAcademicYear(const QDate &today) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM academic_year WHERE starts_on <= ? ORDER BY starts_on DESC LIMIT 1"));
    q.addBindValue(dateValue(today));
    if (auto s = execStatement(q, QStringLiteral("find the current academic year")); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QSet<QString>> AccessRepository::classroomsInYear(const QString &studentId, const QString &academicYearId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT classroom_id FROM enrollment WHERE student_id = ? AND academic_year_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(academicYearId);
    if (auto s = execStatement(q, QStringLiteral("read the student's classrooms")); !s)
        return s.error();
    QSet<QString> classrooms;
    while (q.next())
        classrooms.insert(q.value(0).toString());
    return classrooms;
}

Result<bool> AccessRepository::hasOpenReferral(const QString &userId, const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM care_assignment WHERE user_id = ? AND student_id = ? "
                             "AND kind = 'health_referral' AND ended_at IS NULL LIMIT 1"));
    q.addBindValue(userId);
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("read the student's referrals")); !s)
        return s.error();
    return q.next();
}

Result<QString> AccessRepository::latestConsentDecision(const QString &studentId, const QString &purpose) const
{
    // Same order as ConsentRepository::latest: the decision that counts.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT decision FROM consent WHERE student_id = ? AND purpose = ? "
                             "ORDER BY decided_on DESC, created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(studentId);
    q.addBindValue(purpose);
    if (auto s = execStatement(q, QStringLiteral("read the student's consent")); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

namespace {

const QString kGrantSelect = QStringLiteral(
        "SELECT g.id, g.user_id, coalesce(u.display_name, ''), g.student_id, coalesce(s.school_id, ''), g.reason, "
        "g.granted_at, g.expires_at FROM access_grant g LEFT JOIN app_user u ON u.id = g.user_id "
        "LEFT JOIN student s ON s.id = g.student_id ");

AccessGrantRow grantFrom(const QSqlQuery &q)
{
    return AccessGrantRow{q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          fromStoredTimestamp(q.value(6).toString()),
                          fromStoredTimestamp(q.value(7).toString())};
}

}  // namespace

Result<std::optional<AccessGrantRow>> AccessRepository::activeGrant(const QString &userId, const QString &studentId,
                                                                    const QDateTime &nowUtc) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kGrantSelect
              + QStringLiteral("WHERE g.user_id = ? AND g.student_id = ? AND g.granted_at <= ? "
                               "AND g.expires_at > ? ORDER BY g.expires_at DESC LIMIT 1"));
    const QString now = toStoredTimestamp(nowUtc);
    q.addBindValue(userId);
    q.addBindValue(studentId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto s = execStatement(q, QStringLiteral("read break-the-glass grants")); !s)
        return s.error();
    if (!q.next())
        return std::optional<AccessGrantRow>();
    return std::optional<AccessGrantRow>(grantFrom(q));
}

Result<QHash<QString, QString>> AccessRepository::activeGrantReasons(const QString &userId,
                                                                   const QDateTime &nowUtc) const
{
    QSqlQuery q(m_db.connection());
    // Oldest expiry first, so the grant that lasts longest gives the reason (as activeGrant).
    q.prepare(QStringLiteral("SELECT student_id, reason FROM access_grant WHERE user_id = ? AND granted_at <= ? "
                             "AND expires_at > ? ORDER BY expires_at"));
    const QString now = toStoredTimestamp(nowUtc);
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto s = execStatement(q, QStringLiteral("read break-the-glass grants")); !s)
        return s.error();
    QHash<QString, QString> reasons;
    while (q.next())
        reasons.insert(q.value(0).toString(), q.value(1).toString());
    return reasons;
}

Result<QList<AccessGrantRow>> AccessRepository::grants(const QString &schoolId, const QDateTime &sinceUtc) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kGrantSelect
              + QStringLiteral("WHERE g.granted_at >= ? AND (? = '' OR s.school_id = ?) "
                               "ORDER BY g.granted_at DESC, g.id DESC"));
    // Empty but never NULL: a NULL would make both comparisons unknown.
    const QString since = sinceUtc.isValid() ? toStoredTimestamp(sinceUtc) : QStringLiteral("");
    const QString school = schoolId.isEmpty() ? QStringLiteral("") : schoolId;
    q.addBindValue(since);
    q.addBindValue(school);
    q.addBindValue(school);
    if (auto s = execStatement(q, QStringLiteral("list break-the-glass grants")); !s)
        return s.error();
    QList<AccessGrantRow> rows;
    while (q.next())
        rows << grantFrom(q);
    return rows;
}

Status AccessRepository::insert(WriteScope &scope, const AccessGrantRow &grant)
{
    TableRow row{QStringLiteral("access_grant"), grant.id, {}};
    row.set(QStringLiteral("user_id"), grant.userId)
            .set(QStringLiteral("student_id"), grant.studentId)
            .set(QStringLiteral("reason"), grant.reason)
            .set(QStringLiteral("granted_at"), toStoredTimestamp(grant.grantedAtUtc))
            .set(QStringLiteral("expires_at"), toStoredTimestamp(grant.expiresAtUtc));
    return insertRow(scope, row);
}

}  // namespace care
