#pragma once

// The QSqlResult of Care's SQLite driver (sqlitedriver.h): one prepared
// statement, stepped as QSqlQuery asks. Rows stream from SQLite and are never
// cached; moving backwards (seek, previous, first, last) runs the statement
// again up to that row, which Care's forward reads never need.
// Internal to core/storage: not part of core's API.

#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

namespace care {

class SqliteDriver;

class SqliteResult final : public QSqlResult {
public:
    explicit SqliteResult(const SqliteDriver *driver);
    ~SqliteResult() override;
    SqliteResult(const SqliteResult &) = delete;
    SqliteResult &operator=(const SqliteResult &) = delete;

    QVariant handle() const override;
    // The connection is closing: the statement goes now.
    void finalizeStatement();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    const SqliteDriver *careDriver() const;
    sqlite3 *connection() const;
    bool bindValues();
    bool rewindTo(int row);
    bool fail(const QString &text, QSqlError::ErrorType type, int code);

    sqlite3_stmt *m_statement = nullptr;
    // exec() stepped onto the first row; fetchFirst/fetchNext hand it out.
    bool m_firstRowPending = false;
    // Why the last prepare() failed: QSqlQuery::exec() clears the error, exec() restores it.
    QSqlError m_prepareError;
};

} // namespace care
