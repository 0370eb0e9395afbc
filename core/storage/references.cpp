#include "storage/references.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>

#include <algorithm>

namespace care {

namespace {

QString quoted(const QString &name)
{
    QString inner = name;
    return QLatin1Char('"') + inner.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

}  // namespace

Result<QList<ForeignKey>> foreignKeysTo(const QSqlDatabase &db, const QString &parent)
{
    // pragma_foreign_key_list as a table-valued function joins every table's
    // keys in one query; "to" is empty when the key names the parent's primary key.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.name, k.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) k "
                             "WHERE m.type = 'table' AND lower(k.\"table\") = lower(?) "
                             "AND (k.\"to\" IS NULL OR k.\"to\" = 'id') ORDER BY m.name, k.\"from\""));
    q.addBindValue(parent);
    if (auto s = execStatement(q, QStringLiteral("list foreign keys to %1").arg(parent)); !s)
        return s.error();
    QList<ForeignKey> keys;
    while (q.next())
        keys << ForeignKey{q.value(0).toString(), q.value(1).toString()};
    return keys;
}

Result<QList<ReferenceCount>> referencesTo(const QSqlDatabase &db, const QString &parent, const QString &id,
                                           const QList<OwnRows> &own)
{
    auto keys = foreignKeysTo(db, parent);
    if (!keys)
        return keys.error();
    QList<ReferenceCount> counts;
    for (const ForeignKey &key : keys.value()) {
        QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(quoted(key.table), quoted(key.column));
        QVariantList bound{id};
        for (const OwnRows &rows : own) {
            if (rows.table != key.table || rows.values.isEmpty())
                continue;
            QStringList marks;
            for (const QString &value : rows.values) {
                marks << QStringLiteral("?");
                bound << value;
            }
            sql += QStringLiteral(" AND (%1 IS NULL OR %1 NOT IN (%2))")
                           .arg(quoted(rows.column), marks.join(QLatin1Char(',')));
        }
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &value : bound)
            q.addBindValue(value);
        if (auto s = execStatement(q, QStringLiteral("count rows of %1 referring to %2").arg(key.table, parent)); !s)
            return s.error();
        if (!q.next())
            return storageError(q, QStringLiteral("count rows of %1 referring to %2").arg(key.table, parent));
        if (const int rows = q.value(0).toInt(); rows > 0) {
            auto same = std::find_if(counts.begin(), counts.end(),
                                     [&](const ReferenceCount &c) { return c.table == key.table; });
            if (same != counts.end())
                same->rows += rows;
            else
                counts << ReferenceCount{key.table, rows};
        }
    }
    return counts;
}

}  // namespace care
