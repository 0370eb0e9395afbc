#pragma once

#include "storage/tablerow.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace care {

class BulkSession;

// One row made ready for BulkInsert: what to write and its change-log
// payload. BulkInsert::prepare() makes it and may run on any thread, so a
// producer can prepare rows while the database thread writes earlier ones.
struct BulkRow {
    QString table;
    QString id;            // record id; the change log's entity id
    QStringList columns;   // as written, "id" first when the table has one
    QVariantList values;   // parallel to columns
    QByteArray payload;    // change-log payload (compact JSON, UTF-8)
};

// Many new rows inside one WriteScope, written with multi-row INSERT
// statements: the same rows and change-log entries as insertRow() (and as
// StudentRepository::link for student_guardian), at a fraction of the cost
// per row, for imports and the demo generator.
//
// Rows wait in memory and are written table by table whenever enough are
// waiting and on flush(): first the tables given to setTableOrder(), then the
// others in the order they were first added (foreign keys need parents
// first). Each table's change-log entries follow its rows, so the log too
// lists parents first. Call flush() before commit(). New rows only: a
// conflict with an existing row fails the write. Statements come from the
// bulk session when given (kept across transactions), else from the scope.
class BulkInsert {
public:
    enum class IdColumn { Yes, No };  // No: the table has no "id" column (row.id is the change-log id only)

    explicit BulkInsert(WriteScope &scope, BulkSession *session = nullptr, int mostRowsWaiting = 1000);

    // Writes these tables first, in this order; call before the first add().
    void setTableOrder(const QStringList &tables);

    static BulkRow prepare(const TableRow &row, IdColumn idColumn = IdColumn::Yes);
    // Every row of a table must carry the same columns in the same order.
    Status add(BulkRow row);
    Status add(const TableRow &row, IdColumn idColumn = IdColumn::Yes) { return add(prepare(row, idColumn)); }
    Status flush();

    // The change-log payload of an inserted row: the text insertRow() records,
    // QJsonDocument(row.toJson() + id).toJson(Compact), without building a
    // QJsonObject (which was the largest cost of a bulk write).
    static QString payload(const TableRow &row, IdColumn idColumn = IdColumn::Yes);

private:
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
        QStringList ids;
        QList<QByteArray> payloads;
    };
    // Binds one row's values from parameter index `parameter` on, advancing it.
    using RowBinder = std::function<void(QSqlQuery &query, qsizetype row, int &parameter)>;

    Status writeTable(Table &table);
    Status write(const QString &table, const QStringList &columns, const QStringList &placeholders,
                 qsizetype rowCount, const RowBinder &bindRow, const QString &what);
    Result<QSqlQuery *> statement(const QString &table, const QStringList &columns, const QStringList &placeholders,
                                  int rowCount);

    WriteScope &m_scope;
    BulkSession *m_session;
    int m_mostWaiting;
    int m_waiting = 0;
    QList<Table> m_tables;
};

} // namespace care
