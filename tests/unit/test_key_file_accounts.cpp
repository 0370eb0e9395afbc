// Accounts on the key file: failed sign-ins counted there before the
// database opens, the same refusal for unknown names, fail-closed when the
// count cannot be written, the slot of a disabled user deleted, and the
// recovery audited as the recovery.
#include "testdatabase.h"

#include "security/keyfile.h"
#include "services/accountservice.h"
#include "services/auditservice.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

using namespace care;
using namespace care::test;

namespace {

AccountService accountsOf(Database &db) { return AccountService(db, testClock(), crypto::PasswordCost::minimal()); }

DatabasePtr reopened(TestDatabase &t)
{
    t.db.reset();
    auto opened = Database::open(t.path);
    INFO(errorText(opened));
    REQUIRE(opened.ok());
    t.db = opened.value();
    return t.db;
}

QString lastRefusal(Database &db, const QString &username, int attempts)
{
    QString message;
    for (int i = 0; i < attempts; ++i) {
        auto session = accountsOf(db).signIn(username, QStringLiteral("wrong password %1").arg(i));
        REQUIRE_FALSE(session.ok());
        message = session.error().message;
    }
    return message;
}

// Makes every file write of this process fail beyond a few bytes.
struct FileSizeLimit {
    rlimit previous{};
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limit = previous;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &previous); }
};

} // namespace

TEST_CASE("Failed sign-ins are counted in the key file, the same for names that do not exist", "[accounts][keys]")
{
    TestDatabase t = makeTestDatabase();
    DatabasePtr db = reopened(t);
    REQUIRE_FALSE(db->isOpen());

    const QString known = lastRefusal(*db, QStringLiteral("admin"), 6);
    const QString unknown = lastRefusal(*db, QStringLiteral("nobody.here"), 6);
    CHECK(known == unknown);  // the lockout tells nothing about which names exist
    CHECK(known.contains(QStringLiteral("Wait")));
    CHECK_FALSE(db->isOpen());  // nothing was opened to count them

    auto keys = db->readKeyFile();
    REQUIRE(keys.ok());
    CHECK(keys->failures.value(QStringLiteral("admin")).count == 5);  // the sixth was refused while locked
    CHECK(keys->failures.value(QStringLiteral("nobody.here")).count == 5);
    CHECK(keys->pendingEvents.size() == 12);

    // After the lockout the right password works, and the refusals reach the audit trail.
    const FixedClock later(testClock().nowUtc().addSecs(7200));
    auto session = AccountService(*db, later, crypto::PasswordCost::minimal()).signIn(QStringLiteral("admin"),
                                                                                     kTestPassword);
    INFO(errorText(session));
    REQUIRE(session.ok());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'sign_in_failed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 12);
    keys = db->readKeyFile();
    REQUIRE(keys.ok());
    CHECK(keys->pendingEvents.isEmpty());
    CHECK_FALSE(keys->failures.contains(QStringLiteral("admin")));
    auto check = AuditService(*db, testClock()).verify();
    REQUIRE(check.ok());
    CHECK(check->intact);
}

TEST_CASE("A sign-in whose attempt cannot be recorded is refused, even with the right password",
          "[accounts][keys]")
{
    TestDatabase t = makeTestDatabase();
    DatabasePtr db = reopened(t);
    Result<Session> session = Error{QStringLiteral("not tried"), {}, {}};
    {
        FileSizeLimit limit(16);
        session = accountsOf(*db).signIn(QStringLiteral("admin"), kTestPassword);
    }
    REQUIRE_FALSE(session.ok());
    INFO(session.error().describe().toStdString());
    CHECK(session.error().message.contains(QStringLiteral("cannot record")));
    CHECK_FALSE(db->isOpen());
    CHECK(accountsOf(*db).signIn(QStringLiteral("admin"), kTestPassword).ok());
}

TEST_CASE("Disabling a user deletes their key slot, and a new password makes a new one", "[accounts][keys]")
{
    TestDatabase t = makeTestDatabase();
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("kru.somsri"));
    auto keys = t.db->readKeyFile();
    REQUIRE(keys.ok());
    REQUIRE(keys->userSlotById(teacher.userId()) != nullptr);

    REQUIRE(accountsOf(*t.db).setDisabled(t.admin, teacher.userId(), true).ok());
    keys = t.db->readKeyFile();
    REQUIRE(keys.ok());
    REQUIRE(keys->userSlotById(teacher.userId()) != nullptr);
    CHECK(keys->userSlotById(teacher.userId())->wrappedKey.isEmpty());  // the key is gone, the name stays

    REQUIRE(accountsOf(*t.db).setDisabled(t.admin, teacher.userId(), false).ok());
    DatabasePtr db = reopened(t);
    auto refused = accountsOf(*db).signIn(QStringLiteral("kru.somsri"), kTestPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
    REQUIRE(accountsOf(*db).signIn(QStringLiteral("admin"), kTestPassword).ok());
    auto admin = accountsOf(*db).signIn(QStringLiteral("admin"), kTestPassword);
    REQUIRE(admin.ok());
    REQUIRE(accountsOf(*db).resetPassword(admin.value(), teacher.userId(), QStringLiteral("temporary pass 1")).ok());
    CHECK(accountsOf(*db).signIn(QStringLiteral("kru.somsri"), QStringLiteral("temporary pass 1")).ok());
}

TEST_CASE("A recovery is audited as the recovery key's act, naming the user", "[accounts][keys][audit]")
{
    TestDatabase t = makeTestDatabase();
    const QString recoveryKey = t.recoveryKey;
    DatabasePtr db = reopened(t);
    auto session = accountsOf(*db).recover(recoveryKey, QStringLiteral("admin"), QStringLiteral("brand new pass"));
    INFO(errorText(session));
    REQUIRE(session.ok());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, entity_id FROM audit_event WHERE action = 'recover_password'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("recovery key")));  // "(USER)" follows when set
    CHECK(q.value(1).toString() == session->userId());
}
