#pragma once

// Qt values to SQLite and back, as Qt's QSQLITE driver converted them (the
// files Care wrote before its own driver hold the same text): null strings,
// byte arrays, dates and invalid date-times are NULL; dates and times are ISO
// 8601 text; integers are 64-bit. Internal to core/storage (sqliteresult.cpp).

#include <QMetaType>
#include <QVariant>
#include <QtSql/qtsqlglobal.h>

#include <sqlite3.h>

namespace care::sqlitevalues {

// Binds `value` to the 1-based parameter `index`; an SQLite result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);
// The value of `column` in the current row.
QVariant columnValue(sqlite3_stmt *statement, int column, QSql::NumericalPrecisionPolicy policy);
// The Qt type of a column from its declared SQL type (SQLite's affinity rules).
QMetaType declaredType(const char *declared);

} // namespace care::sqlitevalues
