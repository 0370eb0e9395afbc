#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace care {

// Numbered schema steps, embedded from core/storage/migrations/NNNN_*.sql.
struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

const QList<Migration> &allMigrations();
int latestMigrationVersion();

// Runs each pending step in its own transaction, recording the new version
// in PRAGMA user_version and the schema_history table. A failing step
// rolls back and leaves the file at the last good version.
Status migrate(const QSqlDatabase &db, int targetVersion);

// Splits a script into complete SQL statements (trigger bodies included).
QStringList splitSqlScript(const QString &script);

} // namespace care
