#include "storage/sqlitedriver.h"

#include "storage/sqlitekey.h"
#include "storage/sqliteresult.h"

#include <QCoreApplication>
#include <QVariant>

#include <utility>

namespace care {

struct SqliteDriverText {
    Q_DECLARE_TR_FUNCTIONS(SqliteDriverText)
};

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;
const QLatin1String kReadOnlyOption("CARESQLITE_OPEN_READONLY");
const QLatin1String kUriOption("CARESQLITE_OPEN_URI");
const QLatin1String kBusyTimeoutOption("CARESQLITE_BUSY_TIMEOUT=");

} // namespace

QString SqliteDriver::driverName()
{
    static const QString name = [] {
        const QString driver = QStringLiteral("CARESQLITE");
        QSqlDatabase::registerSqlDriver(driver, new QSqlDriverCreator<SqliteDriver>);
        return driver;
    }();
    return name;
}

QSqlDatabase SqliteDriver::addDatabase(const QString &connectionName)
{
    return QSqlDatabase::addDatabase(driverName(), connectionName);
}

sqlite3 *SqliteDriver::handleOf(const QSqlDatabase &connection)
{
    const auto *driver = qobject_cast<const SqliteDriver *>(connection.driver());
    return driver && driver->isOpen() ? driver->connection() : nullptr;
}

bool SqliteDriver::isWrongKeyOrNotDatabase(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return error.isValid() && isNumber && sqlitekey::isWrongKeyOrNotDatabase(code);
}

QSqlError SqliteDriver::rekey(const QSqlDatabase &connection, const QString &keyHex)
{
    const auto *driver = qobject_cast<const SqliteDriver *>(connection.driver());
    if (!driver || !driver->isOpen())
        return QSqlError(SqliteDriverText::tr("The database connection is not open."), {},
                         QSqlError::ConnectionError, QString::number(SQLITE_MISUSE));
    QByteArray key = keyHex.toLatin1();
    const sqlitekey::Outcome outcome = sqlitekey::rekey(driver->m_db, key);
    key.fill('\0');
    if (outcome.ok())
        return {};
    return QSqlError(SqliteDriverText::tr("The database file could not be encrypted with the new key."),
                     outcome.detail, QSqlError::StatementError, QString::number(outcome.code & 0xff));
}

SqliteDriver::SqliteDriver(QObject *parent) : QSqlDriver(parent) {}

SqliteDriver::~SqliteDriver()
{
    close();
}

bool SqliteDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case Unicode:
    case BLOB:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking:
        return true;
    default:
        return false;
    }
}

QSqlError SqliteDriver::makeError(const QString &text, QSqlError::ErrorType type, int code) const
{
    const QString words = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    return QSqlError(text, words, type, QString::number(code & 0xff));
}

bool SqliteDriver::failOpen(const QString &text, int code, const QString &detail)
{
    setLastError(QSqlError(text, detail.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : detail,
                           QSqlError::ConnectionError, QString::number(code & 0xff)));
    setOpenError(true);
    return false;
}

bool SqliteDriver::open(const QString &database, const QString &, const QString &password, const QString &, int,
                        const QString &options)
{
    if (isOpen())
        close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    for (const QString &part : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString option = part.trimmed();
        bool valid = true;
        if (option == kReadOnlyOption)
            flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        else if (option == kUriOption)
            flags |= SQLITE_OPEN_URI;
        else if (option.startsWith(kBusyTimeoutOption))
            busyTimeoutMs = option.mid(kBusyTimeoutOption.size()).toInt(&valid);
        else
            valid = option.isEmpty();
        if (!valid || busyTimeoutMs < 0)
            return failOpen(SqliteDriverText::tr("The connection option “%1” is not known.").arg(option),
                            SQLITE_MISUSE);
    }

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(database.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return failOpen(SqliteDriverText::tr("The database file could not be opened."), rc, detail);
    }
    sqlite3_busy_timeout(db, busyTimeoutMs);
    QByteArray key = password.toLatin1();
    const sqlitekey::Outcome unlocked = sqlitekey::unlock(db, key);
    key.fill('\0');
    if (!unlocked.ok()) {
        sqlite3_close_v2(db);
        return failOpen(sqlitekey::isWrongKeyOrNotDatabase(unlocked.code)
                                ? SqliteDriverText::tr("The database file cannot be read with this key, or it "
                                                       "is not a database.")
                                : SqliteDriverText::tr("The database file could not be opened."),
                        unlocked.code, unlocked.detail);
    }
    m_db = db;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqliteDriver::close()
{
    if (!m_db)
        return;
    // Statements first: a connection closes only when none is left.
    for (SqliteResult *result : std::as_const(m_results))
        result->finalizeStatement();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqliteDriver::createResult() const
{
    return new SqliteResult(this);
}

bool SqliteDriver::runTransactionStatement(const char *sql, const QString &failure)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(makeError(failure, QSqlError::TransactionError, rc));
    return false;
}

bool SqliteDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN", SqliteDriverText::tr("The transaction could not be started."));
}

bool SqliteDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", SqliteDriverText::tr("The transaction could not be committed."));
}

bool SqliteDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", SqliteDriverText::tr("The transaction could not be rolled back."));
}

QStringList SqliteDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_schema");
    const char *sql = nullptr;
    if ((type & QSql::Tables) && (type & QSql::Views))
        sql = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND substr(name, 1, 7) <> 'sqlite_'";
    else if (type & QSql::Tables)
        sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'";
    else if (type & QSql::Views)
        sql = "SELECT name FROM sqlite_schema WHERE type = 'view'";
    sqlite3_stmt *statement = nullptr;
    if (sql && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK)
        while (sqlite3_step(statement) == SQLITE_ROW)
            names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return names;
}

QString SqliteDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (isIdentifierEscaped(identifier, FieldName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqliteDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace care
