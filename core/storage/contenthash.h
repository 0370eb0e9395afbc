#pragma once

#include "util/result.h"

#include <QString>

namespace care {

class Database;

// SHA-256 (hex) over the content of every domain table: rows in a fixed
// order (table name, then id or primary key), every column but the local
// ones (local_rowid, sort_key). Bookkeeping is left out: settings, schema
// history, change log, audit trail and the search index. Two files with the
// same records hash the same, whoever wrote them and when. Sealed values are
// hashed opened (their nonces are random), so a file with sealed content
// needs the key (Database::fieldCipher) and is refused while locked; the
// random key material of users and key slots is left out.
Result<QString> contentHash(Database &db);

} // namespace care
