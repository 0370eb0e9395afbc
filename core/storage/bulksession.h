#pragma once

#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace care {

class Database;

// A bulk load of a new file on this thread's connection, across many
// transactions. While it lives:
// - multi-row INSERT statements are prepared once and reused by every
//   BulkInsert (a WriteScope forgets its statements at commit, and preparing
//   a statement of a few hundred rows costs about as much as running it);
// - the page cache is larger (a load touches many index pages);
// - commits are not synced to disk one by one. Only for a file that is
//   deleted when the load fails: a power cut during the load can lose it.
// When it ends the connection's settings come back, so the next commit
// syncs everything. Destroy it before the database closes.
class BulkSession {
public:
    explicit BulkSession(Database &db);
    ~BulkSession();
    BulkSession(const BulkSession &) = delete;
    BulkSession &operator=(const BulkSession &) = delete;

    // INSERT INTO table(columns) VALUES (…), (…) … with `rows` rows; each
    // column's value is its placeholder expression ("?", "CAST(? AS TEXT)").
    Result<QSqlQuery *> insert(const QString &table, const QStringList &columns, const QStringList &placeholders,
                               int rows);

private:
    QString pragma(const QString &name) const;
    void setPragma(const QString &name, const QString &value);

    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_statements;
    QString m_cacheSize;    // the connection's own settings, restored at the end
    QString m_synchronous;
};

} // namespace care
