// Signing in to the desktop app: first-run set-up with the recovery key,
// wrong passwords and lockout, recovery, forced password change, sign-out
// and the commands each role sees. Driven offscreen with real key events.
#include "signinguitest.h"

#include "app/appcontext.h"
#include "privacy/privacyactions.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/studentlistpanel.h"
#include "security/changepassworddialog.h"
#include "security/permissionmatrix.h"
#include "security/recoverydialog.h"
#include "security/recoverykeypage.h"
#include "security/recoverykeysheet.h"
#include "security/setupdialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

const QString kNewPassword = QStringLiteral("a new long password");

QString messageOf(QWidget &dialog, const QString &name)
{
    auto *label = child<QLabel>(dialog, name);
    return label->isVisible() ? label->text() : QString();
}

} // namespace

TEST_CASE("the first run creates the administrator and shows the recovery key once", "[gui][signin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("new.care")), Database::OpenMode::CreateIfMissing);
    REQUIRE(opened);
    MainWindow window;
    prepareWindow(window);
    window.signIn(opened.value());

    auto *setUp = visibleDialog<SetUpDialog>(window);
    CHECK_FALSE(window.context());
    auto *save = child<QPushButton>(*setUp, QStringLiteral("saveButton"));
    CHECK_FALSE(save->isEnabled());
    type(child<QLineEdit>(*setUp, QStringLiteral("username")), QStringLiteral("admin"));
    type(child<QLineEdit>(*setUp, QStringLiteral("displayName")), QStringLiteral("สมหญิง ผู้ดูแล"));
    type(child<QLineEdit>(*setUp, QStringLiteral("newPassword")), QStringLiteral("short"));
    CHECK(child<QLabel>(*setUp, QStringLiteral("passwordStrength"))->text().contains(QStringLiteral("Too short")));
    retype(child<QLineEdit>(*setUp, QStringLiteral("newPassword")), kNewPassword);
    type(child<QLineEdit>(*setUp, QStringLiteral("repeatPassword")), QStringLiteral("a new long passwore"));
    CHECK(child<QLabel>(*setUp, QStringLiteral("repeatPasswordError"))->isVisible());
    CHECK_FALSE(save->isEnabled());
    retype(child<QLineEdit>(*setUp, QStringLiteral("repeatPassword")), kNewPassword);
    CHECK_FALSE(child<QLabel>(*setUp, QStringLiteral("repeatPasswordError"))->isVisible());
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // The key page: large groups, and no way on until the key is kept.
    REQUIRE(setUp->showsRecoveryKey());
    auto *page = child<RecoveryKeyPage>(*setUp, QString());
    const QString key = page->key();
    CHECK(RecoveryKeySheet::groups(key).size() == 14);
    const QString shown = child<QLabel>(*setUp, QStringLiteral("recoveryKeyText"))->text();
    for (const QString &group : RecoveryKeySheet::groups(key))
        CHECK(shown.contains(group));
    auto *continueButton = child<QPushButton>(*setUp, QStringLiteral("continueButton"));
    CHECK_FALSE(continueButton->isEnabled());
    setUp->reject();  // Escape does not lose the key
    CHECK(setUp->isVisible());

    // Saving it as text: owner-only file holding the key.
    const QString textPath = dir.filePath(QStringLiteral("key.txt"));
    REQUIRE(page->saveTo(textPath));
    QFile saved(textPath);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(saved.readAll()).contains(RecoveryKeySheet::groups(key).first()));
    CHECK(saved.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString pdfPath = dir.filePath(QStringLiteral("key.pdf"));
    REQUIRE(page->saveTo(pdfPath));
    CHECK(QFileInfo(pdfPath).size() > 1000);

    QTest::mouseClick(child<QCheckBox>(*setUp, QStringLiteral("keyStoredCheck")), Qt::LeftButton);
    REQUIRE(continueButton->isEnabled());
    QTest::mouseClick(continueButton, Qt::LeftButton);

    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    CHECK(window.context()->session().role() == Role::SystemAdministrator);
    CHECK(window.context()->session().username() == QStringLiteral("admin"));
    CHECK(opened.value()->fieldCipher());
    auto *user = child<QLabel>(window, QStringLiteral("signedInUserLabel"));
    CHECK(user->text().contains(QStringLiteral("สมหญิง ผู้ดูแล")));
    CHECK(user->text().contains(label(Role::SystemAdministrator)));
    CHECK(window.actions()->manageUsers->isVisible());

    // The key works: it recovers the administrator.
    window.accountScreens()->endSession();
    AccountService accounts(*opened.value(), testClock(), crypto::PasswordCost::minimal());
    CHECK(accounts.recover(key, QStringLiteral("admin"), QStringLiteral("another long password")).ok());
}

TEST_CASE("a wrong password shows the message and nothing of the database", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.signIn(t.db);

    SignInDialog *dialog = signInWith(window, QStringLiteral("admin"), QStringLiteral("not the password"));
    CHECK(dialog->isVisible());
    CHECK(messageOf(*dialog, QStringLiteral("signInMessage")).contains(QStringLiteral("Wrong user name or password")));
    CHECK(child<QLineEdit>(*dialog, QStringLiteral("password"))->text().isEmpty());
    CHECK(child<QLabel>(*dialog, QStringLiteral("databaseName"))->text().contains(QFileInfo(t.path).fileName()));
    CHECK_FALSE(window.context());
    CHECK_FALSE(window.studentList()->isVisible());
    CHECK_FALSE(t.db->fieldCipher());
    CHECK_FALSE(window.actions()->newStudent->isEnabled());

    signInWith(window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    CHECK_FALSE(dialog->isVisible());
    CHECK(window.studentList()->isVisible());
    CHECK(t.db->fieldCipher());
    CHECK(window.windowTitle().contains(QFileInfo(t.path).fileName()));
}

TEST_CASE("repeated wrong passwords lock the user out for a while", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    FixedClock clock(testClock().nowUtc());
    AccountService accounts(*t.db, clock, crypto::PasswordCost::minimal());
    SignInDialog dialog(accounts, QStringLiteral("test.care"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto attempt = [&](const QString &password) {
        retype(child<QLineEdit>(dialog, QStringLiteral("username")), QStringLiteral("admin"));
        retype(child<QLineEdit>(dialog, QStringLiteral("password")), password);
        click(dialog, QStringLiteral("signInButton"));
        return messageOf(dialog, QStringLiteral("signInMessage"));
    };

    int failures = 0;
    while (AccountService::lockoutDelaySecs(failures) == 0) {
        CHECK(attempt(QStringLiteral("wrong %1").arg(failures)).contains(QStringLiteral("Wrong")));
        ++failures;
        REQUIRE(failures < 20);
    }
    // Locked now: even the right password waits, and the message says how long.
    const QString locked = attempt(kTestPassword);
    CHECK(locked.contains(QStringLiteral("Wait")));
    CHECK(locked.contains(QStringLiteral("30")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(t.db->fieldCipher());

    clock.advanceSecs(AccountService::lockoutDelaySecs(failures) + 1);
    attempt(kTestPassword);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().username() == QStringLiteral("admin"));
}

TEST_CASE("the recovery key sets a new password and signs in", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.signIn(t.db);
    auto *signIn = visibleDialog<SignInDialog>(window);
    retype(child<QLineEdit>(*signIn, QStringLiteral("username")), QStringLiteral("admin"));
    click(*signIn, QStringLiteral("forgotPasswordButton"));

    auto *recovery = visibleDialog<RecoveryDialog>(window);
    CHECK(child<QLineEdit>(*recovery, QStringLiteral("username"))->text() == QStringLiteral("admin"));
    auto *key = child<QLineEdit>(*recovery, QStringLiteral("recoveryKey"));
    type(key, QStringLiteral("AAAA-BBBB"));
    type(child<QLineEdit>(*recovery, QStringLiteral("newPassword")), kNewPassword);
    type(child<QLineEdit>(*recovery, QStringLiteral("repeatPassword")), kNewPassword);
    click(*recovery, QStringLiteral("recoverButton"));
    CHECK(child<QLabel>(*recovery, QStringLiteral("recoveryKeyError"))->isVisible());  // mistyped key, at the field
    CHECK_FALSE(window.context());

    retype(key, t.recoveryKey.toLower());  // typed in lower case: still the key
    click(*recovery, QStringLiteral("recoverButton"));
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    CHECK(window.context()->session().username() == QStringLiteral("admin"));

    // The new password is the password now.
    window.accountScreens()->endSession();
    AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
    CHECK(accounts.signIn(QStringLiteral("admin"), kNewPassword).ok());
}

TEST_CASE("a temporary password must be changed before the window opens", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("kru.somsri"));
    AccountService admin(*t.db, testClock(), crypto::PasswordCost::minimal());
    REQUIRE(admin.resetPassword(t.admin, teacher.userId(), QStringLiteral("paper kite 1234")).ok());
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.signIn(t.db);
    signInWith(window, QStringLiteral("kru.somsri"), QStringLiteral("paper kite 1234"));

    auto *change = visibleDialog<ChangePasswordDialog>(window);
    CHECK_FALSE(window.context());
    type(child<QLineEdit>(*change, QStringLiteral("currentPassword")), QStringLiteral("paper kite 1234"));
    type(child<QLineEdit>(*change, QStringLiteral("newPassword")), kNewPassword);
    type(child<QLineEdit>(*change, QStringLiteral("repeatPassword")), kNewPassword);
    click(*change, QStringLiteral("saveButton"));
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    CHECK(window.context()->session().userId() == teacher.userId());
    auto must = AccountService(*t.db, testClock()).mustChangePassword(window.context()->session());
    REQUIRE(must.ok());
    CHECK_FALSE(must.value());
}

TEST_CASE("each role sees only the commands core allows it", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("kru.somsri"));
    lockDatabase(t);
    const PermissionMatrix &matrix = PermissionMatrix::standard();

    for (auto [username, role] : {std::pair{QStringLiteral("kru.somsri"), Role::Teacher},
                                  std::pair{QStringLiteral("admin"), Role::SystemAdministrator}}) {
        INFO(username.toStdString());
        MainWindow window;
        prepareWindow(window);
        window.signIn(t.db);
        signInWith(window, username, kTestPassword);
        REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
        MainActions *actions = window.actions();
        CHECK(actions->manageUsers->isVisible() == matrix.allows(role, Capability::ManageUsers));
        CHECK(actions->administrationMenu()->menuAction()->isVisible() == matrix.allows(role, Capability::ManageUsers));
        CHECK(actions->newStudent->isVisible() == matrix.allows(role, Action::Create, Section::Identity));
        CHECK(actions->editStudent->isVisible() == matrix.allows(role, Action::Update, Section::Identity));
        CHECK(actions->lockNow->isEnabled());
        CHECK(actions->signOut->isEnabled());
        CHECK(child<QLabel>(window, QStringLiteral("signedInUserLabel"))->text().contains(label(role)));
        window.accountScreens()->endSession();
    }
    CHECK_FALSE(matrix.allows(Role::Teacher, Capability::ManageUsers));
}

TEST_CASE("signing out closes dialogs and returns to the sign-in", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.signIn(t.db);
    signInWith(window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));

    window.actions()->changePassword->trigger();
    auto *change = visibleDialog<ChangePasswordDialog>(window);
    QPointer<ChangePasswordDialog> watched(change);
    window.actions()->signOut->trigger();

    CHECK((!watched || !watched->isVisible()));
    CHECK_FALSE(window.context());
    CHECK_FALSE(t.db->fieldCipher());
    CHECK_FALSE(window.studentList()->isVisible());
    auto *signIn = visibleDialog<SignInDialog>(window);
    CHECK(messageOf(*signIn, QStringLiteral("signInMessage")).contains(QStringLiteral("signed out")));

    // Cancel leaves the window without a database; it still offers the files.
    child<QPushButton>(*signIn, QStringLiteral("cancelButton"))->click();
    REQUIRE(waitUntil([&] { return !hasVisibleDialog<SignInDialog>(window); }));
    CHECK_FALSE(window.context());
    CHECK_FALSE(window.actions()->signOut->isEnabled());
}

TEST_CASE("after a restore the database opens again behind a new sign-in", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    window.signIn(t.db);
    signInWith(window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));

    auto *privacy = window.findChild<PrivacyActions *>();
    REQUIRE(privacy);
    emit privacy->databaseRestored(t.path);
    CHECK_FALSE(window.context());
    auto *signIn = visibleDialog<SignInDialog>(window);
    CHECK(messageOf(*signIn, QStringLiteral("signInMessage")).contains(QStringLiteral("restored")));
    signInWith(window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
    CHECK(window.context()->database().path() == t.db->path());
    CHECK(window.context()->databasePtr() != t.db);  // a fresh open of the file
}
