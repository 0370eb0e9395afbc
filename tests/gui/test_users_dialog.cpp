// Administration → Users: listing, adding a user through the form, disabling,
// resetting a password and replacing the recovery key; a director's view.
#include "signinguitest.h"

#include "locale/dates.h"
#include "security/adduserdialog.h"
#include "security/classroompicker.h"
#include "security/recoverykeydialog.h"
#include "security/recoverykeypage.h"
#include "security/resetpassworddialog.h"
#include "security/usersdialog.h"
#include "security/usertablemodel.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QTableView>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

QStringList column(UsersDialog &dialog, int column)
{
    QStringList values;
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        values << dialog.model()->index(row, column).data().toString();
    return values;
}

int rowOf(UsersDialog &dialog, const QString &username)
{
    return int(column(dialog, UserTableModel::UsernameColumn).indexOf(username));
}

QString cell(UsersDialog &dialog, const QString &username, int column)
{
    const int row = rowOf(dialog, username);
    INFO("user " << username.toStdString());
    REQUIRE(row >= 0);
    return dialog.model()->index(row, column).data().toString();
}

void selectUser(UsersDialog &dialog, const QString &username)
{
    const int row = rowOf(dialog, username);
    REQUIRE(row >= 0);
    QTableView *table = dialog.table();
    const QRect rect = table->visualRect(table->model()->index(row, UserTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(table->currentIndex().row() == row);
}

struct UsersFixture {
    TestDatabase t = makeTestDatabase();
    AccountService accounts{*t.db, testClock(), crypto::PasswordCost::minimal()};

    std::unique_ptr<UsersDialog> open(const Session &session)
    {
        auto dialog = std::make_unique<UsersDialog>(accounts, *t.db, testClock(), session);
        dialog->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }
};

} // namespace

TEST_CASE("the administrator adds a teacher through the form", "[gui][users]")
{
    UsersFixture f;
    auto dialog = f.open(f.t.admin);
    CHECK(column(*dialog, UserTableModel::UsernameColumn) == QStringList{QStringLiteral("admin")});
    CHECK(cell(*dialog, QStringLiteral("admin"), UserTableModel::RoleColumn) == label(Role::SystemAdministrator));
    CHECK(child<QPushButton>(*dialog, QStringLiteral("replaceRecoveryKeyButton"))->isVisible());

    click(*dialog, QStringLiteral("addUserButton"));
    auto *add = visibleDialog<AddUserDialog>(*dialog);
    auto *save = child<QPushButton>(*add, QStringLiteral("saveButton"));
    CHECK_FALSE(save->isEnabled());
    type(child<QLineEdit>(*add, QStringLiteral("username")), QStringLiteral("Kru.Somsri"));
    type(child<QLineEdit>(*add, QStringLiteral("displayName")), QStringLiteral("สมศรี ใจงาม"));
    auto *role = child<QComboBox>(*add, QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(Role::Teacher)));
    auto *school = child<QComboBox>(*add, QStringLiteral("school"));
    CHECK(school->isVisible());
    CHECK(school->currentData().toString() == f.t.schoolId);
    auto *classes = child<ClassroomPicker>(*add, QStringLiteral("classroomPicker"));
    REQUIRE(classes->isVisible());
    REQUIRE(classes->count() == 1);
    CHECK(classes->item(0)->text() == classroomName(Grade::P4, 1));
    classes->item(0)->setCheckState(Qt::Checked);
    CHECK(classes->checkedIds() == QSet<QString>{f.t.classroomId});
    type(child<QLineEdit>(*add, QStringLiteral("newPassword")), QStringLiteral("paper kite 1234"));
    CHECK_FALSE(save->isEnabled());
    type(child<QLineEdit>(*add, QStringLiteral("repeatPassword")), QStringLiteral("paper kite 1234"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !add->isVisible(); }));

    CHECK(rowOf(*dialog, QStringLiteral("kru.somsri")) >= 0);
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::NameColumn) == QStringLiteral("สมศรี ใจงาม"));
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::RoleColumn) == label(Role::Teacher));
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::ClassesColumn) == classroomName(Grade::P4, 1));
    CHECK_FALSE(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::SchoolColumn).isEmpty());
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::LastSignInColumn) == QStringLiteral("Never"));
    CHECK(dialog->table()->currentIndex().row() == rowOf(*dialog, QStringLiteral("kru.somsri")));

    AccountService other(*f.t.db, testClock(), crypto::PasswordCost::minimal());
    auto signedIn = other.signIn(QStringLiteral("kru.somsri"), QStringLiteral("paper kite 1234"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn->classroomIds() == QSet<QString>{f.t.classroomId});
}

TEST_CASE("a taken user name is shown at its field", "[gui][users]")
{
    UsersFixture f;
    auto dialog = f.open(f.t.admin);
    click(*dialog, QStringLiteral("addUserButton"));
    auto *add = visibleDialog<AddUserDialog>(*dialog);
    type(child<QLineEdit>(*add, QStringLiteral("username")), QStringLiteral("admin"));
    type(child<QLineEdit>(*add, QStringLiteral("displayName")), QStringLiteral("Somebody Else"));
    auto *role = child<QComboBox>(*add, QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(Role::Counsellor)));
    CHECK_FALSE(child<ClassroomPicker>(*add, QStringLiteral("classroomPicker"))->isVisible());
    type(child<QLineEdit>(*add, QStringLiteral("newPassword")), QStringLiteral("paper kite 1234"));
    type(child<QLineEdit>(*add, QStringLiteral("repeatPassword")), QStringLiteral("paper kite 1234"));
    click(*add, QStringLiteral("saveButton"));
    CHECK(add->isVisible());
    auto *error = child<QLabel>(*add, QStringLiteral("usernameError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("already")));
    CHECK(column(*dialog, UserTableModel::UsernameColumn).size() == 1);
}

TEST_CASE("disable, enable and reset a user's password", "[gui][users]")
{
    UsersFixture f;
    const Session teacher = sessionFor(f.t, Role::Teacher, {f.t.classroomId}, QStringLiteral("kru.somsri"));
    auto dialog = f.open(f.t.admin);

    selectUser(*dialog, QStringLiteral("admin"));
    CHECK_FALSE(child<QPushButton>(*dialog, QStringLiteral("toggleDisabledButton"))->isEnabled());  // not oneself

    selectUser(*dialog, QStringLiteral("kru.somsri"));
    click(*dialog, QStringLiteral("toggleDisabledButton"));
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::StatusColumn) == QStringLiteral("Disabled"));
    AccountService other(*f.t.db, testClock(), crypto::PasswordCost::minimal());
    CHECK_FALSE(other.signIn(QStringLiteral("kru.somsri"), kTestPassword).ok());
    CHECK(child<QPushButton>(*dialog, QStringLiteral("toggleDisabledButton"))
                  ->text()
                  .contains(QStringLiteral("Enable")));
    click(*dialog, QStringLiteral("toggleDisabledButton"));
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::StatusColumn) == QStringLiteral("Active"));

    click(*dialog, QStringLiteral("resetPasswordButton"));
    auto *reset = visibleDialog<ResetPasswordDialog>(*dialog);
    type(child<QLineEdit>(*reset, QStringLiteral("newPassword")), QStringLiteral("paper kite 5678"));
    type(child<QLineEdit>(*reset, QStringLiteral("repeatPassword")), QStringLiteral("paper kite 5678"));
    click(*reset, QStringLiteral("saveButton"));
    REQUIRE(waitUntil([&] { return !reset->isVisible(); }));
    CHECK(cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::StatusColumn)
                  .contains(QStringLiteral("temporary")));
    auto signedIn = other.signIn(QStringLiteral("kru.somsri"), QStringLiteral("paper kite 5678"));
    REQUIRE(signedIn.ok());
    CHECK(other.mustChangePassword(signedIn.value()).value());
}

TEST_CASE("a director sees the own school's users, last sign-in in Buddhist Era", "[gui][users]")
{
    const LanguageGuard thai(Language::Thai);
    UsersFixture f;
    const Session director = sessionFor(f.t, Role::Director, {}, QStringLiteral("director"));
    sessionFor(f.t, Role::Teacher, {f.t.classroomId}, QStringLiteral("kru.somsri"));
    sessionFor(f.t, Role::MunicipalOfficer, {}, QStringLiteral("officer"));
    AccountService other(*f.t.db, testClock(), crypto::PasswordCost::minimal());
    REQUIRE(other.signIn(QStringLiteral("kru.somsri"), kTestPassword).ok());

    auto dialog = f.open(director);
    const QStringList names = column(*dialog, UserTableModel::UsernameColumn);
    CHECK(names.contains(QStringLiteral("kru.somsri")));
    CHECK(names.contains(QStringLiteral("director")));
    CHECK_FALSE(names.contains(QStringLiteral("admin")));
    CHECK_FALSE(names.contains(QStringLiteral("officer")));
    CHECK_FALSE(child<QPushButton>(*dialog, QStringLiteral("replaceRecoveryKeyButton"))->isVisible());
    const QString lastSignIn = cell(*dialog, QStringLiteral("kru.somsri"), UserTableModel::LastSignInColumn);
    CHECK(lastSignIn == formatDateTime(testClock().nowUtc(), Language::Thai));
    CHECK(lastSignIn.contains(QStringLiteral("2568")));

    // The form offers the director's school and school roles only.
    click(*dialog, QStringLiteral("addUserButton"));
    auto *add = visibleDialog<AddUserDialog>(*dialog);
    auto *role = child<QComboBox>(*add, QStringLiteral("role"));
    CHECK(role->findData(int(Role::SystemAdministrator)) < 0);
    CHECK(role->findData(int(Role::MunicipalOfficer)) < 0);
    CHECK(child<QComboBox>(*add, QStringLiteral("school"))->count() == 1);
    add->reject();
}

TEST_CASE("replacing the recovery key shows the new key once and the old one stops working", "[gui][users]")
{
    UsersFixture f;
    auto dialog = f.open(f.t.admin);
    click(*dialog, QStringLiteral("replaceRecoveryKeyButton"));
    auto *shown = visibleDialog<RecoveryKeyDialog>(*dialog);
    const QString newKey = shown->page()->key();
    CHECK(newKey != f.t.recoveryKey);
    CHECK_FALSE(child<QPushButton>(*shown, QStringLiteral("doneButton"))->isEnabled());
    QTest::mouseClick(child<QCheckBox>(*shown, QStringLiteral("keyStoredCheck")), Qt::LeftButton);
    click(*shown, QStringLiteral("doneButton"));
    REQUIRE(waitUntil([&] { return !shown->isVisible(); }));

    AccountService other(*f.t.db, testClock(), crypto::PasswordCost::minimal());
    CHECK_FALSE(other.recover(f.t.recoveryKey, QStringLiteral("admin"), QStringLiteral("another password")).ok());
    CHECK(other.recover(newKey, QStringLiteral("admin"), QStringLiteral("another password")).ok());
}
