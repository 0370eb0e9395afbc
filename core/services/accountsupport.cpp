#include "services/accountsupport.h"

#include "security/accesscontrol.h"
#include "services/accountservice.h"
#include "storage/schoolrepository.h"

#include <QRegularExpression>

#include <sodium.h>

namespace care::accounts {

QByteArray userSlotData(const QString &userId) { return QByteArray("care-key-slot:") + userId.toUtf8(); }
QByteArray recoverySlotData() { return QByteArray("care-key-slot:recovery"); }

Result<PasswordRecord> wrapForPassword(const FieldCipher &cipher, const QString &userId, const QString &password,
                                       crypto::PasswordCost cost)
{
    PasswordRecord record;
    record.salt = crypto::randomBytes(crypto::kSaltBytes);
    record.cost = cost;
    auto secrets = crypto::derivePasswordSecrets(password, record.salt, cost);
    if (!secrets)
        return secrets.error();
    record.verifier = secrets->verifier;
    record.wrappedKey = cipher.wrapDatabaseKey(secrets->keyEncryptionKey, userSlotData(userId));
    return record;
}

UserKeySlot userKeySlot(const UserRow &user, const PasswordRecord &record)
{
    return UserKeySlot{user.id,        user.username,      record.salt, record.cost.opsLimit, record.cost.memLimitBytes,
                       record.verifier, record.wrappedKey};
}

RecoveryKeySlot recoverySlot(const FieldCipher &cipher, const RecoveryKey &key)
{
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const SecretBytes slotKey = key.slotKey(salt);
    return RecoveryKeySlot{salt, cipher.wrapDatabaseKey(slotKey, recoverySlotData())};
}

Status commitWithKeyFile(WriteScope &scope, const Database &db, const KeyFileContent &before,
                         const KeyFileContent &after)
{
    if (auto s = db.writeKeyFile(after); !s)
        return s;
    if (auto s = scope.commit(); !s) {
        (void)db.writeKeyFile(before);
        return s;
    }
    return {};
}

Result<std::shared_ptr<const SecretBytes>> unwrapKey(const SecretBytes &keyEncryptionKey, const QByteArray &wrapped,
                                                     const QByteArray &associatedData)
{
    auto plain = crypto::open(keyEncryptionKey, wrapped, associatedData);
    if (!plain || plain->size() != crypto::kKeyBytes)
        return keySlotDamaged();
    auto key = std::make_shared<const SecretBytes>(
        SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(plain->constData()), crypto::kKeyBytes));
    sodium_memzero(plain->data(), std::size_t(plain->size()));  // the transient copy outside guarded memory
    return key;
}

Status checkPasswordPolicy(const QString &password, const PasswordOwner &owner, const QString &field)
{
    return PasswordPolicy::check(password, owner, field);
}

QString normalizedUsername(const QString &username) { return username.trimmed().toLower(); }

Status validateClassrooms(Database &db, Role role, const QString &schoolId, const QSet<QString> &classroomIds)
{
    const QString field = QStringLiteral("classroomIds");
    if (classroomIds.isEmpty())
        return {};
    if (role != Role::Teacher && role != Role::VisitCoordinator)
        return Error{AccountText::tr("Only teachers and home-visit coordinators are assigned to classrooms."),
                     field, {}};
    SchoolRepository schools(db);
    for (const QString &id : classroomIds) {
        auto classroom = schools.classroom(id);
        if (!classroom)
            return Error{AccountText::tr("A chosen classroom does not exist."), field, id};
        if (classroom->schoolId != schoolId)
            return Error{AccountText::tr("A chosen classroom belongs to another school than the user's."), field,
                         id};
    }
    return {};
}

Status validateNewUser(Database &db, const NewUser &user)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!allowed.match(normalizedUsername(user.username)).hasMatch())
        return Error{AccountText::tr("The user name must have 3 to 32 characters: letters a–z, digits, dot, "
                                     "dash or underscore."),
                     QStringLiteral("username"), {}};
    const QString name = user.displayName.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Error{AccountText::tr("The display name must have 1 to 100 characters."),
                     QStringLiteral("displayName"), {}};
    if (isSchoolRole(user.role)) {
        if (user.schoolId.isEmpty())
            return Error{AccountText::tr("This role belongs to a school: choose the user's school."),
                         QStringLiteral("schoolId"), {}};
        if (auto school = SchoolRepository(db).school(user.schoolId); !school)
            return Error{AccountText::tr("The chosen school does not exist."), QStringLiteral("schoolId"),
                         user.schoolId};
    } else if (!user.schoolId.isEmpty()) {
        return Error{AccountText::tr("System administrators and municipal officers do not belong to a school."),
                     QStringLiteral("schoolId"), {}};
    }
    return validateClassrooms(db, user.role, user.schoolId, user.classroomIds);
}

std::optional<Role> roleOf(const UserRow &user) { return roleFromCode(user.role); }

Session sessionFor(const UserRow &user, const QDateTime &signedInAtUtc)
{
    return Session(user.id, user.username, user.displayName, roleOf(user).value_or(Role::Teacher), user.schoolId,
                   user.classroomIds, signedInAtUtc);
}

Result<UserRow> actingManager(Database &db, const Clock &clock, const Session &session)
{
    // AccessControl also checks that the session still matches an enabled
    // user with the same role and school (a made-up or stale session gets nothing).
    if (auto s = AccessControl(db, clock).check(session, Capability::ManageUsers); !s)
        return s.error();
    auto user = UserRepository(db).byId(session.userId());
    if (!user)
        return user.error();
    if (!user->has_value())
        return userNotFound();
    return **user;
}

Status mayManage(const UserRow &manager, const UserRow &target)
{
    if (roleOf(manager) == Role::SystemAdministrator)
        return {};
    const auto targetRole = roleOf(target);
    if (!targetRole || !isSchoolRole(*targetRole) || target.schoolId != manager.schoolId)
        return Error{AccountText::tr("A school director manages only the accounts of their own school."), {}, {}};
    return {};
}

Error wrongCredentials() { return Error{AccountText::tr("Wrong user name or password."), {}, {}}; }

Error lockedOut(qint64 secondsLeft)
{
    const qint64 minutes = (secondsLeft + 59) / 60;
    const QString wait = secondsLeft < 60 ? AccountText::tr("%n second(s)", nullptr, int(secondsLeft))
                                          : AccountText::tr("%n minute(s)", nullptr, int(minutes));
    return Error{AccountText::tr("Too many failed sign-ins with this user name. Wait %1, then try again.").arg(wait),
                 {}, {}};
}

Error keySlotDamaged()
{
    return Error{AccountText::tr("The password is right, but this user's key in the key file was altered or "
                                 "damaged, so nothing was unlocked. Ask an administrator to reset the password, or "
                                 "use the recovery key."),
                 {}, {}};
}

Error databaseLocked()
{
    return Error{AccountText::tr("Care is locked. Sign in again to manage keys and passwords."), {}, {}};
}

Error userNotFound() { return Error{AccountText::tr("No user account has this id."), {}, {}}; }

} // namespace care::accounts
