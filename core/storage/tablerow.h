#pragma once

#include "storage/writescope.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class QSqlQuery;

namespace care {

// A row as column/value pairs: the single path through which repositories
// insert and update, so every row written is also recorded in the change log
// with exactly the fields that changed.
struct TableRow {
    QString table;
    QString id;
    QList<std::pair<QString, QVariant>> columns;  // without "id"

    TableRow &set(const QString &column, const QVariant &value);
    QVariant value(const QString &column) const;
    QJsonObject toJson() const;
};

Status insertRow(WriteScope &scope, const TableRow &row);
// Writes only the columns whose value differs from `before`; records those.
// Returns the number of changed columns (0 = nothing written).
Result<int> updateRow(WriteScope &scope, const TableRow &before, const TableRow &after);
Status deleteRow(WriteScope &scope, const QString &table, const QString &id);

// Reads the row with this id into a TableRow with the given columns.
Result<TableRow> loadRow(const QSqlDatabase &db, const QString &table, const QString &id,
                         const QStringList &columns);

} // namespace care
