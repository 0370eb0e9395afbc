#include "storage/studentsortkeys.h"

#include "locale/collation.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {

Status refreshStudentSortKeys(Database &db)
{
    const QString key = QStringLiteral("collation_version");
    const QString current = collation::version();
    if (db.setting(key) == current)
        return {};
    QSqlDatabase conn = db.connection();
    if (!conn.transaction())
        return storageError(conn.lastError(), QStringLiteral("begin sort key refresh"));
    QSqlQuery read(conn);
    QSqlQuery write(conn);
    write.prepare(QStringLiteral("UPDATE student SET sort_key = ? WHERE local_rowid = ?"));
    if (!read.exec(QStringLiteral("SELECT local_rowid, first_name_th, last_name_th, first_name_en, last_name_en "
                                  "FROM student"))) {
        conn.rollback();
        return storageError(read, QStringLiteral("read names"));
    }
    while (read.next()) {
        const QString th = read.value(1).toString() + QLatin1Char(' ') + read.value(2).toString();
        const QString en = read.value(3).toString() + QLatin1Char(' ') + read.value(4).toString();
        write.bindValue(0, collation::sortKey(th.trimmed().isEmpty() ? en : th));
        write.bindValue(1, read.value(0));
        if (!write.exec()) {
            conn.rollback();
            return storageError(write, QStringLiteral("write sort key"));
        }
    }
    read.finish();
    write.finish();
    if (!conn.commit())
        return storageError(conn.lastError(), QStringLiteral("commit sort keys"));
    return db.setSetting(key, current);
}

} // namespace care
