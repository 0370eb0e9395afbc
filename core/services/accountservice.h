#pragma once

#include "security/crypto.h"
#include "security/roles.h"
#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace care {

class Clock;
class IdGenerator;

struct NewUser {
    QString username;      // unique, case-insensitive, 3-32 of [a-z0-9._-]
    QString displayName;
    Role role = Role::Teacher;
    QString schoolId;      // required for school roles, empty otherwise
    QSet<QString> classroomIds;
    QString password;      // at least 8 characters (the demo's "demo" is created below the policy)
};

struct UserSummary {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Teacher;
    QString schoolId;
    QSet<QString> classroomIds;
    bool disabled = false;
    QDateTime lockedUntilUtc;   // invalid when not locked
    QDateTime lastSignInUtc;
    bool mustChangePassword = false;
};

struct SetUpResult {
    Session administrator;
    QString recoveryKey;  // shown once, printed and kept by the municipality; never stored
};

// Users, passwords and the database key. Sign-in derives the user's secrets
// with Argon2id, checks the verifier, unwraps the database key from the
// user's key slot and hands a FieldCipher to the Database; sign-out and lock
// take it away. Failed attempts grow a lockout delay (see lockoutDelay).
class AccountService {
public:
    AccountService(Database &db, const Clock &clock, crypto::PasswordCost cost = crypto::PasswordCost::standard());

    // True while the file has no users: the first run must call setUp.
    Result<bool> needsSetUp() const;
    // First run: makes the database key, the administrator and the recovery
    // key slot, seals sensitive values still stored in plain form, and signs
    // the administrator in. Refused once any user exists.
    Result<SetUpResult> setUp(const NewUser &administrator);

    // An error whose field is "file" means the password was right but the
    // database file cannot be opened (damaged, of a newer Care, changed).
    Result<Session> signIn(const QString &username, const QString &password);
    // Re-entry after auto-lock: the same user's password, key restored.
    Result<Session> unlock(const Session &locked, const QString &password);
    // Lost passwords: the recovery key unwraps the database key and sets a new
    // password for `username` (audited).
    Result<Session> recover(const QString &recoveryKey, const QString &username, const QString &newPassword);
    void lock();     // drops the key from memory (auto-lock, sign-out)

    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    // Administrator (any user) or director (own school): sets a temporary
    // password the user must change at next sign-in.
    Status resetPassword(const Session &session, const QString &userId, const QString &temporaryPassword);
    // The password is temporary: the new user must change it at first sign-in.
    Result<QString> addUser(const Session &session, const NewUser &user);
    Status setDisabled(const Session &session, const QString &userId, bool disabled);
    Status setClassrooms(const Session &session, const QString &userId, const QSet<QString> &classroomIds);
    Result<QList<UserSummary>> listUsers(const Session &session) const;
    // A new recovery key (old one stops working); administrator only.
    Result<QString> replaceRecoveryKey(const Session &session);

    // Delay before the next attempt after `failures` consecutive failures:
    // none for the first 4, then 30 s doubling up to 1 hour.
    static qint64 lockoutDelaySecs(int failures);

    // Demo and tests: create a user below the password policy ("demo").
    Result<QString> addUserUnchecked(const Session &session, const NewUser &user);
    // Demo and tests: setUp with a password below the policy ("demo").
    Result<SetUpResult> setUpUnchecked(const NewUser &administrator);

    // True when the user signed in with a temporary password (admin reset)
    // and must choose a new one before working.
    Result<bool> mustChangePassword(const Session &session) const;

    // Ids of new users and key slots from this generator (deterministic demo);
    // null = the process-wide generator.
    void setIdGenerator(IdGenerator *ids) { m_ids = ids; }

private:
    Database &m_db;
    const Clock &m_clock;
    crypto::PasswordCost m_cost;
    IdGenerator *m_ids = nullptr;

    Result<SetUpResult> setUpWith(const NewUser &administrator, bool checkPolicy);
    Result<QString> addUserWith(const Session &session, const NewUser &user, bool checkPolicy);
};

} // namespace care
