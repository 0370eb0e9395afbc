#pragma once

// A prepared statement on the SQLite handle beneath a Qt Sql connection, for
// the few set-based reads where Qt Sql's per-value QVariant caching is the
// largest cost (the risk engine reads about ten rows per student of 100,000).
// Internal to core/storage: not part of core's API.

#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <sqlite3.h>

namespace care {

class RawStatement {
public:
    // Reads through `connection` (so inside its open transaction, if any).
    RawStatement(const QSqlDatabase &connection, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    Status status() const { return m_status; }
    void bind(int index, const QByteArray &utf8);  // 1-based, as SQLite counts
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    void bind(int index, qint64 value);
    // The next row; false at the end or on an error (then status() says which).
    bool next();
    // Ready to run again with new values.
    void reset();

    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const;
    // The bytes of a text column, valid until the next step.
    QByteArrayView bytes(int column) const;
    // The bytes of a blob column, valid until the next step.
    QByteArrayView blob(int column) const;

private:
    Error failure(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    Status m_status;
};

} // namespace care
