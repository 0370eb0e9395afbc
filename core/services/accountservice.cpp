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

// A refused sign-in, kept in the key file until the next successful sign-in
// writes it to the audit trail (the database may be closed now).
void notePendingFailure(Database &db, KeyFileContent keys, const Clock &clock, const QString &userId,
                        const QString &why)
{
    keys.addPendingEvent(PendingSignInEvent{clock.nowUtc(), userId, why});
    (void)db.writeKeyFile(keys);
}

// Refusals kept while the database was closed, audited as the sign-in's
// own events, at the times they happened.
Status auditPendingFailures(WriteScope &scope, const QList<PendingSignInEvent> &events)
{
    const Actor signIn = Actor::system(QStringLiteral("sign-in"));
    for (const PendingSignInEvent &event : events)
        if (auto s = scope.auditAs(signIn, QStringLiteral("sign_in_failed"), kUserEntity, event.userId, {},
                                   AccountText::tr("Attempt at %1").arg(toStoredTimestamp(event.atUtc)),
                                   event.reason);
            !s)
            return s;
    return {};
}

// The key was right but the file cannot be used (damaged, newer, changed):
// the field names the file, so callers tell it from a refused sign-in.
Error fileProblem(Error error)
{
    error.field = QStringLiteral("file");
    return error;
}

Error accountDisabled() { return Error{AccountText::tr("This user account is disabled. Ask your administrator."), {}, {}}; }

Error attemptsNotRecorded(const Error &cause)
{
    return Error{AccountText::tr("Care cannot record sign-in attempts in the key file, so signing in is refused "
                                 "until it can: %1")
                     .arg(cause.message),
                 {}, cause.location};
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
    auto keys = m_db.readKeyFile();
    if (!keys)
        return keys.error();
    if (!keys->users.isEmpty())
        return false;
    if (m_db.createdDatabaseKey() || m_db.isPlainFile())
        return true;
    return Error{AccountText::tr("This database was never set up: it has no users, so it cannot be opened. "
                                 "Create a new database instead."),
                 {}, {}};
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
    // An earlier version's plain file that was never set up gets its key
    // now, and is encrypted with it before anything else is written.
    auto key = m_db.createdDatabaseKey();
    if (!key)
        key = std::make_shared<const SecretBytes>(SecretBytes::random(crypto::kKeyBytes));
    if (auto s = m_db.unlock(*key); !s)
        return s.error();
    if (auto s = validateNewUser(m_db, administrator); !s)
        return s.error();
    if (checkPolicy)
        if (auto s = checkPasswordPolicy(administrator.password, {administrator.username, administrator.displayName});
            !s)
            return s.error();

    auto cipher = std::make_shared<const FieldCipher>(key);
    const RecoveryKey recoveryKey = RecoveryKey::generate();
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    KeyFileContent keys = *keysBefore;
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
        keys.putUserSlot(userKeySlot(admin, *record));
        keys.recovery = recoverySlot(*cipher, recoveryKey);
        if (auto s = StudentRepository::sealPlainHouseholds(scope, *cipher); !s)
            return s.error();
        if (auto s = scope.audit(QStringLiteral("set_up"), kUserEntity, admin.id, {},
                                 AccountText::tr("First administrator and recovery key created"));
            !s)
            return s.error();
        if (auto s = commitWithKeyFile(scope, m_db, *keysBefore, keys); !s)
            return s.error();
    }
    // Values sealed above may have older copies in free pages and the WAL:
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
    const QString name = normalizedUsername(username);
    auto keysRead = m_db.readKeyFile();
    if (!keysRead)
        return keysRead.error();
    const KeyFileContent before = *keysRead;
    const QDateTime now = m_clock.nowUtc();
    const UserKeySlot *slot = before.userSlot(name);
    const QString slotUserId = slot ? slot->userId : QString();
    // Unknown names are counted and locked out like known ones, so neither
    // the answer nor the lockout tells which names exist.
    const SignInFailures failures = before.failures.value(name);
    if (failures.lockedUntilUtc.isValid() && failures.lockedUntilUtc > now) {
        notePendingFailure(m_db, before, m_clock, slotUserId, AccountText::tr("Refused while locked out"));
        return lockedOut(now.secsTo(failures.lockedUntilUtc));
    }
    // The attempt counts as failed until it succeeds: if that cannot be
    // written, nobody gets to try passwords without being counted.
    KeyFileContent counted = before;
    counted.countFailure(name, now, lockoutDelaySecs(failures.count + 1));
    if (auto s = m_db.writeKeyFile(counted); !s)
        return attemptsNotRecorded(s.error());
    if (!slot) {
        // Spend one derivation anyway: the answer's timing must not tell which names exist.
        (void)crypto::derivePasswordSecrets(password, QByteArray(crypto::kSaltBytes, '\0'), m_cost);
        notePendingFailure(m_db, counted, m_clock, {}, AccountText::tr("Unknown user name"));
        return wrongCredentials();
    }
    auto secrets = crypto::derivePasswordSecrets(password, slot->salt, {slot->opsLimit, slot->memLimitBytes});
    if (!secrets)
        return secrets.error();
    if (!crypto::constantTimeEqual(secrets->verifier, slot->verifier)) {
        notePendingFailure(m_db, counted, m_clock, slotUserId, AccountText::tr("Wrong password"));
        return wrongCredentials();
    }
    if (slot->wrappedKey.isEmpty()) {
        notePendingFailure(m_db, counted, m_clock, slotUserId, AccountText::tr("Account disabled"));
        return Error{AccountText::tr("This user account was disabled, and its key was deleted then. Ask your "
                                     "administrator to enable it and to give you a temporary password."),
                     {}, {}};
    }
    auto key = unwrapKey(secrets->keyEncryptionKey, slot->wrappedKey, userSlotData(slot->userId));
    if (!key) {
        notePendingFailure(m_db, counted, m_clock, slotUserId, AccountText::tr("Key slot altered or damaged"));
        return key.error();
    }
    if (auto s = m_db.unlock(*key.value()); !s)
        return fileProblem(s.error());
    auto found = UserRepository(m_db).byId(slot->userId);
    if (!found)
        return found.error();
    // A slot of a user the database no longer has, or of an older password
    // (a key file restored from a backup): not a valid sign-in.
    if (!found->has_value() || !crypto::constantTimeEqual(secrets->verifier, (*found)->passwordVerifier)) {
        notePendingFailure(m_db, counted, m_clock, slotUserId, AccountText::tr("Wrong password"));
        return wrongCredentials();
    }
    const UserRow user = **found;
    if (user.disabledAtUtc.isValid()) {
        notePendingFailure(m_db, counted, m_clock, slotUserId, AccountText::tr("Account disabled"));
        return accountDisabled();
    }
    KeyFileContent after = counted;
    after.failures.remove(name);
    after.pendingEvents.clear();
    WriteScope scope(m_db, actorOf(user), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::recordSignIn(scope, user.id); !s)
        return s.error();
    if (auto s = auditPendingFailures(scope, counted.pendingEvents); !s)
        return s.error();
    if (auto s = scope.audit(QStringLiteral("sign_in"), kUserEntity, user.id); !s)
        return s.error();
    if (auto s = commitWithKeyFile(scope, m_db, counted, after); !s)
        return s.error();
    m_db.setFieldCipher(std::make_shared<const FieldCipher>(key.value()));
    return sessionFor(user, now);
}

Result<Session> AccountService::unlock(const Session &locked, const QString &password)
{
    auto keys = m_db.readKeyFile();
    if (!keys)
        return keys.error();
    const UserKeySlot *slot = keys->userSlot(locked.username());
    if (slot && slot->userId != locked.userId())
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
    auto found = UserRepository(m_db).byId(session.userId());
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
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    const UserKeySlot *slot = keysBefore->userSlotById(user.id);
    if (!slot)
        return keySlotDamaged();
    // The key comes out of this user's own slot, so changing a password works while locked too.
    auto key = unwrapKey(secrets->keyEncryptionKey, slot->wrappedKey, userSlotData(user.id));
    if (!key)
        return key.error();
    auto record = wrapForPassword(FieldCipher(key.value()), user.id, newPassword, m_cost);
    if (!record)
        return record.error();
    KeyFileContent keys = *keysBefore;
    keys.putUserSlot(userKeySlot(user, *record));
    WriteScope scope(m_db, actorOf(user), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::setPassword(scope, user.id, record->salt, m_cost.opsLimit, m_cost.memLimitBytes,
                                             record->verifier, false);
        !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("change_password"), kUserEntity, user.id); !s)
        return s;
    return commitWithKeyFile(scope, m_db, *keysBefore, keys);
}

} // namespace care
