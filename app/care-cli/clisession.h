#pragma once

#include "security/session.h"
#include "services/databasehandle.h"
#include "util/result.h"

namespace care {
class Clock;
}

namespace care::cli {

// Signs the CLI in like the app: user name and password from CARE_USER and
// CARE_PASSWORD, or asked for on the terminal (password not echoed). On
// success the database key is unlocked for this process. Every command that
// reads or writes a child's record calls this first. `password`, when given,
// receives the password used (for `users password`, which must pass it to
// AccountService::changePassword).
Result<Session> signInFromEnvironment(Database &db, const Clock &clock, QString *password = nullptr);

} // namespace care::cli
