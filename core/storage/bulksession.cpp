#include "storage/bulksession.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

namespace care {
namespace {
constexpr int kBulkCacheKiB = 128 * 1024;
}

BulkSession::BulkSession(Database &db) : m_connection(db.connection())
{
    m_cacheSize = pragma(QStringLiteral("cache_size"));
    m_synchronous = pragma(QStringLiteral("synchronous"));
    setPragma(QStringLiteral("cache_size"), QString::number(-kBulkCacheKiB));
    setPragma(QStringLiteral("synchronous"), QStringLiteral("OFF"));
}

BulkSession::~BulkSession()
{
    m_statements.clear();
    if (!m_synchronous.isEmpty())
        setPragma(QStringLiteral("synchronous"), m_synchronous);
    if (!m_cacheSize.isEmpty())
        setPragma(QStringLiteral("cache_size"), m_cacheSize);
}

QString BulkSession::pragma(const QString &name) const
{
    QSqlQuery q(m_connection);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
        return QString::number(q.value(0).toLongLong());
    return {};
}

// Only speed is at stake: a setting that does not take keeps the safe default.
void BulkSession::setPragma(const QString &name, const QString &value)
{
    QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
}

Result<QSqlQuery *> BulkSession::insert(const QString &table, const QStringList &columns,
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
