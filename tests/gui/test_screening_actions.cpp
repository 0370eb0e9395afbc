// The screening entries of the main window's Students menu follow the
// session, and the class grid opens from the keyboard.
#include "screeningguitest.h"
#include "studentguitest.h"

#include "mainwindow/mainwindow.h"
#include "screening/classgriddialog.h"
#include "screening/classgridmodel.h"
#include "screening/screeningactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QStandardPaths>

using namespace care;
using namespace care::test;
using namespace care::ui;

TEST_CASE("screening menu entries show only with the right", "[gui][screening][actions]")
{
    QStandardPaths::setTestModeEnabled(true);
    ScreeningFixture f;
    f.addStudents(2);
    MainWindow window;
    window.setClock(testClock());
    auto *actions = window.findChild<ScreeningActions *>();
    REQUIRE(actions);
    CHECK_FALSE(actions->classGrid->isVisible());  // no database yet
    auto *students = window.findChild<QMenu *>(QStringLiteral("studentsMenu"));
    REQUIRE(students);

    SECTION("teacher: every entry; Ctrl+G opens the grid on the class chosen")
    {
        window.setDatabase(f.t.db, f.teacher);
        for (QAction *a :
             {actions->classGrid, actions->screeningForm, actions->attendance, actions->grades, actions->behaviour})
            CHECK(a->isVisible());
        CHECK(students->menuAction()->isVisible());
        CHECK(actions->classGrid->isEnabled());
        CHECK_FALSE(actions->screeningForm->isEnabled());  // no student chosen
        CHECK(actions->classGrid->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_G));
        actions->classGrid->trigger();
        auto *dialog = qobject_cast<ClassGridDialog *>(actions->lastDialog());
        REQUIRE(dialog);
        REQUIRE(dialog->openSheet());
        CHECK(dialog->model()->rowCount() == 2);
        dialog->reject();
    }
    SECTION("home-visit coordinator: none")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        for (QAction *a :
             {actions->classGrid, actions->screeningForm, actions->attendance, actions->grades, actions->behaviour})
            CHECK_FALSE(a->isVisible());
    }
    SECTION("director: attendance, grades and behaviour, but no screening entry")
    {
        window.setDatabase(f.t.db, f.director);
        CHECK_FALSE(actions->classGrid->isVisible());
        CHECK_FALSE(actions->screeningForm->isVisible());
        CHECK(actions->attendance->isVisible());
        CHECK(actions->behaviour->isVisible());
    }
    SECTION("locked: nothing opens")
    {
        window.setDatabase(f.t.db, f.teacher);
        QWidget cover;
        window.setCover(&cover);
        CHECK_FALSE(actions->classGrid->isEnabled());
        window.setCover(nullptr);
        CHECK(actions->classGrid->isEnabled());
    }
    window.setDatabase(nullptr, Session());
}
