#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace care::cli {

// The one way commands turn a student argument into a record id: the
// record id, the national ID number or G-code (dashes allowed), or a
// student number. Finding a record says nothing about whether the user may
// see it; the command then asks core.
class StudentLookup {
    Q_DECLARE_TR_FUNCTIONS(StudentLookup)
public:
    // nullopt with the message printed and *exitCode set: 1 when nobody
    // matches (with what is wrong with a mistyped ID number), 2 on a
    // database problem.
    static std::optional<QString> find(Database &db, const QString &idText, int *exitCode);
};

} // namespace care::cli
