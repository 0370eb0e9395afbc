#include "storage/rawstatement.h"

#include "storage/sqlitedriver.h"

#include <QCoreApplication>

namespace care {

struct RawStatementText {
    Q_DECLARE_TR_FUNCTIONS(RawStatementText)
};

RawStatement::RawStatement(const QSqlDatabase &connection, const char *sql)
    : m_db(SqliteDriver::handleOf(connection))
{
    if (!m_db) {
        m_status = Error{RawStatementText::tr("The database connection is not open."), {}, {}};
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_status = failure("prepare");
}

RawStatement::~RawStatement() { sqlite3_finalize(m_statement); }

Error RawStatement::failure(const char *what) const
{
    // SQLite's words go to the location (for the log), never values of a row.
    return Error{RawStatementText::tr("The database could not be read."), {},
                 QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

void RawStatement::bind(int index, const QByteArray &utf8)
{
    if (m_status.ok() && sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
                             != SQLITE_OK)
        m_status = failure("bind");
}

void RawStatement::bind(int index, qint64 value)
{
    if (m_status.ok() && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        m_status = failure("bind");
}

bool RawStatement::next()
{
    if (!m_status.ok())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = failure("step");
    return false;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QByteArrayView RawStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

QByteArrayView RawStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

QString RawStatement::text(int column) const
{
    const QByteArrayView view = bytes(column);
    return QString::fromUtf8(view.data(), view.size());
}

} // namespace care
