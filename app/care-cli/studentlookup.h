#pragma once

#include "security/session.h"
#include "services/databasehandle.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace care::cli {

// The one way commands turn a student argument into a record id: the
// record id, the national ID number or G-code (dashes allowed), or a
// student number, of a student the signed-in user may see
// (StudentDirectory::find). A student out of the user's scope is answered
// exactly as one who does not exist: the same message and exit code 1.
class StudentLookup {
    Q_DECLARE_TR_FUNCTIONS(StudentLookup)
public:
    // nullopt with the message printed and *exitCode set: 1 when nobody the
    // user may see matches (with what is wrong with a mistyped ID number),
    // 2 on a database problem.
    static std::optional<QString> find(Database &db, const Session &session, const QString &idText, int *exitCode);
    // The same printing and exit codes for another service's lookup
    // (AuditService::findStudent): its errors about the text have the field "student".
    static std::optional<QString> report(const Result<QString> &found, const QString &idText, int *exitCode);
};

} // namespace care::cli
