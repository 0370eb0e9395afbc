#pragma once

#include "util/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace care {

// Turns a failed query into a user-facing Error. Details of the SQL go to
// the location field (shown in CLI and logs), never values of the row.
Error storageError(const QSqlError &error, const QString &what);
Error storageError(const QSqlQuery &query, const QString &what);

// Prepare-and-run helpers: the only places that call exec() directly.
Status execStatement(QSqlQuery &query, const QString &what);
Status execSql(const QSqlDatabase &db, const QString &sql, const QString &what);

} // namespace care
