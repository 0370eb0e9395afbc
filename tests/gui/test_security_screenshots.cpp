// Hidden: the sign-in screens as pictures, for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[.screenshots]"
#include "signinguitest.h"

#include "app/bundledfonts.h"
#include "security/adduserdialog.h"
#include "security/changepassworddialog.h"
#include "security/lockscreen.h"
#include "security/recoverykeypage.h"
#include "security/recoverydialog.h"
#include "security/setupdialog.h"
#include "security/usersdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(100);  // let layouts settle
    const QString path = QDir(qEnvironmentVariable("CARE_SCREENSHOT_DIR")).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(path));
}

// The window with the dialog open over it, as a user sees them.
void saveWindowShot(QWidget &window, QWidget &dialog, const QString &name)
{
    QTest::qWait(100);
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.drawPixmap(dialog.frameGeometry().topLeft() - window.geometry().topLeft(), dialog.grab());
    painter.end();
    const QString path = QDir(qEnvironmentVariable("CARE_SCREENSHOT_DIR")).filePath(name + QStringLiteral(".png"));
    REQUIRE(shot.save(path));
}

void addUser(TestDatabase &t, const QString &username, const QString &name, Role role, QSet<QString> classes = {})
{
    NewUser user{username, name, role, isSchoolRole(role) ? t.schoolId : QString(), std::move(classes), kTestPassword};
    auto added = AccountService(*t.db, testClock(), crypto::PasswordCost::minimal()).addUserUnchecked(t.admin, user);
    INFO(errorText(added));
    REQUIRE(added.ok());
}

} // namespace

TEST_CASE("Screenshots of the sign-in screens", "[.screenshots]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    QStandardPaths::setTestModeEnabled(true);
    installBundledThaiFont();
    TestDatabase t = makeTestDatabase();
    addUser(t, QStringLiteral("director"), QStringLiteral("นายประเสริฐ ศรีสุข"), Role::Director);
    addUser(t, QStringLiteral("kru.somsri"), QStringLiteral("นางสมศรี ใจงาม"), Role::Teacher, {t.classroomId});
    addUser(t, QStringLiteral("nurse"), QStringLiteral("นางสาวพิมพ์ใจ แก้วมณี"), Role::HealthStaff);
    REQUIRE(AccountService(*t.db, testClock()).signIn(QStringLiteral("kru.somsri"), kTestPassword).ok());
    const Session admin = AccountService(*t.db, testClock()).signIn(QStringLiteral("admin"), kTestPassword).value();

    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        const QString suffix = QStringLiteral("_") + languageCode(language);
        AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
        {
            SignInDialog signIn(accounts, QStringLiteral("khonkaen.care"));
            signIn.show();
            signIn.setUsername(QStringLiteral("kru.somsri"));
            type(child<QLineEdit>(signIn, QStringLiteral("password")), QStringLiteral("wrong"));
            click(signIn, QStringLiteral("signInButton"));
            saveShot(signIn, QStringLiteral("signin") + suffix);
        }
        {
            RecoveryDialog recovery(accounts);
            recovery.show();
            recovery.setUsername(QStringLiteral("admin"));
            type(child<QLineEdit>(recovery, QStringLiteral("newPassword")), QStringLiteral("abc"));
            saveShot(recovery, QStringLiteral("recovery") + suffix);
        }
        {
            QTemporaryDir dir;
            auto fresh = Database::open(dir.filePath(QStringLiteral("new.care")), Database::OpenMode::CreateIfMissing);
            REQUIRE(fresh.ok());
            AccountService freshAccounts(*fresh.value(), testClock(), crypto::PasswordCost::minimal());
            SetUpDialog setUp(freshAccounts, testClock(), QStringLiteral("new.care"));
            setUp.show();
            type(child<QLineEdit>(setUp, QStringLiteral("username")), QStringLiteral("admin"));
            type(child<QLineEdit>(setUp, QStringLiteral("displayName")), QStringLiteral("นางสมหญิง ผู้ดูแล"));
            type(child<QLineEdit>(setUp, QStringLiteral("newPassword")), QStringLiteral("a long password"));
            saveShot(setUp, QStringLiteral("setup_admin") + suffix);
            type(child<QLineEdit>(setUp, QStringLiteral("repeatPassword")), QStringLiteral("a long password"));
            click(setUp, QStringLiteral("saveButton"));
            REQUIRE(setUp.showsRecoveryKey());
            saveShot(setUp, QStringLiteral("setup_key") + suffix);
            const QString pdf = QStringLiteral("recovery_key") + suffix + QStringLiteral(".pdf");
            CHECK(child<RecoveryKeyPage>(setUp, QString())
                      ->saveTo(QDir(qEnvironmentVariable("CARE_SCREENSHOT_DIR")).filePath(pdf)));
            freshAccounts.lock();
        }
        {
            ChangePasswordDialog change(accounts, admin, ChangePasswordDialog::Mode::Required);
            change.show();
            saveShot(change, QStringLiteral("change_password") + suffix);
        }
        {
            UsersDialog users(accounts, *t.db, testClock(), admin);
            users.show();
            users.table()->selectRow(1);
            saveShot(users, QStringLiteral("users") + suffix);
            AddUserDialog add(accounts, *t.db, testClock(), admin);
            add.show();
            auto *role = child<QComboBox>(add, QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(Role::Teacher)));
            saveShot(add, QStringLiteral("add_user") + suffix);
        }
        {
            lockDatabase(t);
            MainWindow window;
            window.resize(1200, 760);
            prepareWindow(window);
            applyUiLanguage(language, false);  // prepareWindow() chose English
            window.signIn(t.db);
            saveWindowShot(window, *visibleDialog<SignInDialog>(window), QStringLiteral("signin_window") + suffix);
            signInWith(window, QStringLiteral("admin"), kTestPassword);
            REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
            saveShot(window, QStringLiteral("main_signed_in") + suffix);
            window.accountScreens()->lock(10);
            saveShot(window, QStringLiteral("lock") + suffix);
            window.accountScreens()->lockScreen()->showProblem(QStringLiteral("Wrong user name or password."));
            saveShot(window, QStringLiteral("lock_wrong") + suffix);
            window.accountScreens()->endSession();
            REQUIRE(AccountService(*t.db, testClock()).signIn(QStringLiteral("admin"), kTestPassword).ok());
        }
    }
    applyUiLanguage(Language::English, false);
}
