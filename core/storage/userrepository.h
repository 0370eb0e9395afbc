#pragma once

#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace care {

// One app_user row as stored (role as its code; secrets as bytes).
struct UserRow {
    QString id;
    QString username;
    QString displayName;
    QString role;          // Role code
    QString schoolId;      // empty = NULL
    QByteArray passwordSalt;
    quint64 passwordOps = 0;
    quint64 passwordMem = 0;
    QByteArray passwordVerifier;
    bool mustChangePassword = false;
    QDateTime disabledAtUtc;   // invalid = enabled
    QDateTime lastSignInUtc;
    QSet<QString> classroomIds;  // from user_classroom
};

// All SQL of app_user and user_classroom (the key slots are in the key file). The secrets stay out of
// the change log (they are not for syncing and must not be copied around);
// the account service audits every change instead.
class UserRepository {
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<int> userCount() const;
    Result<std::optional<UserRow>> byUsername(const QString &username) const;  // case-insensitive
    Result<std::optional<UserRow>> byId(const QString &userId) const;
    Result<QList<UserRow>> all() const;  // by username

    static Status insert(WriteScope &scope, const UserRow &user);  // with its classrooms
    static Status setPassword(WriteScope &scope, const QString &userId, const QByteArray &salt, quint64 ops,
                              quint64 mem, const QByteArray &verifier, bool mustChange);
    static Status recordSignIn(WriteScope &scope, const QString &userId);
    static Status setDisabled(WriteScope &scope, const QString &userId, bool disabled);
    static Status setClassrooms(WriteScope &scope, const QString &userId, const QSet<QString> &classroomIds);
    // A student referred to a health staff member (kind "health_referral"); change-logged.
    static Status insertCareAssignment(WriteScope &scope, const QString &id, const QString &userId,
                                       const QString &studentId, const QString &kind);

private:
    Result<QList<UserRow>> select(const QString &where, const QVariant &bound) const;

    Database &m_db;
};

} // namespace care
