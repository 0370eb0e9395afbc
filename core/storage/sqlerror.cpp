#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace care {

struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

Error storageError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    QString message;
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        message = StorageText::tr("The database is busy in another program; try again in a moment.");
    else if (native == QLatin1String("13"))
        message = StorageText::tr("The disk is full; nothing was saved.");
    else if (native == QLatin1String("8"))
        message = StorageText::tr("The database file is read-only; nothing was saved.");
    else if (native == QLatin1String("11") || native == QLatin1String("26"))
        message = StorageText::tr("The database file is damaged or is not a Care database.");
    else if (native == QLatin1String("19"))
        message = StorageText::tr("The record conflicts with one already saved (a duplicate or a missing link); nothing was saved.");
    else
        message = StorageText::tr("The database could not complete the operation; nothing was saved.");
    return Error{message, {}, QStringLiteral("%1: %2").arg(what, error.text())};
}

Error storageError(const QSqlQuery &query, const QString &what)
{
    return storageError(query.lastError(), what);
}

Status execStatement(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return storageError(query, what);
    return {};
}

Status execSql(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(query, what);
    return {};
}

} // namespace care
