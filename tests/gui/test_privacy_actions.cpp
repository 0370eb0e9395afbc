// The privacy entries of the main window's menus follow the session.
#include "privacyguitest.h"
#include "studentguitest.h"

#include "domain/validation.h"
#include "mainwindow/mainwindow.h"
#include "privacy/breakglassdialog.h"
#include "privacy/privacyactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

PrivacyActions *privacyActions(MainWindow &window)
{
    auto *actions = window.findChild<PrivacyActions *>();
    REQUIRE(actions);
    return actions;
}

bool menuShown(MainWindow &window, const QString &name)
{
    auto *menu = window.findChild<QMenu *>(name);
    REQUIRE(menu);
    return menu->menuAction()->isVisible();
}

} // namespace

TEST_CASE("privacy menu entries show only with the capability", "[gui][privacy][actions]")
{
    QStandardPaths::setTestModeEnabled(true);
    PrivacyFixture f;
    MainWindow window;
    window.setClock(testClock());
    PrivacyActions *actions = privacyActions(window);
    CHECK_FALSE(actions->auditTrail->isVisible());  // no database yet

    SECTION("administrator: audit, backups, retention, break-the-glass log")
    {
        window.setDatabase(f.t.db, f.t.admin);
        for (QAction *a : {actions->auditTrail, actions->accessGrantLog, actions->backups, actions->restore,
                           actions->retention})
            CHECK(a->isVisible());
        CHECK(menuShown(window, QStringLiteral("administrationMenu")));
        REQUIRE(actions->autoBackup());
    }
    SECTION("teacher: none of them")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
        for (QAction *a : {actions->breakTheGlass, actions->auditTrail, actions->accessGrantLog, actions->backups,
                           actions->restore, actions->retention})
            CHECK_FALSE(a->isVisible());
        CHECK_FALSE(menuShown(window, QStringLiteral("administrationMenu")));
    }
    SECTION("officer: break-the-glass opens the profile through the window")
    {
        const QString id = f.addStudent(QStringLiteral("สมชาย"), 801);
        window.setDatabase(f.t.db, sessionFor(f.t, Role::MunicipalOfficer));
        REQUIRE(actions->breakTheGlass->isVisible());
        CHECK(menuShown(window, QStringLiteral("studentsMenu")));
        CHECK_FALSE(actions->backups->isVisible());
        QSignalSpy opened(&window, &MainWindow::studentActivated);
        actions->breakTheGlass->trigger();
        auto *dialog = window.findChild<BreakGlassDialog *>();
        REQUIRE(dialog);
        type(child<QLineEdit>(*dialog, QStringLiteral("studentKey")), formatCitizenId(nationalIdFor(801)));
        child<QPlainTextEdit>(*dialog, QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Hospital asked about the child's attendance"));
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("openRecord")), Qt::LeftButton);
        REQUIRE(opened.size() == 1);
        CHECK(opened.first().first().toString() == id);
    }
    window.setDatabase(nullptr, {});
}
