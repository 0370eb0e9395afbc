#pragma once

// The database's own objects against what Care's migrations make: a table,
// index, view or trigger planted in a copied file (which SQLite would run
// inside Care's statements) is refused before anything else runs.
// Internal to core/storage.

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace care {

// Refuses a schema with an object the migrations up to the file's version
// did not make, or with one whose definition differs. Objects the
// migrations made but the file lacks (indexes dropped for a bulk load) are
// not refused: migrations and the bulk loader recreate them.
Status checkSchemaObjects(const QSqlDatabase &db, const QString &pathForMessages);
// The objects a given schema version has, as "type name: sql" lines, by
// running the migrations on an in-memory database (cached per version).
QStringList expectedSchemaObjects(int version);

} // namespace care
