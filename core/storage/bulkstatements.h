#pragma once

#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace care {

class Database;

// Multi-row INSERT statements prepared once and reused by every BulkInsert
// on this thread's connection, across transactions: a WriteScope forgets
// its statements at commit, and preparing a statement of a few hundred rows
// costs about as much as running it. While it lives the connection keeps a
// larger page cache (a bulk write touches many index pages per transaction).
// Destroy it before the database closes.
class BulkStatements {
public:
    explicit BulkStatements(Database &db);
    ~BulkStatements();
    BulkStatements(const BulkStatements &) = delete;
    BulkStatements &operator=(const BulkStatements &) = delete;

    // INSERT INTO table(columns) VALUES (…), (…) … with `rows` rows; each
    // column's value is its placeholder expression ("?", "CAST(? AS TEXT)").
    Result<QSqlQuery *> insert(const QString &table, const QStringList &columns, const QStringList &placeholders,
                               int rows);

private:
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_statements;
    QString m_cacheSize;  // the connection's own setting, restored at the end
};

} // namespace care
