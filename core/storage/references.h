#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace care {

// A declared foreign key: `table`.`column` refers to the id of another table.
struct ForeignKey {
    QString table;
    QString column;
    bool operator==(const ForeignKey &) const = default;
};

// Rows of `table` whose `column` holds one of `values`: rows a check leaves
// out because the caller made them itself (the enrollment and guardian
// links an "Add student" wrote, say).
struct OwnRows {
    QString table;
    QString column;
    QStringList values;
};

// How many rows of one table refer to a record.
struct ReferenceCount {
    QString table;
    int rows = 0;
};

// Every foreign key that refers to `parent`, read from the schema itself, so
// a table added by a later migration is found without anyone listing it.
Result<QList<ForeignKey>> foreignKeysTo(const QSqlDatabase &db, const QString &parent);

// The rows that refer to row `id` of `parent` through any declared foreign
// key, counted per table (tables without one are left out), except `own`.
Result<QList<ReferenceCount>> referencesTo(const QSqlDatabase &db, const QString &parent, const QString &id,
                                           const QList<OwnRows> &own = {});

}  // namespace care
