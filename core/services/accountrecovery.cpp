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

Actor actorOf(const UserRow &user) { return Actor{user.id, user.displayName}; }

} // namespace

Result<Session> AccountService::recover(const QString &recoveryKey, const QString &username,
                                        const QString &newPassword)
{
    auto key = RecoveryKey::parse(recoveryKey);
    if (!key)
        return key.error();
    if (auto s = checkPasswordPolicy(newPassword, {username.trimmed(), {}}, QStringLiteral("newPassword")); !s)
        return s.error();
    UserRepository users(m_db);
    auto slot = users.recoverySlot();
    if (!slot)
        return slot.error();
    const Error wrongKey{AccountText::tr("This recovery key does not open this database: it belongs to another "
                                         "database, was replaced, or the file was altered."),
                         QStringLiteral("recoveryKey"), {}};
    if (!slot->has_value())
        return wrongKey;
    auto databaseKey = unwrapKey(key->slotKey((*slot)->salt), (*slot)->wrappedKey, recoverySlotData());
    if (!databaseKey)
        return wrongKey;
    auto found = users.byUsername(normalizedUsername(username));
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
    auto userSlot = users.userSlot(user.id);
    if (!userSlot)
        return userSlot.error();
    WriteScope scope(m_db, actorOf(user), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    Status slotWritten = userSlot->has_value()
                             ? UserRepository::rewrap(scope, (*userSlot)->id, record->salt, record->wrappedKey)
                             : UserRepository::insert(scope, KeySlotRow{scope.makeId(), QStringLiteral("user"),
                                                                        user.id, record->salt, record->wrappedKey});
    if (!slotWritten)
        return slotWritten.error();
    if (auto s = UserRepository::setPassword(scope, user.id, record->salt, m_cost.opsLimit, m_cost.memLimitBytes,
                                             record->verifier, false);
        !s)
        return s.error();
    if (auto s = UserRepository::recordSignIn(scope, user.id); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("recover_password"), kUserEntity, user.id, {},
                             AccountText::tr("New password set with the recovery key"));
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
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
    const RecoveryKey key = RecoveryKey::generate();
    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    // The old slot goes: the old key stops working.
    if (auto s = UserRepository::deleteRecoverySlot(scope); !s)
        return s.error();
    if (auto s = UserRepository::insert(scope, recoverySlot(*cipher, key, scope.makeId())); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("replace_recovery_key"), QStringLiteral("key_slot"), {}); !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return key.formatted();
}

} // namespace care
