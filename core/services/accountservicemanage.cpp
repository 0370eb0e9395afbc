// AccountService: user management (add, disable, classrooms, password reset,
// list) and the recovery key. Every call checks the acting user first.
#include "services/accountservice.h"

#include "services/accountsupport.h"
#include "storage/userrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

namespace care {

using namespace accounts;

namespace {

const QString kUserEntity = QStringLiteral("app_user");

// The target user, if the manager may manage them.
Result<UserRow> managedUser(Database &db, const UserRow &manager, const QString &userId)
{
    auto target = UserRepository(db).byId(userId);
    if (!target)
        return target.error();
    if (!target->has_value())
        return userNotFound();
    if (auto s = mayManage(manager, **target); !s)
        return s.error();
    return **target;
}

} // namespace

Result<QString> AccountService::addUser(const Session &session, const NewUser &user)
{
    return addUserWith(session, user, true);
}

Result<QString> AccountService::addUserUnchecked(const Session &session, const NewUser &user)
{
    return addUserWith(session, user, false);
}

Result<QString> AccountService::addUserWith(const Session &session, const NewUser &user, bool checkPolicy)
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    if (auto s = validateNewUser(m_db, user); !s)
        return s.error();
    if (checkPolicy)
        if (auto s = checkPasswordPolicy(user.password, {user.username, user.displayName}); !s)
            return s.error();
    UserRow row;
    row.username = normalizedUsername(user.username);
    row.displayName = user.displayName.trimmed();
    row.role = code(user.role);
    row.schoolId = user.schoolId;
    row.classroomIds = user.classroomIds;
    // A password chosen by a manager is temporary; the demo's documented
    // accounts (added unchecked) keep theirs.
    row.mustChangePassword = checkPolicy;
    if (auto s = mayManage(*manager, row); !s)
        return s.error();
    UserRepository users(m_db);
    auto taken = users.byUsername(row.username);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error{AccountText::tr("Another user already has this user name."), QStringLiteral("username"), {}};
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return databaseLocked();

    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    row.id = scope.makeId();
    auto record = wrapForPassword(*cipher, row.id, user.password, m_cost);
    if (!record)
        return record.error();
    row.passwordSalt = record->salt;
    row.passwordOps = m_cost.opsLimit;
    row.passwordMem = m_cost.memLimitBytes;
    row.passwordVerifier = record->verifier;
    if (auto s = UserRepository::insert(scope, row); !s)
        return s.error();
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    KeyFileContent keys = *keysBefore;
    keys.putUserSlot(userKeySlot(row, *record));
    keys.failures.remove(row.username);
    if (auto s = scope.audit(QStringLiteral("create"), kUserEntity, row.id, {},
                             AccountText::tr("User %1 (%2)").arg(row.username, label(user.role)));
        !s)
        return s.error();
    if (auto s = commitWithKeyFile(scope, m_db, *keysBefore, keys); !s)
        return s.error();
    return row.id;
}

Status AccountService::resetPassword(const Session &session, const QString &userId, const QString &temporaryPassword)
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    auto target = managedUser(m_db, *manager, userId);
    if (!target)
        return target.error();
    if (auto s = checkPasswordPolicy(temporaryPassword, {target->username, target->displayName}); !s)
        return s;
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return databaseLocked();
    auto record = wrapForPassword(*cipher, target->id, temporaryPassword, m_cost);
    if (!record)
        return record.error();
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    KeyFileContent keys = *keysBefore;
    keys.putUserSlot(userKeySlot(*target, *record));
    keys.failures.remove(target->username);
    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::setPassword(scope, target->id, record->salt, m_cost.opsLimit, m_cost.memLimitBytes,
                                             record->verifier, true);
        !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("reset_password"), kUserEntity, target->id); !s)
        return s;
    return commitWithKeyFile(scope, m_db, *keysBefore, keys);
}

Status AccountService::setDisabled(const Session &session, const QString &userId, bool disabled)
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    auto target = managedUser(m_db, *manager, userId);
    if (!target)
        return target.error();
    if (disabled && target->id == session.userId())
        return Error{AccountText::tr("You cannot disable your own account."), {}, {}};
    if (disabled == target->disabledAtUtc.isValid())
        return {};
    auto keysBefore = m_db.readKeyFile();
    if (!keysBefore)
        return keysBefore.error();
    // A disabled user's wrapped key is deleted, so their password no longer
    // unwraps the database key from this key file; only the verifier stays,
    // so the right password is told that the account is disabled. Enabling
    // again needs a new (temporary) password, which makes a new slot.
    KeyFileContent keys = *keysBefore;
    if (disabled)
        keys.dropWrappedKey(target->id);
    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::setDisabled(scope, target->id, disabled); !s)
        return s;
    if (auto s = scope.audit(disabled ? QStringLiteral("disable_user") : QStringLiteral("enable_user"), kUserEntity,
                             target->id);
        !s)
        return s;
    return commitWithKeyFile(scope, m_db, *keysBefore, keys);
}

Status AccountService::setClassrooms(const Session &session, const QString &userId, const QSet<QString> &classroomIds)
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    auto target = managedUser(m_db, *manager, userId);
    if (!target)
        return target.error();
    if (auto s = validateClassrooms(m_db, roleOf(*target).value_or(Role::Teacher), target->schoolId, classroomIds); !s)
        return s;
    WriteScope scope(m_db, session.actor(), m_clock, m_ids);
    if (!scope.isActive())
        return scope.error();
    if (auto s = UserRepository::setClassrooms(scope, target->id, classroomIds); !s)
        return s;
    if (auto s = scope.audit(QStringLiteral("update"), kUserEntity, target->id, {},
                             AccountText::tr("Classrooms assigned: %n", nullptr, int(classroomIds.size())));
        !s)
        return s;
    return scope.commit();
}

Result<QList<UserSummary>> AccountService::listUsers(const Session &session) const
{
    auto manager = actingManager(m_db, m_clock, session);
    if (!manager)
        return manager.error();
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    auto keys = m_db.readKeyFile();
    if (!keys)
        return keys.error();
    QList<UserSummary> out;
    const QDateTime now = m_clock.nowUtc();
    for (const UserRow &u : users.value()) {
        if (!mayManage(*manager, u))
            continue;
        UserSummary s;
        s.id = u.id;
        s.username = u.username;
        s.displayName = u.displayName;
        s.role = roleOf(u).value_or(Role::Teacher);
        s.schoolId = u.schoolId;
        s.classroomIds = u.classroomIds;
        s.disabled = u.disabledAtUtc.isValid();
        const QDateTime lockedUntil = keys->failures.value(u.username).lockedUntilUtc;
        if (lockedUntil.isValid() && lockedUntil > now)
            s.lockedUntilUtc = lockedUntil;
        s.lastSignInUtc = u.lastSignInUtc;
        s.mustChangePassword = u.mustChangePassword;
        out << s;
    }
    return out;
}

} // namespace care
