#include "storage/contenthash.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace care {
namespace {

struct TableShape {
    QString name;
    QStringList columns;  // hashed, in declaration order
    QStringList order;    // ORDER BY columns
};

bool isLocalColumn(const QString &column)
{
    return column == QLatin1String("local_rowid") || column == QLatin1String("sort_key");
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Result<QList<TableShape>> domainTables(const QSqlDatabase &conn)
{
    static const QSet<QString> bookkeeping{QStringLiteral("setting"), QStringLiteral("schema_history"),
                                           QStringLiteral("change_log"), QStringLiteral("audit_event")};
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return storageError(q, QStringLiteral("list tables"));
    QStringList names;
    QStringList virtualTables;
    while (q.next()) {
        names << q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << q.value(0).toString();
    }
    QList<TableShape> tables;
    for (const QString &name : names) {
        // Full-text indexes and their shadow tables (name_data, name_idx …) are derived data.
        const bool derived = std::any_of(virtualTables.begin(), virtualTables.end(), [&](const QString &v) {
            return name == v || name.startsWith(v + QLatin1Char('_'));
        });
        if (derived || bookkeeping.contains(name))
            continue;
        TableShape shape{name, {}, {}};
        QMap<int, QString> keyColumns;  // by position in the primary key
        QSqlQuery info(conn);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name))))
            return storageError(info, QStringLiteral("read table %1").arg(name));
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (isLocalColumn(column))
                continue;
            shape.columns << column;
            if (const int pk = info.value(5).toInt(); pk > 0)
                keyColumns.insert(pk, column);
        }
        if (shape.columns.contains(QStringLiteral("id")))
            shape.order = {QStringLiteral("id")};
        else if (!keyColumns.isEmpty())
            shape.order = keyColumns.values();
        else
            shape.order = shape.columns;
        tables << shape;
    }
    return tables;
}

} // namespace

Result<QString> contentHash(Database &db)
{
    const QSqlDatabase conn = db.connection();
    auto tables = domainTables(conn);
    if (!tables)
        return tables.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // quote() renders every value as an SQL literal with its type (NULL, 12,
    // 3.5, 'text', X'blob'), so values of different types never collide.
    // Separators: 0x1D before a table, 0x1E after a row, 0x1F between values.
    for (const TableShape &table : tables.value()) {
        QStringList quotedColumns;
        for (const QString &c : table.columns)
            quotedColumns << QStringLiteral("quote(%1)").arg(quoted(c));
        QStringList order;
        for (const QString &c : table.order)
            order << quoted(c);
        hash.addData(QByteArray("\x1D") + table.name.toUtf8() + '\x1F' + table.columns.join(QLatin1Char(',')).toUtf8()
                     + '\x1E');
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                .arg(quotedColumns.join(QStringLiteral(" || char(31) || ")), quoted(table.name),
                                     order.join(QLatin1Char(',')));
        if (!q.exec(sql))
            return storageError(q, QStringLiteral("read table %1").arg(table.name));
        while (q.next()) {
            hash.addData(q.value(0).toString().toUtf8());
            hash.addData(QByteArrayView("\x1E", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace care
