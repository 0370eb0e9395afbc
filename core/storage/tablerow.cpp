#include "storage/tablerow.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace care {

struct RowText {
    Q_DECLARE_TR_FUNCTIONS(RowText)
};

TableRow &TableRow::set(const QString &column, const QVariant &input)
{
    // Qt's SQLite driver binds a null QString as SQL NULL, which the
    // NOT NULL DEFAULT '' text columns refuse: an unset field is ''. A
    // deliberate NULL (QVariant(QMetaType(...)), isNull()) stays NULL.
    const bool unsetText = input.typeId() == QMetaType::QString && !input.isNull() && input.toString().isNull();
    const QVariant value = unsetText ? QVariant(QStringLiteral("")) : input;
    for (auto &entry : columns)
        if (entry.first == column) {
            entry.second = value;
            return *this;
        }
    columns.append({column, value});
    return *this;
}

QVariant TableRow::value(const QString &column) const
{
    for (const auto &entry : columns)
        if (entry.first == column)
            return entry.second;
    return {};
}

namespace {
QJsonValue toJsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()));
    default:
        return QJsonValue(v.toString());
    }
}

// Local-only columns are not part of the synced record.
bool isLocalColumn(const QString &column) { return column == QLatin1String("sort_key"); }

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return qFuzzyCompare(a.toDouble() + 1.0, b.toDouble() + 1.0);
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}
} // namespace

QJsonObject TableRow::toJson() const
{
    QJsonObject obj;
    for (const auto &[column, value] : columns)
        if (!isLocalColumn(column))
            obj.insert(column, toJsonValue(value));
    return obj;
}

Status insertRow(WriteScope &scope, const TableRow &row)
{
    QStringList names{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (const auto &entry : row.columns) {
        names << entry.first;
        marks << QStringLiteral("?");
    }
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                            .arg(row.table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    auto prepared = scope.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = *prepared.value();
    q.bindValue(0, row.id);
    for (int i = 0; i < row.columns.size(); ++i)
        q.bindValue(i + 1, row.columns.at(i).second);
    if (!q.exec()) {
        return storageError(q, QStringLiteral("insert into %1").arg(row.table));
    }
    QJsonObject payload = row.toJson();
    payload.insert(QStringLiteral("id"), row.id);
    return scope.recordChange(row.table, row.id, ChangeOperation::Insert, payload);
}

Result<int> updateRow(WriteScope &scope, const TableRow &before, const TableRow &after)
{
    QStringList assignments;
    QVariantList values;
    QJsonObject changed;
    for (const auto &[column, value] : after.columns) {
        if (sameValue(before.value(column), value))
            continue;
        assignments << QStringLiteral("%1 = ?").arg(column);
        values << value;
        if (!isLocalColumn(column))
            changed.insert(column, toJsonValue(value));
    }
    if (assignments.isEmpty())
        return 0;
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(after.table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(after.id);
    if (auto s = execStatement(q, QStringLiteral("update %1").arg(after.table)); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return Error{RowText::tr("The record was not found; it may have been deleted."), {}, after.table};
    if (!changed.isEmpty())
        if (auto s = scope.recordChange(after.table, after.id, ChangeOperation::Update, changed); !s)
            return s.error();
    return int(assignments.size());
}

Status deleteRow(WriteScope &scope, const QString &table, const QString &id)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("delete from %1").arg(table)); !s)
        return s;
    return scope.recordChange(table, id, ChangeOperation::Delete, QJsonObject{{QStringLiteral("id"), id}});
}

Result<TableRow> loadRow(const QSqlDatabase &db, const QString &table, const QString &id, const QStringList &columns)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), table));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("load %1").arg(table)); !s)
        return s.error();
    if (!q.next())
        return Error{RowText::tr("The record was not found; it may have been deleted."), {}, table};
    TableRow row{table, id, {}};
    for (int i = 0; i < columns.size(); ++i)
        row.columns.append({columns.at(i), q.value(i)});
    return row;
}

} // namespace care
