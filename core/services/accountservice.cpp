#include "services/accountservice.h"

#include "security/recoverykey.h"
#include "services/accountsupport.h"
#include "storage/sqlerror.h"
#include "storage/studentrepository.h"
#include "storage/userrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

namespace care {

using namespace accounts;

namespace {

const QString kUserEntity = QStringLiteral("app_user");

Actor actorOf(const UserRow &user) { return Actor{user.id, user.displayName}; }

// A failed attempt: counted, possibly locked, audited (never with the password).
enum class Counts { Yes, No };
void recordFailure(Database &db, const Clock &clock, const UserRow *user, Counts counts, const QString &why)
{
    WriteScope scope(db, Actor::system(QStringLiteral("sign-in")), clock);
    if (!scope.isActive())
        return;
    if (user && counts == Counts::Yes) {
        const int failures = user->failedAttempts + 1;
        const qint64 delay = AccountService::lockoutDelaySecs(failures);
        const QDateTime until = delay > 0 ? clock.nowUtc().addSecs(delay) : QDateTime();
        if (!UserRepository::recordFailure(scope, user->id, failures, until))
            return;
    }
    if (scope.audit(QStringLiteral("sign_in_failed"), kUserEntity, user ? user->id : QString(), {}, why))
        (void)scope.commit();
}

} // namespace

AccountService::AccountService(Database &db, const Clock &clock, crypto::PasswordCost cost)
    : m_db(db), m_clock(clock), m_cost(cost)
{
    crypto::initialize();
}

qint64 AccountService::lockoutDelaySecs(int failures)
{
    constexpr int kFreeAttempts = 4;
    constexpr qint64 kFirstDelay = 30;
    constexpr qint64 kLongestDelay = 3600;
    if (failures <= kFreeAttempts)
        return 0;
    const int doublings = failures - kFreeAttempts - 1;
    if (doublings >= 7)  // 30 s × 2^7 is past the hour
        return kLongestDelay;
    return std::min(kLongestDelay, kFirstDelay << doublings);
}

Result<bool> AccountService::needsSetUp() const
{
    auto count = UserRepository(m_db).userCount();
    if (!count)
        return count.error();
    return count.value() == 0;
}

Result<SetUpResult> AccountService::setUp(const NewUser &administrator) { return setUpWith(administrator, true); }
Result<SetUpResult> AccountService::setUpUnchecked(const NewUser &administrator)
{
    return setUpWith(administrator, false);
}

Result<SetUpResult> AccountService::setUpWith(const NewUser &administrator, bool checkPolicy)
{
    auto empty = needsSetUp();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{AccountText::tr("This database is already set up; sign in as a user instead."), {}, {}};
    if (administrator.role != Role::SystemAdministrator)
        return Error{AccountText::tr("The first user must be a system administrator."), QStringLiteral("role"), {}};
    if (auto s = validateNewUser(m_db, administrator); !s)
        return s.error();
    if (checkPolicy)
        if (auto s = checkPasswordPolicy(administrator.password, {administrator.username, administrator.displayName});
            !s)
            return s.error();

    auto key = std::make_shared<const SecretBytes>(SecretBytes::random(crypto::kKeyBytes));
    auto cipher = std::make_shared<const FieldCipher>(key);
    const RecoveryKey recoveryKey = RecoveryKey::generate();
    UserRow admin;
    {
        WriteScope scope(m_db, Actor::system(QStringLiteral("set-up")), m_clock, m_ids);
        if (!scope.isActive())
            return scope.error();
        admin.id = scope.makeId();
        admin.username = normalizedUsername(administrator.username);
        admin.displayName = administrator.displayName.trimmed();
        admin.role = code(Role::SystemAdministrator);
        admin.lastSignInUtc = m_clock.nowUtc();
        auto record = wrapForPassword(*cipher, admin.id, administrator.password, m_cost);
        if (!record)
            return record.error();
        admin.passwordSalt = record->salt;
        admin.passwordOps = m_cost.opsLimit;
        admin.passwordMem = m_cost.memLimitBytes;
        admin.passwordVerifier = record->verifier;
        if (auto s = UserRepository::insert(scope, admin); !s)
            return s.error();
        if (auto s = UserRepository::insert(scope, KeySlotRow{scope.makeId(), QStringLiteral("user"), admin.id,
                                                              record->salt, record->wrappedKey});
            !s)
            return s.error();
        if (auto s = UserRepository::insert(scope, recoverySlot(*cipher, recoveryKey, scope.makeId())); !s)
            return s.error();
        if (auto s = StudentRepository::sealPlainHouseholds(scope, *cipher); !s)
            return s.error();
        if (auto s = scope.audit(QStringLiteral("set_up"), kUserEntity, admin.id, {},
                                 AccountText::tr("First administrator and recovery key created"));
            !s)
            return s.error();
        if (auto s = scope.commit(); !s)
            return s.error();
    }
    // Values sealed above may have plain copies in free pages and the WAL:
    // rebuild the file and empty the WAL. Best effort: set-up has committed
    // and its recovery key must reach the user even if another connection
    // keeps VACUUM from running now (secure_delete already zeroed the
    // overwritten cells; the WAL is emptied at the next checkpoint).
    (void)execSql(m_db.connection(), QStringLiteral("VACUUM"), QStringLiteral("compact database"));
    (void)execSql(m_db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("checkpoint database"));
    m_db.setFieldCipher(cipher);
    return SetUpResult{sessionFor(admin, m_clock.nowUtc()), recoveryKey.formatted()};
}

Result<Session> AccountService::signIn(const QString &username, const QString &password)
{
    auto found = UserRepository(m_db).byUsername(normalizedUsername(username));
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Spend one derivation anyway: the answer's timing must not tell which names exist.
        (void)crypto::derivePasswordSecrets(password, QByteArray(crypto::kSaltBytes, '\0'), m_cost);
        recordFailure(m_db, m_clock, nullptr, Counts::No, AccountText::tr("Unknown user name"));
        return wrongCredentials();
    }
    const UserRow user = **found;
    const QDateTime now = m_clock.nowUtc();
    if (user.lockedUntilUtc.isValid() && user.lockedUntilUtc > now) {
        recordFailure(m_db, m_clock, &user, Counts::No, AccountText::tr("Refused while locked out"));
        return lockedOut(now.secsTo(user.lockedUntilUtc));
    }
    auto secrets = crypto::derivePasswordSecrets(password, user.passwordSalt, {user.passwordOps, user.passwordMem});
    if (!secrets)
        return secrets.error();
    if (!crypto::constantTimeEqual(secrets->verifier, user.passwordVerifier)) {
        recordFailure(m_db, m_clock, &user, Counts::Yes, AccountText::tr("Wrong password"));
        return wrongCredentials();
    }
    if (user.disabledAtUtc.isValid()) {
        recordFailure(m_db, m_clock, &user, Counts::No, AccountText::tr("Account disabled"));
        return Error{AccountText::tr("This user account is disabled. Ask your administrator."), {}, {}};
    }
    auto slot = UserRepository(m_db).userSlot(user.id);
    if (!slot)
        return slot.error();
    auto key = slot->has_value() ? unwrapKey(secrets->keyEncryptionKey, (*slot)->wrappedKey, userSlotData(user.id))
                                 : Result<std::shared_ptr<const SecretBytes>>(keySlotDamaged());
    if (!key) {
        recordFailure(m_db, m_clock, &user, Counts::No, AccountText::tr("Key slot altered or damaged"));
        return key.error();
    }
    WriteScope scope(m_db, actorOf(user), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::recordSignIn(scope, user.id); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("sign_in"), kUserEntity, user.id); !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    m_db.setFieldCipher(std::make_shared<const FieldCipher>(key.value()));
    return sessionFor(user, now);
}

Result<Session> AccountService::unlock(const Session &locked, const QString &password)
{
    auto user = UserRepository(m_db).byId(locked.userId());
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->username != locked.username())
        return wrongCredentials();
    return signIn(locked.username(), password);
}

void AccountService::lock() { m_db.setFieldCipher(nullptr); }

Result<bool> AccountService::mustChangePassword(const Session &session) const
{
    auto user = UserRepository(m_db).byId(session.userId());
    if (!user)
        return user.error();
    if (!user->has_value())
        return userNotFound();
    return (*user)->mustChangePassword;
}

Status AccountService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (auto s
        = checkPasswordPolicy(newPassword, {session.username(), session.displayName()}, QStringLiteral("newPassword"));
        !s)
        return s;
    UserRepository users(m_db);
    auto found = users.byId(session.userId());
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->disabledAtUtc.isValid())
        return userNotFound();
    const UserRow user = **found;
    auto secrets = crypto::derivePasswordSecrets(oldPassword, user.passwordSalt, {user.passwordOps, user.passwordMem});
    if (!secrets)
        return secrets.error();
    if (!crypto::constantTimeEqual(secrets->verifier, user.passwordVerifier))
        return Error{AccountText::tr("The current password is wrong."), QStringLiteral("oldPassword"), {}};
    auto slot = users.userSlot(user.id);
    if (!slot)
        return slot.error();
    if (!slot->has_value())
        return keySlotDamaged();
    // The key comes out of this user's own slot, so changing a password works while locked too.
    auto key = unwrapKey(secrets->keyEncryptionKey, (*slot)->wrappedKey, userSlotData(user.id));
    if (!key)
        return key.error();
    auto record = wrapForPassword(FieldCipher(key.value()), user.id, newPassword, m_cost);
    if (!record)
        return record.error();
    WriteScope scope(m_db, actorOf(user), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::rewrap(scope, (*slot)->id, record->salt, record->wrappedKey); !s)
        return s;
    if (auto s = UserRepository::setPassword(scope, user.id, record->salt, m_cost.opsLimit, m_cost.memLimitBytes,
                                             record->verifier, false);
        !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("change_password"), kUserEntity, user.id); !s)
        return s;
    return scope.commit();
}

} // namespace care
