#pragma once

#include "util/result.h"

namespace care {

class Database;

// Student sort keys come from ICU's Thai collation; when the ICU version
// differs from the one that made the stored keys, they are rebuilt.
Status refreshStudentSortKeys(Database &db);

} // namespace care
