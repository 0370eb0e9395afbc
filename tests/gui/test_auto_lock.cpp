// Auto-lock after idle time, Lock now, and signing out from the lock screen.
#include "signinguitest.h"

#include "app/appcontext.h"
#include "app/appsettings.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/studentlistpanel.h"
#include "security/autolockdialog.h"
#include "security/changepassworddialog.h"
#include "security/idlewatcher.h"
#include "security/accesscontrol.h"
#include "security/lockscreen.h"

#include <catch2/catch.hpp>

#include <QSpinBox>
#include <QSqlQuery>

#include <functional>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

struct SignedInWindow {
    TestDatabase t = makeTestDatabase();
    MainWindow window;

    explicit SignedInWindow(int idleTimeoutMs)
    {
        lockDatabase(t);
        prepareWindow(window);
        window.accountScreens()->setIdleTimeoutMs(idleTimeoutMs);
        window.signIn(t.db);
        signInWith(window, QStringLiteral("admin"), kTestPassword);
        REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    }

    LockScreen &lockScreen() { return *window.accountScreens()->lockScreen(); }
    bool locked() { return window.accountScreens()->isLocked(); }

    void unlockWith(const QString &password)
    {
        auto *field = child<QLineEdit>(lockScreen(), QStringLiteral("unlockPassword"));
        retype(field, password);
        click(lockScreen(), QStringLiteral("unlockButton"));
    }
};

} // namespace

TEST_CASE("idle time locks Care: content hidden, key gone, password brings it back", "[gui][autolock]")
{
    SignedInWindow w(300);
    CHECK(w.window.studentList()->isVisible());
    w.window.actions()->changePassword->trigger();
    auto *dialog = visibleDialog<ChangePasswordDialog>(w.window);
    QPointer<ChangePasswordDialog> open(dialog);

    REQUIRE(waitUntil([&] { return w.locked(); }, 3000));
    CHECK(w.lockScreen().isVisible());
    CHECK_FALSE(w.window.studentList()->isVisible());
    CHECK_FALSE((w.window.profileWidget() && w.window.profileWidget()->isVisible()));
    CHECK_FALSE(open->isVisible());  // nothing sensitive stays on screen
    CHECK_FALSE(w.t.db->fieldCipher());
    CHECK_FALSE(w.window.actions()->newStudent->isEnabled());
    CHECK_FALSE(w.window.actions()->changePassword->isEnabled());
    CHECK(child<QLabel>(w.lockScreen(), QStringLiteral("lockedUser"))->text().contains(QStringLiteral("admin")));

    w.unlockWith(QStringLiteral("not the password"));
    CHECK(w.locked());
    CHECK(child<QLabel>(w.lockScreen(), QStringLiteral("unlockMessage"))->isVisible());
    CHECK_FALSE(w.t.db->fieldCipher());

    w.unlockWith(kTestPassword);
    CHECK_FALSE(w.locked());
    CHECK_FALSE(w.lockScreen().isVisible());
    CHECK(w.window.studentList()->isVisible());
    CHECK(w.t.db->fieldCipher());
    REQUIRE(open);
    CHECK(open->isVisible());  // the dialog comes back as it was
    CHECK(w.window.actions()->changePassword->isEnabled());
    open->reject();

    // The watch starts again after unlocking.
    REQUIRE(waitUntil([&] { return w.locked(); }, 3000));
}

TEST_CASE("keyboard and mouse use keep Care unlocked", "[gui][autolock]")
{
    SignedInWindow w(400);
    QLineEdit *search = w.window.studentList()->searchField();
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(100);
        QTest::keyClick(search, Qt::Key_A);
        QTest::keyClick(search, Qt::Key_Backspace);
    }
    CHECK_FALSE(w.locked());
    REQUIRE(waitUntil([&] { return w.locked(); }, 3000));
}

TEST_CASE("Lock now, then sign out from the lock screen", "[gui][autolock]")
{
    SignedInWindow w(0);
    CHECK(w.window.actions()->lockNow->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    w.window.actions()->lockNow->trigger();
    REQUIRE(w.locked());
    CHECK(w.lockScreen().isVisible());
    CHECK_FALSE(w.t.db->fieldCipher());

    click(w.lockScreen(), QStringLiteral("signOutButton"));
    CHECK_FALSE(w.locked());
    CHECK_FALSE(w.window.context());
    CHECK_FALSE(w.lockScreen().isVisible());
    auto *signIn = visibleDialog<SignInDialog>(w.window);
    CHECK(signIn->isVisible());

    signInWith(w.window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return w.window.context() != nullptr; }));
    CHECK(w.window.studentList()->isVisible());
}

TEST_CASE("the auto-lock time is a setting, 0 means never", "[gui][autolock]")
{
    QStandardPaths::setTestModeEnabled(true);
    appsettings::setAutoLockMinutes(25);
    AutoLockDialog dialog;
    dialog.show();
    auto *minutes = child<QSpinBox>(dialog, QStringLiteral("autoLockMinutes"));
    CHECK(minutes->value() == 25);
    minutes->setValue(0);
    CHECK(minutes->text() == QStringLiteral("Never"));
    dialog.accept();
    CHECK(appsettings::autoLockMinutes() == 0);

    IdleWatcher watcher;
    watcher.setTimeout(0);
    watcher.start();
    bool idle = false;
    QObject::connect(&watcher, &IdleWatcher::idle, [&] { idle = true; });
    QTest::qWait(200);
    CHECK_FALSE(idle);
    watcher.setTimeout(50);
    CHECK(waitUntil([&] { return idle; }, 2000));
    appsettings::setAutoLockMinutes(appsettings::kDefaultAutoLockMinutes);
}

TEST_CASE("unlocking takes the account as it is now: other classes, another role", "[gui][autolock][access]")
{
    TestDatabase t = makeTestDatabase();
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("kru"));
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.accountScreens()->setIdleTimeoutMs(0);
    window.signIn(t.db);
    signInWith(window, QStringLiteral("kru"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    REQUIRE(window.context()->session().classroomIds() == QSet<QString>{t.classroomId});
    const auto lockAndUnlock = [&](const std::function<void()> &meanwhile) {
        window.actions()->lockNow->trigger();
        REQUIRE(window.accountScreens()->isLocked());
        meanwhile();
        LockScreen &lock = *window.accountScreens()->lockScreen();
        retype(child<QLineEdit>(lock, QStringLiteral("unlockPassword")), kTestPassword);
        click(lock, QStringLiteral("unlockButton"));
        REQUIRE_FALSE(window.accountScreens()->isLocked());
        REQUIRE(window.context());
    };

    // The class taken away while Care was locked.
    lockAndUnlock([&] {
        REQUIRE(AccountService(*t.db, testClock()).setClassrooms(t.admin, teacher.userId(), {}).ok());
    });
    CHECK(window.context()->session().classroomIds().isEmpty());
    CHECK(window.context()->session().role() == Role::Teacher);

    // Another role: the window shows what the new role has, and core accepts its session.
    lockAndUnlock([&] {
        QSqlQuery q(t.db->connection());
        q.prepare(QStringLiteral("UPDATE app_user SET role = 'counsellor' WHERE id = ?"));
        q.addBindValue(teacher.userId());
        REQUIRE(q.exec());
    });
    CHECK(window.context()->session().role() == Role::Counsellor);
    CHECK(AccessControl(*t.db, testClock()).current(window.context()->session()).ok());
    CHECK(window.studentList()->isVisible());
}
