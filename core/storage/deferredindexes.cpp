#include "storage/deferredindexes.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {
namespace {

// Runs `work` in one transaction on the connection; rolls back if it fails.
template <typename Work>
Status inTransaction(const QSqlDatabase &conn, const QString &what, Work work)
{
    if (auto s = execSql(conn, QStringLiteral("BEGIN IMMEDIATE"), what); !s)
        return s;
    if (auto s = work(); !s) {
        (void)execSql(conn, QStringLiteral("ROLLBACK"), what);
        return s;
    }
    return execSql(conn, QStringLiteral("COMMIT"), what);
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::setAside(Database &db, const QStringList &tables)
{
    const QSqlDatabase conn = db.connection();
    DeferredIndexes out;
    const Status status = inTransaction(conn, QStringLiteral("set indexes aside"), [&]() -> Status {
        QSqlQuery q(conn);
        // Indexes with stored SQL are the explicit ones; constraint indexes have none.
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL ORDER BY name"));
        for (const QString &table : tables) {
            q.addBindValue(table);
            if (auto s = execStatement(q, QStringLiteral("list indexes of %1").arg(table)); !s)
                return s;
            while (q.next())
                out.m_indexes.append({q.value(0).toString(), q.value(1).toString()});
        }
        q.finish();
        for (const auto &index : std::as_const(out.m_indexes)) {
            const QString drop = QStringLiteral("DROP INDEX \"%1\"").arg(QString(index.first).replace(
                QLatin1Char('"'), QStringLiteral("\"\"")));
            if (auto s = execSql(conn, drop, QStringLiteral("set index aside")); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

Status DeferredIndexes::restore(Database &db)
{
    const QSqlDatabase conn = db.connection();
    const Status status = inTransaction(conn, QStringLiteral("restore indexes"), [&]() -> Status {
        for (const auto &index : std::as_const(m_indexes))
            if (auto s = execSql(conn, index.second, QStringLiteral("restore index %1").arg(index.first)); !s)
                return s;
        return {};
    });
    if (status)
        m_indexes.clear();
    return status;
}

} // namespace care
