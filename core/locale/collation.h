#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace care {

// Thai dictionary order (leading vowels เ แ โ ใ ไ are skipped for the
// primary order, tone marks weigh less than letters). In memory this is
// QCollator with the Thai locale; for the database, where sorting 100k rows
// per query is too slow, the same ICU rules give a binary sort key that is
// stored in an indexed column. Both orders agree (tests check it).
namespace collation {

bool lessThan(const QString &a, const QString &b);
void sort(QStringList &names);

// Binary-comparable key (memcmp order == Thai order). Stored keys depend on
// the ICU version, so the database records version() and rebuilds on change.
QByteArray sortKey(const QString &text);
QString version();

} // namespace collation
} // namespace care
