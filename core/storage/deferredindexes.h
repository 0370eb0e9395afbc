#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace care {

class Database;

// Secondary indexes set aside during a bulk load. Adding 100,000 rows to
// indexes whose keys arrive in random order (names, sort keys) costs several
// times more than building the same indexes afterwards from sorted data.
// setAside() drops the tables' own CREATE INDEX indexes (those that enforce
// PRIMARY KEY/UNIQUE constraints of the table definition stay); restore()
// recreates them exactly from their saved definitions, so a UNIQUE index
// then also checks every loaded row. Only for a database nobody else is
// using, such as a file being generated: until restore() the indexes are gone.
class DeferredIndexes {
public:
    static Result<DeferredIndexes> setAside(Database &db, const QStringList &tables);
    Status restore(Database &db);

private:
    QList<std::pair<QString, QString>> m_indexes;  // name, CREATE INDEX statement
};

} // namespace care
