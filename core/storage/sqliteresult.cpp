#include "storage/sqliteresult.h"

#include "storage/sqlitedriver.h"
#include "storage/sqlitevalues.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>
#include <QVariant>

namespace care {

struct SqliteResultText {
    Q_DECLARE_TR_FUNCTIONS(SqliteResultText)
};

namespace {

bool isBlank(const char *text)
{
    for (; text && *text; ++text)
        if (*text != ' ' && *text != '\n' && *text != '\r' && *text != '\t')
            return false;
    return true;
}

} // namespace

SqliteResult::SqliteResult(const SqliteDriver *driver) : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqliteResult::~SqliteResult()
{
    if (const SqliteDriver *driver = careDriver())
        driver->m_results.removeOne(this);
    sqlite3_finalize(m_statement);
}

const SqliteDriver *SqliteResult::careDriver() const
{
    return qobject_cast<const SqliteDriver *>(driver());
}

sqlite3 *SqliteResult::connection() const
{
    const SqliteDriver *driver = careDriver();
    return driver ? driver->connection() : nullptr;
}

QVariant SqliteResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

void SqliteResult::finalizeStatement()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_firstRowPending = false;
}

bool SqliteResult::fail(const QString &text, QSqlError::ErrorType type, int code)
{
    const SqliteDriver *driver = careDriver();
    setLastError(driver ? driver->makeError(text, type, code) : QSqlError(text, {}, type, QString::number(code)));
    return false;
}

bool SqliteResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqliteResult::prepare(const QString &query)
{
    finalizeStatement();
    m_prepareError = QSqlError();
    setSelect(false);
    sqlite3 *db = connection();
    if (!db)
        return fail(SqliteResultText::tr("The database connection is not open."), QSqlError::ConnectionError,
                    SQLITE_MISUSE);
    const QByteArray utf8 = query.toUtf8();
    const char *tail = nullptr;
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()) + 1, &m_statement, &tail);
    if (rc == SQLITE_OK && !m_statement)
        rc = SQLITE_MISUSE;  // only blanks or comments
    // A second statement would silently not run: refuse it.
    if (rc == SQLITE_OK && !isBlank(tail)) {
        sqlite3_stmt *next = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &next, nullptr) != SQLITE_OK || next) {
            sqlite3_finalize(next);
            finalizeStatement();
            fail(SqliteResultText::tr("Only one SQL statement can be run at a time."), QSqlError::StatementError,
                 SQLITE_MISUSE);
            m_prepareError = lastError();
            return false;
        }
    }
    if (rc != SQLITE_OK) {
        fail(SqliteResultText::tr("The SQL statement could not be prepared."), QSqlError::StatementError, rc);
        finalizeStatement();
        m_prepareError = lastError();
        return false;
    }
    return true;
}

bool SqliteResult::bindValues()
{
    const int count = sqlite3_bind_parameter_count(m_statement);
    if (boundValueCount() < count)
        return fail(SqliteResultText::tr("The statement has %1 parameters but %2 values were bound.")
                            .arg(count)
                            .arg(boundValueCount()),
                    QSqlError::StatementError, SQLITE_RANGE);
    // QSqlResult names every placeholder (a "?" gets a serial name) and keeps
    // the values by name; SQLite says which name each of its parameters has.
    for (int index = 1; index <= count; ++index) {
        const char *name = sqlite3_bind_parameter_name(m_statement, index);
        const QVariant value = name ? boundValue(QString::fromUtf8(name)) : boundValue(index - 1);
        if (const int rc = sqlitevalues::bind(m_statement, index, value); rc != SQLITE_OK)
            return fail(SqliteResultText::tr("A value could not be bound to the statement."),
                        QSqlError::StatementError, rc);
    }
    return true;
}

bool SqliteResult::exec()
{
    if (!m_statement) {
        if (m_prepareError.isValid()) {
            setLastError(m_prepareError);
            return false;
        }
        return fail(SqliteResultText::tr("No SQL statement was prepared."), QSqlError::StatementError,
                    SQLITE_MISUSE);
    }
    sqlite3_reset(m_statement);
    m_firstRowPending = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindValues())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        m_firstRowPending = rc == SQLITE_ROW;
        setSelect(sqlite3_column_count(m_statement) > 0);
        setActive(true);
        return true;
    }
    fail(SqliteResultText::tr("The SQL statement could not be run."), QSqlError::StatementError, rc);
    sqlite3_reset(m_statement);
    return false;
}

QVariant SqliteResult::data(int column)
{
    if (!m_statement || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    return sqlitevalues::columnValue(m_statement, column, numericalPrecisionPolicy());
}

bool SqliteResult::isNull(int column)
{
    return !m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteResult::fetchNext()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        setAt(0);
        return true;
    }
    if (!m_statement || !isActive() || at() == QSql::AfterLastRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        setAt(at() + 1);
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(SqliteResultText::tr("The next row could not be read."), QSqlError::StatementError, rc);
        sqlite3_reset(m_statement);
    }
    return false;
}

bool SqliteResult::fetchFirst()
{
    if (m_firstRowPending)
        return fetchNext();
    return at() == 0 || rewindTo(0);
}

bool SqliteResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (row == at())
        return true;
    if (at() == QSql::AfterLastRow || row < at())
        return rewindTo(row);
    while (at() < row)
        if (!fetchNext())
            return false;
    return true;
}

bool SqliteResult::fetchLast()
{
    if (!isSelect() || !isActive())
        return false;
    if (at() == QSql::AfterLastRow && !rewindTo(-1))
        return false;
    int last = at();
    while (fetchNext())
        last = at();
    if (last < 0 || lastError().isValid())
        return false;
    return rewindTo(last);
}

// Runs the statement again from its start (its values stay bound) up to `row`.
bool SqliteResult::rewindTo(int row)
{
    if (!m_statement || !isSelect())
        return false;
    sqlite3_reset(m_statement);
    m_firstRowPending = false;
    setAt(QSql::BeforeFirstRow);
    while (at() < row)
        if (!fetchNext())
            return false;
    return true;
}

int SqliteResult::size()
{
    return -1;
}

int SqliteResult::numRowsAffected()
{
    sqlite3 *db = connection();
    return db ? sqlite3_changes(db) : -1;
}

QVariant SqliteResult::lastInsertId() const
{
    sqlite3 *db = connection();
    if (!isActive() || !db)
        return {};
    const qint64 id = sqlite3_last_insert_rowid(db);
    return id ? QVariant(id) : QVariant();
}

QSqlRecord SqliteResult::record() const
{
    QSqlRecord record;
    if (!m_statement || !isActive() || !isSelect())
        return record;
    const int columns = sqlite3_column_count(m_statement);
    for (int column = 0; column < columns; ++column)
        record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, column)),
                                sqlitevalues::declaredType(sqlite3_column_decltype(m_statement, column))));
    return record;
}

void SqliteResult::detachFromResultSet()
{
    // Ends the read: a statement left mid-rows would hold its snapshot (and
    // keep WAL checkpoints from finishing).
    if (m_statement)
        sqlite3_reset(m_statement);
    m_firstRowPending = false;
}

} // namespace care
