#include "storage/bulkstatements.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

namespace care {

namespace {
constexpr int kBulkCacheKiB = 128 * 1024;
}

BulkStatements::BulkStatements(Database &db) : m_connection(db.connection())
{
    QSqlQuery q(m_connection);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_cacheSize = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
    }
}

BulkStatements::~BulkStatements()
{
    m_statements.clear();
    if (!m_cacheSize.isEmpty())
        QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
}

Result<QSqlQuery *> BulkStatements::insert(const QString &table, const QStringList &columns,
                                          const QStringList &placeholders, int rows)
{
    const QString names = columns.join(QLatin1Char(','));
    const QString values = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    const QString key = QStringLiteral("%1(%2)%3*%4").arg(table, names, values).arg(rows);
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                                .arg(table, names, QStringList(rows, values).join(QLatin1Char(',')));
        QSqlQuery q(m_connection);
        if (!q.prepare(sql))
            return storageError(q, QStringLiteral("prepare insert into %1").arg(table));
        it = m_statements.insert(key, q);
    }
    return &it.value();
}

} // namespace care
