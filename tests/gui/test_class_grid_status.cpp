// The class grid's two lines about saving, the message above the sheet and
// the status line below it, tell the same state after a save and follow the
// edits that come after it.
#include "screeningguitest.h"
#include "studentguitest.h"

#include "screening/classgridchooser.h"
#include "screening/classgriddialog.h"
#include "screening/classgridmodel.h"
#include "screening/classgridview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

TEST_CASE("the class grid's status line and message agree after saving and after later edits", "[gui][screening][grid]")
{
    ScreeningFixture f;
    const QStringList ids = f.addStudents(3);
    auto context = f.context(f.teacher);
    ClassGridDialog dialog(*context, f.t.yearId, f.t.classroomId);
    dialog.show();
    QApplication::setActiveWindow(&dialog);  // Ctrl+S is a window shortcut
    dialog.chooser()->setInstrument(QStringLiteral("sdq-teacher-4-17"));
    REQUIRE(dialog.openSheet());
    ClassGridView *view = dialog.view();
    ClassGridModel *model = dialog.model();
    auto *status = child<QLabel>(dialog, QStringLiteral("gridStatus"));
    const QString notSaved = QStringLiteral("not saved");

    for (int k = 0; k < 3 * 25; ++k)
        QTest::keyClick(view, Qt::Key(Qt::Key_0 + k % 3));
    CHECK(status->text() == QStringLiteral("75 of 75 answers entered · not saved"));
    CHECK(dialog.message().isEmpty());

    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(model->isDirty());
    CHECK(dialog.message().contains(QStringLiteral("3 new, 0 replaced")));
    CHECK(status->text() == QStringLiteral("75 of 75 answers entered"));

    SECTION("a later answer takes back the saved message and marks the sheet unsaved")
    {
        view->setCurrentIndex(model->index(1, ClassGridModel::FirstItemColumn + 3));
        const int changed = (model->answer(1, 3).value_or(0) + 1) % 3;
        QTest::keyClick(view, Qt::Key(Qt::Key_0 + changed));
        REQUIRE(model->isDirty());
        CHECK(status->text().contains(notSaved));
        CHECK(dialog.message().isEmpty());

        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveSheet")), Qt::LeftButton);
        REQUIRE_FALSE(model->isDirty());
        CHECK(dialog.message().contains(QStringLiteral("0 new, 1 replaced")));
        CHECK_FALSE(status->text().contains(notSaved));
        REQUIRE(f.results(ids.at(1)).size() == 1);
        CHECK(f.results(ids.at(1)).first().answers.items.at(3) == changed);
    }
    SECTION("a cleared answer counts one fewer and is not saved either")
    {
        view->setCurrentIndex(model->index(2, ClassGridModel::FirstItemColumn + 24));
        QTest::keyClick(view, Qt::Key_Backspace);
        REQUIRE(model->isDirty());
        CHECK(status->text() == QStringLiteral("74 of 75 answers entered · not saved"));
        CHECK(dialog.message().isEmpty());
    }
    SECTION("a refused key keeps its problem in view while the saved state holds")
    {
        view->setCurrentIndex(model->index(0, ClassGridModel::FirstItemColumn));
        QTest::keyClick(view, Qt::Key_7);
        CHECK_FALSE(model->isDirty());
        CHECK(dialog.message().contains(QStringLiteral("0 to 2")));
        CHECK_FALSE(status->text().contains(notSaved));
    }
}
