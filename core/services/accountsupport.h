#pragma once

// Pieces the account service's files share: key slot wrapping, the password
// policy, user validation and the service's messages. Not a public API.

#include "security/crypto.h"
#include "security/fieldcipher.h"
#include "security/keyfile.h"
#include "security/passwordpolicy.h"
#include "security/recoverykey.h"
#include "security/roles.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace care {

class Clock;
struct NewUser;

struct AccountText {
    Q_DECLARE_TR_FUNCTIONS(AccountText)
};

namespace accounts {

// Associated data of key slots: a slot copied onto another user fails to open.
QByteArray userSlotData(const QString &userId);
QByteArray recoverySlotData();

// A password's stored record and the database key wrapped with it.
struct PasswordRecord {
    QByteArray salt;
    crypto::PasswordCost cost;
    QByteArray verifier;
    QByteArray wrappedKey;
};
Result<PasswordRecord> wrapForPassword(const FieldCipher &cipher, const QString &userId, const QString &password,
                                       crypto::PasswordCost cost);
// A user's key slot for the key file, from a fresh password record.
UserKeySlot userKeySlot(const UserRow &user, const PasswordRecord &record);
// The recovery slot: the database key wrapped for the recovery key under a fresh salt.
RecoveryKeySlot recoverySlot(const FieldCipher &cipher, const RecoveryKey &key);
// Commits a write whose key slots changed: the key file is written first
// (so a committed user always has their slot) and put back as it was if the
// database commit fails.
Status commitWithKeyFile(WriteScope &scope, const Database &db, const KeyFileContent &before,
                         const KeyFileContent &after);
// The database key out of a slot; an error if the slot was changed or belongs elsewhere.
Result<std::shared_ptr<const SecretBytes>> unwrapKey(const SecretBytes &keyEncryptionKey, const QByteArray &wrapped,
                                                     const QByteArray &associatedData);

// PasswordPolicy::check for the person who will have the password.
Status checkPasswordPolicy(const QString &password, const PasswordOwner &owner,
                           const QString &field = QStringLiteral("password"));
QString normalizedUsername(const QString &username);
// Username, display name, role, school and classrooms (not the password, not uniqueness).
Status validateNewUser(Database &db, const NewUser &user);
Status validateClassrooms(Database &db, Role role, const QString &schoolId, const QSet<QString> &classroomIds);

Session sessionFor(const UserRow &user, const QDateTime &signedInAtUtc);
std::optional<Role> roleOf(const UserRow &user);

// The acting user of a management call: the session must match an enabled
// user with user-management rights.
Result<UserRow> actingManager(Database &db, const Clock &clock, const Session &session);
// Director: only users of their own school, never administrators or officers.
Status mayManage(const UserRow &manager, const UserRow &target);

Error wrongCredentials();
Error lockedOut(qint64 secondsLeft);
Error keySlotDamaged();
Error databaseLocked();
Error userNotFound();

} // namespace accounts
} // namespace care
