#include "storage/subjectaccessrepository.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {

Result<QList<StudentAccessGrantRow>> SubjectAccessRepository::accessGrants(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT g.id, g.user_id, coalesce(u.display_name, ''), g.reason, g.granted_at, "
                             "g.expires_at FROM access_grant g LEFT JOIN app_user u ON u.id = g.user_id "
                             "WHERE g.student_id = ? ORDER BY g.granted_at, g.id"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list access grants of a student")); !s)
        return s.error();
    QList<StudentAccessGrantRow> rows;
    while (q.next())
        rows << StudentAccessGrantRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return rows;
}

} // namespace care
