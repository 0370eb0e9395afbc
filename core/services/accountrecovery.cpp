// AccountService: the municipal recovery key (recover a lost password,
// replace the key).
#include "services/accountservice.h"

#include "security/recoverykey.h"
#include "services/accountsupport.h"
#include "storage/userrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

namespace care {

using namespace accounts;

namespace {

const QString kUserEntity = QStringLiteral("app_user");

} // namespace

Result<Session> AccountService::recover(const QString &recoveryKey, const QString &username,
                                        const QString &newPassword)
{
    auto key = RecoveryKey::parse(recoveryKey);
    if (!key)
        return key.error();
    if (auto s = checkPasswordPolicy(newPassword, {username.trimmed(), {}}, QStringLiteral("newPassword")); !s)
        return s.error();
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    const Error wrongKey{AccountText::tr("This recovery key does not open this database: it belongs to another "
                                         "database, was replaced, or the key file was altered."),
                         QStringLiteral("recoveryKey"), {}};
    if (!keysBefore->recovery)
        return wrongKey;
    auto databaseKey = unwrapKey(key->slotKey(keysBefore->recovery->salt), keysBefore->recovery->wrappedKey,
                                 recoverySlotData());
    if (!databaseKey)
        return wrongKey;
    if (auto s = m_db.unlock(*databaseKey.value()); !s)
        return s.error();
    auto found = UserRepository(m_db).byUsername(normalizedUsername(username));
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{AccountText::tr("No user has this user name."), QStringLiteral("username"), {}};
    if ((*found)->disabledAtUtc.isValid())
        return Error{AccountText::tr("This user account is disabled; an administrator must enable it first."),
                     QStringLiteral("username"), {}};
    UserRow user = **found;
    if (auto s = checkPasswordPolicy(newPassword, {user.username, user.displayName}, QStringLiteral("newPassword")); !s)
        return s.error();
    const FieldCipher cipher(databaseKey.value());
    auto record = wrapForPassword(cipher, user.id, newPassword, m_cost);
    if (!record)
        return record.error();
    KeyFileContent keys = *keysBefore;
    keys.putUserSlot(userKeySlot(user, *record));
    keys.failures.remove(user.username);
    // The recovery key acted, not the user: the trail says so.
    WriteScope scope(m_db, Actor::system(QStringLiteral("recovery key")), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::setPassword(scope, user.id, record->salt, m_cost.opsLimit, m_cost.memLimitBytes,
                                             record->verifier, false);
        !s)
        return s.error();
    if (auto s = UserRepository::recordSignIn(scope, user.id); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("recover_password"), kUserEntity, user.id, {},
                             AccountText::tr("New password for %1 set with the recovery key").arg(user.username));
        !s)
        return s.error();
    if (auto s = commitWithKeyFile(scope, m_db, *keysBefore, keys); !s)
        return s.error();
    m_db.setFieldCipher(std::make_shared<const FieldCipher>(databaseKey.value()));
    return sessionFor(user, m_clock.nowUtc());
}

Result<QString> AccountService::replaceRecoveryKey(const Session &session)
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    if (session.role() != Role::SystemAdministrator)
        return Error{AccountText::tr("Only a system administrator can replace the recovery key."), {}, {}};
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return databaseLocked();
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    const RecoveryKey key = RecoveryKey::generate();
    KeyFileContent keys = *keysBefore;
    // The old slot goes: the old key stops working.
    keys.recovery = recoverySlot(*cipher, key);
    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("replace_recovery_key"), QStringLiteral("key_slot"), {}); !s)
        return s.error();
    if (auto s = commitWithKeyFile(scope, m_db, *keysBefore, keys); !s)
        return s.error();
    return key.formatted();
}

} // namespace care
