#include "storage/sqlitefile.h"

#include "storage/sqlitekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace care {

struct SqliteFileText {
    Q_DECLARE_TR_FUNCTIONS(SqliteFileText)
};

namespace sqlitefile {

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

Error sqliteError(sqlite3 *db, int code, const QString &path)
{
    QString message;
    switch (code & 0xff) {
    case SQLITE_FULL:
        message = SqliteFileText::tr("The disk is full.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = SqliteFileText::tr("The database is busy in another program; try again in a moment.");
        break;
    case SQLITE_READONLY:
        message = SqliteFileText::tr("The file “%1” is read-only.").arg(fileName(path));
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        message = SqliteFileText::tr("The file “%1” cannot be opened.").arg(fileName(path));
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = SqliteFileText::tr("The file “%1” is damaged or is not a Care database.").arg(fileName(path));
        break;
    default:
        message = SqliteFileText::tr("The file “%1” could not be read or written.").arg(fileName(path));
    }
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return Error{message, {}, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), detail)};
}

Result<Connection> openConnection(const QByteArray &name, int flags, const QString &pathForMessages,
                                  QByteArrayView keyHex, int *failureCode)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (failureCode)
        *failureCode = rc;
    if (rc != SQLITE_OK)
        return sqliteError(db.get(), rc, pathForMessages);
    sqlite3_busy_timeout(db.get(), 5000);
    const sqlitekey::Outcome unlocked = sqlitekey::unlock(db.get(), keyHex);
    if (failureCode)
        *failureCode = unlocked.code;
    if (!unlocked.ok()) {
        Error error = sqliteError(nullptr, unlocked.code, pathForMessages);
        error.location = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(pathForMessages), unlocked.detail);
        return error;
    }
    return db;
}

int execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

Result<QString> scalar(sqlite3 *db, const QString &sql, const QString &path, const QString &bound)
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, path);
    const QByteArray boundUtf8 = bound.toUtf8();
    if (!bound.isNull())
        sqlite3_bind_text(raw, 1, boundUtf8.constData(), int(boundUtf8.size()), SQLITE_STATIC);
    rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW)
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
    if (rc == SQLITE_DONE)
        return QString();
    return sqliteError(db, rc, path);
}

QStringList integrityFindings(const QStringList &rows)
{
    QStringList problems;
    for (const QString &row : rows)
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                problems << line.trimmed();
    return problems;
}

} // namespace sqlitefile
} // namespace care
