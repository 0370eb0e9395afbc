#pragma once

#include "security/roles.h"
#include "services/accountservice.h"
#include "services/databasehandle.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace care::cli {

// Turns what `care-cli users …` is given into what AccountService takes:
// role codes, school codes, classroom names, user names and new passwords.
// Each returns nullopt with the message printed and *exitCode set.
class UserArguments {
    Q_DECLARE_TR_FUNCTIONS(UserArguments)
public:
    static std::optional<Role> role(const QString &roleCode, int *exitCode);
    // The school with this 8-digit code.
    static std::optional<QString> schoolId(Database &db, const Session &session, const QString &schoolCode,
                                           int *exitCode);
    // Classrooms of the school's current academic year by name ("ป.4/1" in
    // Thai, "P.4/1" in English), grade code ("P4/1") or record id.
    static std::optional<QSet<QString>> classroomIds(Database &db, const Session &session, const QString &schoolId,
                                                     const QStringList &classrooms, int *exitCode);
    // The listed user with this user name (case does not matter).
    static std::optional<UserSummary> user(const QList<UserSummary> &users, const QString &username,
                                           int *exitCode);
    // From CARE_NEW_PASSWORD, or typed twice on the terminal.
    static std::optional<QString> newPassword(const QString &username, int *exitCode);
};

} // namespace care::cli
