#pragma once

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSqlQuery>
#include <QStringList>

namespace care::test {

// Row count of each table, for tests that prove a write left nothing (or exactly this) behind.
inline QMap<QString, int> rowCounts(Database &db, const QStringList &tables)
{
    QMap<QString, int> counts;
    QSqlQuery q(db.connection());
    for (const QString &table : tables) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        REQUIRE(q.next());
        counts.insert(table, q.value(0).toInt());
    }
    return counts;
}

} // namespace care::test
