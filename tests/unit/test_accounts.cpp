// Accounts: set-up, sign-in, lockout, passwords, key slots and the recovery key.
#include "rawconnection.h"
#include "testdatabase.h"

#include "security/keyfile.h"
#include "services/accountservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <functional>

#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

const crypto::PasswordCost kCost = crypto::PasswordCost::minimal();

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

// The key file's slots as stored: user id ("" for the recovery slot) → (salt, wrapped key).
QMap<QString, QByteArray> slotBytes(Database &db)
{
    auto keys = db.readKeyFile();
    REQUIRE(keys.ok());
    QMap<QString, QByteArray> out;
    for (const UserKeySlot &slot : keys->users)
        out.insert(slot.userId, slot.salt + slot.wrappedKey);
    if (keys->recovery)
        out.insert(QString(), keys->recovery->salt + keys->recovery->wrappedKey);
    return out;
}

QString slotIdOf(Database &, const QString &userId) { return userId; }

// Rewrites one user's slot in the key file, as someone with the file could.
void editSlot(Database &db, const QString &userId, const std::function<void(UserKeySlot &)> &edit)
{
    auto keys = db.readKeyFile();
    REQUIRE(keys.ok());
    for (UserKeySlot &slot : keys->users)
        if (slot.userId == userId)
            edit(slot);
    REQUIRE(db.writeKeyFile(*keys).ok());
}

int failuresOf(Database &db, const QString &username)
{
    auto keys = db.readKeyFile();
    REQUIRE(keys.ok());
    return keys->failures.value(username).count;
}

bool lockedOf(Database &db, const QString &username)
{
    auto keys = db.readKeyFile();
    REQUIRE(keys.ok());
    return keys->failures.value(username).lockedUntilUtc.isValid();
}

NewUser newUser(const TestDatabase &t, const QString &username, Role role)
{
    NewUser u;
    u.username = username;
    u.displayName = QStringLiteral("Somchai Jaidee");
    u.role = role;
    u.schoolId = isSchoolRole(role) ? t.schoolId : QString();
    u.password = kTestPassword;
    return u;
}

int auditCount(Database &db, const QString &action)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?"), {action}).toInt();
}

} // namespace

TEST_CASE("accounts: set-up makes the administrator once and signs them in", "[accounts]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("new.care")), Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    AccountService accounts(db, testClock(), kCost);
    REQUIRE(accounts.needsSetUp().ok());
    CHECK(accounts.needsSetUp().value());
    CHECK(db.fieldCipher() == nullptr);

    NewUser admin;
    admin.username = QStringLiteral("Admin");
    admin.displayName = QStringLiteral("Administrator");
    admin.role = Role::SystemAdministrator;
    admin.password = QStringLiteral("short");
    auto weak = accounts.setUp(admin);
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().field == QStringLiteral("password"));
    admin.password = kTestPassword;
    admin.role = Role::Teacher;
    auto teacher = accounts.setUp(admin);
    REQUIRE_FALSE(teacher.ok());
    CHECK(teacher.error().field == QStringLiteral("role"));
    admin.role = Role::SystemAdministrator;

    auto done = accounts.setUp(admin);
    INFO(errorText(done));
    REQUIRE(done.ok());
    CHECK(done->administrator.isValid());
    CHECK(done->administrator.username() == QStringLiteral("admin"));
    CHECK(done->administrator.role() == Role::SystemAdministrator);
    CHECK(done->recoveryKey.size() == 69);
    CHECK(db.fieldCipher() != nullptr);
    CHECK_FALSE(accounts.needsSetUp().value());
    CHECK(slotBytes(db).size() == 2);
    CHECK(auditCount(db, QStringLiteral("set_up")) == 1);
    // The recovery key is never stored.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM setting WHERE value LIKE ?"),
                 {QStringLiteral("%") + done->recoveryKey.left(9) + QStringLiteral("%")})
              .toInt()
          == 0);

    auto again = accounts.setUp(admin);
    REQUIRE_FALSE(again.ok());
}

TEST_CASE("accounts: sign-in with the right password, refusals that reveal nothing", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("kru.somsri"));
    AccountService accounts(*t.db, testClock(), kCost);
    accounts.lock();
    CHECK(t.db->fieldCipher() == nullptr);

    auto ok = accounts.signIn(QStringLiteral("  KRU.SomSri "), kTestPassword);
    INFO(errorText(ok));
    REQUIRE(ok.ok());
    CHECK(ok->userId() == teacher.userId());
    CHECK(ok->role() == Role::Teacher);
    CHECK(ok->schoolId() == t.schoolId);
    CHECK(ok->classroomIds() == QSet<QString>{t.classroomId});
    CHECK(t.db->fieldCipher() != nullptr);
    CHECK(auditCount(*t.db, QStringLiteral("sign_in")) == 1);
    CHECK(scalar(*t.db, QStringLiteral("SELECT last_sign_in_at FROM app_user WHERE id = ?"), {teacher.userId()})
              .toString()
          == toStoredTimestamp(testClock().nowUtc()));
    accounts.lock();
    CHECK(t.db->fieldCipher() == nullptr);

    auto wrong = accounts.signIn(QStringLiteral("kru.somsri"), QStringLiteral("not the password"));
    auto unknown = accounts.signIn(QStringLiteral("nobody"), kTestPassword);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(wrong.error().message.contains(QStringLiteral("Wrong user name or password")));
    CHECK(t.db->fieldCipher() == nullptr);
    // Kept in the key file while nobody is signed in; audited at the next sign-in.
    CHECK(t.db->readKeyFile()->pendingEvents.size() == 2);
    // No password in the audit trail.
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE summary LIKE ? OR summary LIKE ?"),
                 {QStringLiteral("%not the password%"), QStringLiteral("%") + kTestPassword + QStringLiteral("%")})
              .toInt()
          == 0);

    REQUIRE(AccountService(*t.db, testClock(), kCost).setDisabled(t.admin, teacher.userId(), true).ok());
    auto disabled = accounts.signIn(QStringLiteral("kru.somsri"), kTestPassword);
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().message.contains(QStringLiteral("disabled")));
    auto disabledWrong = accounts.signIn(QStringLiteral("kru.somsri"), QStringLiteral("guess guess"));
    REQUIRE_FALSE(disabledWrong.ok());
    CHECK(disabledWrong.error().message == wrong.error().message);  // nothing told without the password
    CHECK(t.db->fieldCipher() == nullptr);
}

TEST_CASE("accounts: lockout grows after repeated failures and resets on success", "[accounts]")
{
    CHECK(AccountService::lockoutDelaySecs(0) == 0);
    CHECK(AccountService::lockoutDelaySecs(4) == 0);
    CHECK(AccountService::lockoutDelaySecs(5) == 30);
    CHECK(AccountService::lockoutDelaySecs(6) == 60);
    CHECK(AccountService::lockoutDelaySecs(7) == 120);
    CHECK(AccountService::lockoutDelaySecs(11) == 1920);
    CHECK(AccountService::lockoutDelaySecs(12) == 3600);
    CHECK(AccountService::lockoutDelaySecs(1000) == 3600);

    TestDatabase t = makeTestDatabase();
    const Session user = sessionFor(t, Role::Counsellor, {}, QStringLiteral("counsellor"));
    FixedClock clock(testClock().nowUtc());
    AccountService accounts(*t.db, clock, kCost);
    const QString name = QStringLiteral("counsellor");
    const QString bad = QStringLiteral("wrong password");
    const auto failures = [&] { return failuresOf(*t.db, name); };

    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto r = accounts.signIn(name, bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("Wrong user name or password")));
        CHECK(failures() == attempt);
    }
    // Four failures: no delay yet.
    CHECK_FALSE(lockedOf(*t.db, name));
    REQUIRE_FALSE(accounts.signIn(name, bad).ok());  // 5th
    CHECK(failures() == 5);

    // Locked for 30 s: even the right password is refused, unchecked and uncounted.
    auto locked = accounts.signIn(name, kTestPassword);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("30 second")));
    REQUIRE_FALSE(accounts.signIn(name, bad).ok());
    CHECK(failures() == 5);
    clock.advanceSecs(29);
    auto stillLocked = accounts.signIn(name, kTestPassword);
    REQUIRE_FALSE(stillLocked.ok());
    CHECK(stillLocked.error().message.contains(QStringLiteral("1 second")));
    clock.advanceSecs(1);

    // Each further failure doubles the wait.
    for (qint64 expected : {60, 120, 240}) {
        REQUIRE_FALSE(accounts.signIn(name, bad).ok());
        auto waiting = accounts.signIn(name, kTestPassword);
        REQUIRE_FALSE(waiting.ok());
        CHECK(waiting.error().message.contains(QStringLiteral("%1 minute").arg(expected / 60)));
        clock.advanceSecs(expected - 1);
        REQUIRE_FALSE(accounts.signIn(name, kTestPassword).ok());
        clock.advanceSecs(1);
    }

    auto in = accounts.signIn(name, kTestPassword);
    INFO(errorText(in));
    REQUIRE(in.ok());
    CHECK(failures() == 0);
    CHECK_FALSE(lockedOf(*t.db, name));
    REQUIRE_FALSE(accounts.signIn(name, bad).ok());
    CHECK(accounts.signIn(name, kTestPassword).ok());  // one failure after a success: no delay
}

TEST_CASE("accounts: a password change rewraps only that user's key slot", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    const Session a = sessionFor(t, Role::Counsellor, {}, QStringLiteral("alice"));
    const Session b = sessionFor(t, Role::Director, {}, QStringLiteral("bongkot"));
    AccountService accounts(*t.db, testClock(), kCost);
    const auto before = slotBytes(*t.db);
    const QString aliceSlot = slotIdOf(*t.db, a.userId());

    auto wrongOld = accounts.changePassword(a, QStringLiteral("not my password"), QStringLiteral("a new password"));
    REQUIRE_FALSE(wrongOld.ok());
    CHECK(wrongOld.error().field == QStringLiteral("oldPassword"));
    auto tooShort = accounts.changePassword(a, kTestPassword, QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QStringLiteral("newPassword"));
    CHECK(slotBytes(*t.db) == before);

    accounts.lock();  // a change works while locked: the old password opens the slot
    REQUIRE(accounts.changePassword(a, kTestPassword, QStringLiteral("a new password")).ok());
    const auto after = slotBytes(*t.db);
    REQUIRE(after.size() == before.size());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == aliceSlot)
            CHECK(after.value(it.key()) != it.value());
        else
            CHECK(after.value(it.key()) == it.value());
    }
    CHECK(auditCount(*t.db, QStringLiteral("change_password")) == 1);

    REQUIRE_FALSE(accounts.signIn(QStringLiteral("alice"), kTestPassword).ok());
    auto alice = accounts.signIn(QStringLiteral("alice"), QStringLiteral("a new password"));
    INFO(errorText(alice));
    REQUIRE(alice.ok());
    CHECK(accounts.signIn(QStringLiteral("bongkot"), kTestPassword).ok());
    CHECK(accounts.signIn(QStringLiteral("admin"), kTestPassword).ok());
    (void)b;
}

TEST_CASE("accounts: the recovery key sets a new password and unlocks", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    AccountService accounts(*t.db, testClock(), kCost);
    accounts.lock();

    QString mistyped = t.recoveryKey;
    mistyped[0] = mistyped[0] == QLatin1Char('A') ? QLatin1Char('C') : QLatin1Char('A');
    auto typo = accounts.recover(mistyped, QStringLiteral("admin"), QStringLiteral("brand new password"));
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().message.contains(QStringLiteral("typing mistake")));
    CHECK(t.db->fieldCipher() == nullptr);

    auto recovered = accounts.recover(t.recoveryKey.toLower(), QStringLiteral("admin"),
                                      QStringLiteral("brand new password"));
    INFO(errorText(recovered));
    REQUIRE(recovered.ok());
    CHECK(recovered->userId() == t.admin.userId());
    CHECK(t.db->fieldCipher() != nullptr);
    CHECK(auditCount(*t.db, QStringLiteral("recover_password")) == 1);
    accounts.lock();
    CHECK_FALSE(accounts.signIn(QStringLiteral("admin"), kTestPassword).ok());
    CHECK(accounts.signIn(QStringLiteral("admin"), QStringLiteral("brand new password")).ok());

    // A new recovery key replaces the old one.
    auto replaced = accounts.replaceRecoveryKey(t.admin);
    REQUIRE(replaced.ok());
    accounts.lock();
    auto old = accounts.recover(t.recoveryKey, QStringLiteral("admin"), QStringLiteral("another password"));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().message.contains(QStringLiteral("does not open this database")));
    CHECK(accounts.recover(replaced.value(), QStringLiteral("admin"), QStringLiteral("another password")).ok());

    // A key of another database does not open this one.
    TestDatabase other = makeTestDatabase();
    accounts.lock();
    CHECK_FALSE(accounts.recover(other.recoveryKey, QStringLiteral("admin"), QStringLiteral("another one!")).ok());
    CHECK(t.db->fieldCipher() == nullptr);
}

TEST_CASE("accounts: a changed wrapped key is refused with its own message, nothing unlocked", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    const Session nurse = sessionFor(t, Role::HealthStaff, {}, QStringLiteral("nurse"));
    AccountService accounts(*t.db, testClock(), kCost);
    accounts.lock();
    editSlot(*t.db, nurse.userId(), [](UserKeySlot &slot) { slot.wrappedKey[30] = char(slot.wrappedKey[30] ^ 0x40); });
    auto refused = accounts.signIn(QStringLiteral("nurse"), kTestPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("altered or damaged")));
    CHECK(t.db->fieldCipher() == nullptr);
    auto wrong = accounts.signIn(QStringLiteral("nurse"), QStringLiteral("a wrong password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message != refused.error().message);

    // Another user's slot copied over: bound to its user id, so it does not open either.
    {
        auto keys = t.db->readKeyFile();
        REQUIRE(keys.ok());
        const UserKeySlot admin = *keys->userSlotById(t.admin.userId());
        editSlot(*t.db, nurse.userId(), [&](UserKeySlot &slot) {
            slot.wrappedKey = admin.wrappedKey;
            slot.salt = admin.salt;
            slot.verifier = admin.verifier;
        });
    }
    auto moved = accounts.signIn(QStringLiteral("nurse"), kTestPassword);
    REQUIRE_FALSE(moved.ok());
    CHECK(t.db->fieldCipher() == nullptr);

    // An administrator's reset gives the user a working slot again.
    REQUIRE(accounts.signIn(QStringLiteral("admin"), kTestPassword).ok());
    REQUIRE(accounts.resetPassword(t.admin, nurse.userId(), QStringLiteral("temporary pass")).ok());
    accounts.lock();
    auto fixed = accounts.signIn(QStringLiteral("nurse"), QStringLiteral("temporary pass"));
    INFO(errorText(fixed));
    REQUIRE(fixed.ok());
    auto must = accounts.mustChangePassword(fixed.value());
    REQUIRE(must.ok());
    CHECK(must.value());
    REQUIRE(accounts.changePassword(fixed.value(), QStringLiteral("temporary pass"), QStringLiteral("mine again")).ok());
    CHECK_FALSE(accounts.mustChangePassword(fixed.value()).value());
}

TEST_CASE("accounts: who may manage whom", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    const Session director = sessionFor(t, Role::Director, {}, QStringLiteral("director"));
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("teacher"));
    const Session officer = sessionFor(t, Role::MunicipalOfficer, {}, QStringLiteral("officer"));
    AccountService accounts(*t.db, testClock(), kCost);

    // A second school with its own director.
    School otherSchool;
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        otherSchool.id = scope.makeId();
        otherSchool.municipalityId = t.municipalityId;
        otherSchool.code = QStringLiteral("40010002");
        otherSchool.nameTh = QStringLiteral("โรงเรียนเทศบาลบ้านโคก");
        REQUIRE(SchoolRepository::insert(scope, otherSchool).ok());
        REQUIRE(scope.commit().ok());
    }
    NewUser otherDirector = newUser(t, QStringLiteral("director2"), Role::Director);
    otherDirector.schoolId = otherSchool.id;
    auto otherId = accounts.addUser(t.admin, otherDirector);
    REQUIRE(otherId.ok());

    CHECK(accounts.resetPassword(director, teacher.userId(), QStringLiteral("temporary pass")).ok());
    CHECK_FALSE(accounts.resetPassword(director, t.admin.userId(), QStringLiteral("temporary pass")).ok());
    CHECK_FALSE(accounts.resetPassword(director, officer.userId(), QStringLiteral("temporary pass")).ok());
    CHECK_FALSE(accounts.resetPassword(director, otherId.value(), QStringLiteral("temporary pass")).ok());
    CHECK_FALSE(accounts.resetPassword(teacher, director.userId(), QStringLiteral("temporary pass")).ok());
    CHECK(accounts.resetPassword(t.admin, otherId.value(), QStringLiteral("temporary pass")).ok());

    auto listed = accounts.listUsers(director);
    REQUIRE(listed.ok());
    QStringList names;
    for (const UserSummary &u : listed.value())
        names << u.username;
    CHECK(names == QStringList{QStringLiteral("director"), QStringLiteral("teacher")});
    CHECK_FALSE(accounts.listUsers(teacher).ok());
    CHECK(accounts.listUsers(t.admin)->size() == 5);

    // A director adds only users of their own school, never administrators.
    CHECK(accounts.addUser(director, newUser(t, QStringLiteral("kru.new"), Role::Teacher)).ok());
    CHECK_FALSE(accounts.addUser(director, newUser(t, QStringLiteral("admin2"), Role::SystemAdministrator)).ok());
    NewUser elsewhere = newUser(t, QStringLiteral("kru.other"), Role::Teacher);
    elsewhere.schoolId = otherSchool.id;
    CHECK_FALSE(accounts.addUser(director, elsewhere).ok());
    CHECK_FALSE(accounts.replaceRecoveryKey(director).ok());

    // A session that no longer matches its user (role changed, forged) gets nothing.
    const Session forged(teacher.userId(), teacher.username(), teacher.displayName(), Role::SystemAdministrator, {},
                         {}, testClock().nowUtc());
    CHECK_FALSE(accounts.listUsers(forged).ok());
    CHECK_FALSE(accounts.setDisabled(forged, director.userId(), true).ok());

    CHECK_FALSE(accounts.setDisabled(t.admin, t.admin.userId(), true).ok());
    REQUIRE(accounts.setDisabled(director, teacher.userId(), true).ok());
    CHECK(auditCount(*t.db, QStringLiteral("disable_user")) == 1);
    REQUIRE(accounts.setDisabled(director, teacher.userId(), false).ok());
}

TEST_CASE("accounts: new users are validated field by field", "[accounts]")
{
    TestDatabase t = makeTestDatabase();
    AccountService accounts(*t.db, testClock(), kCost);
    const auto fieldOf = [&](const NewUser &u) {
        auto r = accounts.addUser(t.admin, u);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().field;
    };
    NewUser u = newUser(t, QStringLiteral("ab"), Role::Teacher);
    CHECK(fieldOf(u) == QStringLiteral("username"));
    u.username = QStringLiteral("ครู");
    CHECK(fieldOf(u) == QStringLiteral("username"));
    u.username = QStringLiteral("kru.a");
    u.displayName = QStringLiteral("  ");
    CHECK(fieldOf(u) == QStringLiteral("displayName"));
    u.displayName = QStringLiteral("Kru A");
    u.password = QStringLiteral("1234567");
    CHECK(fieldOf(u) == QStringLiteral("password"));
    u.password = kTestPassword;
    u.schoolId.clear();
    CHECK(fieldOf(u) == QStringLiteral("schoolId"));
    u.schoolId = QStringLiteral("no-such-school");
    CHECK(fieldOf(u) == QStringLiteral("schoolId"));
    u.schoolId = t.schoolId;
    u.classroomIds = {QStringLiteral("no-such-classroom")};
    CHECK(fieldOf(u) == QStringLiteral("classroomIds"));
    NewUser officer = newUser(t, QStringLiteral("officer"), Role::MunicipalOfficer);
    officer.schoolId = t.schoolId;
    CHECK(fieldOf(officer) == QStringLiteral("schoolId"));
    NewUser counsellor = newUser(t, QStringLiteral("counsellor"), Role::Counsellor);
    counsellor.classroomIds = {t.classroomId};
    CHECK(fieldOf(counsellor) == QStringLiteral("classroomIds"));
    u.classroomIds = {t.classroomId};
    REQUIRE(accounts.addUser(t.admin, u).ok());
    u.username = QStringLiteral("KRU.A");
    CHECK(fieldOf(u) == QStringLiteral("username"));  // taken, whatever the case

    // Without the unlocked key nobody can be added (their slot needs it).
    accounts.lock();
    u.username = QStringLiteral("kru.b");
    auto locked = accounts.addUser(t.admin, u);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
}
