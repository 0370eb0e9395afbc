// The class grid: a whole class typed from the keyboard, read back through
// the service; the keys that move, clear and mark; unsaved answers guarded.
#include "screeningguitest.h"
#include "studentguitest.h"

#include "screening/answerkeys.h"
#include "screening/classgridchooser.h"
#include "screening/classgriddialog.h"
#include "screening/classgridmodel.h"
#include "screening/classgridview.h"
#include "screening/instrumentregistry.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBrush>
#include <QKeyEvent>
#include <QLabel>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

const QString kSdqTeacher = QStringLiteral("sdq-teacher-4-17");

// A made-up but varied answer for student `s`, item `i`; nullopt now and then.
std::optional<int> patternAnswer(int s, int i)
{
    if ((s * 7 + i * 3) % 23 == 0)
        return std::nullopt;
    return (s + i * i) % 3;
}

struct OpenGrid {
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ClassGridDialog> dialog;
};

OpenGrid openGrid(ScreeningFixture &f, const Session &session, const QString &instrumentId = kSdqTeacher)
{
    OpenGrid g;
    g.context = f.context(session);
    g.dialog = std::make_unique<ClassGridDialog>(*g.context, f.t.yearId, f.t.classroomId);
    g.dialog->show();
    QApplication::setActiveWindow(g.dialog.get());  // window shortcuts (Ctrl+S) need an active window
    g.dialog->chooser()->setInstrument(instrumentId);
    REQUIRE(g.dialog->openSheet());
    return g;
}

}  // namespace

TEST_CASE("the class grid filled from the keyboard stores every answer", "[gui][screening][grid]")
{
    ScreeningFixture f;
    const QStringList ids = f.addStudents(6);
    OpenGrid g = openGrid(f, f.teacher);
    ClassGridView *view = g.dialog->view();
    ClassGridModel *model = g.dialog->model();
    REQUIRE(model->rowCount() == 6);
    REQUIRE(model->itemCount() == 25);
    CHECK(g.dialog->focusWidget() == view);
    CHECK(view->currentIndex() == model->index(0, ClassGridModel::FirstItemColumn));

    KeyCounter keys;
    int answers = 0;
    for (int s = 0; s < ids.size(); ++s)
        for (int i = 0; i < 25; ++i) {
            const auto answer = patternAnswer(s, i);
            if (answer)
                keys.digit(view, *answer);
            else
                keys.key(view, Qt::Key_Minus);
            ++answers;
        }
    CHECK(keys.count == answers);  // one key per answer, nothing else
    CHECK(model->isDirty());
    CHECK(model->isMarkedMissing(0, 0) == !patternAnswer(0, 0).has_value());
    keys.key(view, Qt::Key_S, Qt::ControlModifier);
    INFO(g.dialog->message().toStdString());
    CHECK_FALSE(model->isDirty());

    for (int s = 0; s < ids.size(); ++s) {
        const QList<ScreeningResult> stored = f.results(ids.at(s));
        REQUIRE(stored.size() == 1);
        const ScreeningResult &r = stored.first();
        CHECK(r.instrumentId == kSdqTeacher);
        CHECK(r.respondent == Respondent::Teacher);
        CHECK(r.screenedOn == testClock().today());
        CHECK(r.enteredBy == f.teacher.userId());
        REQUIRE(r.answers.items.size() == 25);
        for (int i = 0; i < 25; ++i) {
            INFO("student " << s << " item " << i + 1);
            CHECK(r.answers.items.at(i) == patternAnswer(s, i));
        }
        // The grid showed what the service stored.
        CHECK(model->scores(s).scores == r.scores.scores);
    }

    SECTION("opening the sheet again shows the stored answers, and a change replaces them")
    {
        REQUIRE(g.dialog->openSheet());
        CHECK(model->answer(2, 4) == patternAnswer(2, 4));
        view->setCurrentIndex(model->index(2, ClassGridModel::FirstItemColumn + 4));
        const int changed = (patternAnswer(2, 4).value_or(0) + 1) % 3;
        QTest::keyClick(view, Qt::Key(Qt::Key_0 + changed));
        REQUIRE(g.dialog->save());
        CHECK(g.dialog->message().contains(QStringLiteral("1 replaced")));
        const ScreeningResult r = f.results(ids.at(2)).first();
        CHECK(r.answers.items.at(4) == changed);
        CHECK(f.results(ids.at(1)).size() == 1);  // untouched rows stay as they were
    }
}

TEST_CASE("the class grid's keys move, clear and mark answers", "[gui][screening][grid]")
{
    ScreeningFixture f;
    f.addStudents(3);
    OpenGrid g = openGrid(f, f.teacher);
    ClassGridView *view = g.dialog->view();
    ClassGridModel *model = g.dialog->model();
    const int first = ClassGridModel::FirstItemColumn;

    SECTION("a digit stores and moves on; after the last item, the next student's first")
    {
        view->setCurrentIndex(model->index(0, model->lastItemColumn()));
        QTest::keyClick(view, Qt::Key_2);
        CHECK(model->answer(0, 24) == 2);
        CHECK(view->currentIndex() == model->index(1, first));
    }
    SECTION("an answer outside the scale is refused and the cursor stays")
    {
        QTest::keyClick(view, Qt::Key_3);
        CHECK_FALSE(model->answer(0, 0).has_value());
        CHECK(view->currentIndex() == model->index(0, first));
        CHECK(g.dialog->message().contains(QStringLiteral("0 to 2")));
    }
    SECTION("Backspace and Delete clear and stay; '-' and space mark missing and move on")
    {
        QTest::keyClick(view, Qt::Key_1);
        QTest::keyClick(view, Qt::Key_Left);
        CHECK(view->currentIndex() == model->index(0, first));
        QTest::keyClick(view, Qt::Key_Backspace);
        CHECK_FALSE(model->answer(0, 0).has_value());
        CHECK_FALSE(model->isMarkedMissing(0, 0));
        CHECK(view->currentIndex() == model->index(0, first));
        QTest::keyClick(view, Qt::Key_Minus);
        CHECK(model->isMarkedMissing(0, 0));
        CHECK(model->data(model->index(0, first), Qt::DisplayRole).toString() == QStringLiteral("–"));
        CHECK(view->currentIndex() == model->index(0, first + 1));
        QTest::keyClick(view, Qt::Key_Space);
        CHECK(model->isMarkedMissing(0, 1));
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Delete);
        CHECK_FALSE(model->isMarkedMissing(0, 1));
    }
    SECTION("arrows move, Enter goes to the next student's first item")
    {
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        CHECK(view->currentIndex() == model->index(1, first + 2));
        QTest::keyClick(view, Qt::Key_Return);
        CHECK(view->currentIndex() == model->index(2, first));
    }
    SECTION("typing on the name starts at the row's first item")
    {
        view->setCurrentIndex(model->index(1, ClassGridModel::NameColumn));
        QTest::keyClick(view, Qt::Key_1);
        CHECK(model->answer(1, 0) == 1);
        CHECK(view->currentIndex() == model->index(1, first + 1));
    }
    SECTION("the row's scores, bands and missing marks follow the answers")
    {
        // Items of the emotional subscale (3, 8, 13, 16, 24) all 2: emotional 10, a problem in every band set.
        for (int i = 0; i < 25; ++i)
            QTest::keyClick(view, QList<int>{3, 8, 13, 16, 24}.contains(i + 1) ? Qt::Key_2 : Qt::Key_0);
        const ScreeningScores scores = model->scores(0);
        CHECK(scores.scores.value(QStringLiteral("emotional")) == 10);
        CHECK(scores.bands.value(QStringLiteral("emotional")) == QStringLiteral("problem"));
        const int emotionalColumn = first + 25;  // the first score column
        CHECK(model->data(model->index(0, emotionalColumn), Qt::DisplayRole).toString() == QStringLiteral("10"));
        CHECK(model->data(model->index(0, emotionalColumn), Qt::BackgroundRole).value<QBrush>().color()
              == ScreeningLabels::bandColour(QStringLiteral("problem")));
        // Clearing one answer marks it in a started row and the summary counts it.
        view->setCurrentIndex(model->index(0, first + 5));
        QTest::keyClick(view, Qt::Key_Delete);
        CHECK(model->data(model->index(0, first + 5), Qt::BackgroundRole).isValid());
        CHECK(model->data(model->index(0, model->summaryColumn()), Qt::DisplayRole)
                      .toString()
                      .contains(QStringLiteral("1 missing")));
        // Another row with nothing typed has no marks.
        CHECK_FALSE(model->data(model->index(2, first + 5), Qt::BackgroundRole).isValid());
    }
}

TEST_CASE("unsaved answers in the class grid are guarded", "[gui][screening][grid]")
{
    ScreeningFixture f;
    const QStringList ids = f.addStudents(2);
    OpenGrid g = openGrid(f, f.teacher);
    QTest::keyClick(g.dialog->view(), Qt::Key_1);
    REQUIRE(g.dialog->model()->isDirty());
    UnsavedChoice answer = UnsavedChoice::Cancel;
    int asked = 0;
    g.dialog->setUnsavedPrompt([&](QWidget *, const QString &) {
        ++asked;
        return answer;
    });

    SECTION("Cancel keeps the dialog and the answers")
    {
        QTest::keyClick(g.dialog->view(), Qt::Key_Escape);
        CHECK(asked == 1);
        CHECK(g.dialog->isVisible());
        CHECK(g.dialog->model()->answer(0, 0) == 1);
        CHECK(f.results(ids.first()).isEmpty());
    }
    SECTION("Discard closes without saving")
    {
        answer = UnsavedChoice::Discard;
        g.dialog->reject();
        CHECK_FALSE(g.dialog->isVisible());
        CHECK(f.results(ids.first()).isEmpty());
    }
    SECTION("Save saves, then closes")
    {
        answer = UnsavedChoice::Save;
        g.dialog->close();
        CHECK_FALSE(g.dialog->isVisible());
        REQUIRE(f.results(ids.first()).size() == 1);
        CHECK(f.results(ids.first()).first().answers.items.first() == 1);
    }
    SECTION("opening another sheet asks too")
    {
        g.dialog->chooser()->setInstrument(QStringLiteral("care-dropout-checklist"));
        CHECK_FALSE(g.dialog->openSheet());
        CHECK(asked == 1);
        CHECK(g.dialog->model()->instrument()->id == kSdqTeacher);
    }
}

TEST_CASE("children outside the form's ages need a reason before the grid saves", "[gui][screening][grid]")
{
    ScreeningFixture f;
    const QStringList ids = f.addStudents(2, QDate(2022, 1, 1));  // 3 years old: below 4–17
    OpenGrid g = openGrid(f, f.teacher);
    ClassGridModel *model = g.dialog->model();
    CHECK(model->data(model->index(0, ClassGridModel::NameColumn), Qt::DecorationRole).isValid());
    QTest::keyClick(g.dialog->view(), Qt::Key_0);

    SECTION("no reason: nothing saved")
    {
        g.dialog->setTextPrompt([](QWidget *, const QString &, const QString &) { return std::nullopt; });
        CHECK_FALSE(g.dialog->save());
        CHECK(f.results(ids.first()).isEmpty());
        g.dialog->setTextPrompt([](QWidget *, const QString &, const QString &) { return QString(); });
        CHECK_FALSE(g.dialog->save());
        CHECK(g.dialog->message().contains(QStringLiteral("reason")));
        CHECK(f.results(ids.first()).isEmpty());
    }
    SECTION("with a reason: saved with it")
    {
        QString asked;
        g.dialog->setTextPrompt([&asked](QWidget *, const QString &, const QString &label) {
            asked = label;
            return QStringLiteral("พัฒนาการล่าช้า ครูประจำชั้นขอให้ประเมิน");
        });
        REQUIRE(g.dialog->save());
        CHECK(asked.contains(QStringLiteral("นักเรียน01")));
        REQUIRE(f.results(ids.first()).size() == 1);
        CHECK(f.results(ids.first()).first().ageReason == QStringLiteral("พัฒนาการล่าช้า ครูประจำชั้นขอให้ประเมิน"));
        CHECK(f.results(ids.at(1)).isEmpty());  // nothing typed for the second: nothing stored
    }
}

TEST_CASE("the class grid refuses what core refuses", "[gui][screening][grid][permissions]")
{
    ScreeningFixture f;
    f.addStudents(1);
    SECTION("a visitor has no class to screen")
    {
        auto context = f.context(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        ClassGridDialog dialog(*context, f.t.yearId, f.t.classroomId);
        CHECK_FALSE(dialog.chooser()->isEnabled());
        CHECK_FALSE(dialog.message().isEmpty());
        CHECK_FALSE(dialog.openSheet());
    }
    SECTION("a teacher of another class sees none of this one")
    {
        auto context = f.context(sessionFor(f.t, Role::Teacher, {}));
        ClassGridDialog dialog(*context, f.t.yearId, f.t.classroomId);
        CHECK(dialog.message().contains(QStringLiteral("no classes")));
    }
    SECTION("a bad date is shown at the date and no sheet opens")
    {
        OpenGrid g = openGrid(f, f.teacher);
        auto *date = child<QLineEdit>(*g.dialog, QStringLiteral("screenedOn"));
        retype(date, QStringLiteral("31/02/2568"));
        CHECK_FALSE(g.dialog->openSheet());
        CHECK(child<QLabel>(*g.dialog, QStringLiteral("screenedOnError"))->isVisible());
    }
}

TEST_CASE("answer keys: ASCII digits, Thai numerals and the Thai keyboard's number row", "[gui][screening]")
{
    const auto read = [](Qt::Key key, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QKeyEvent event(QEvent::KeyPress, key, modifiers, text);
        return readAnswerKey(event);
    };
    CHECK(read(Qt::Key_2, QStringLiteral("2")).value == 2);
    CHECK(read(Qt::Key_1, QStringLiteral("1"), Qt::KeypadModifier).kind == AnswerKey::Value);
    CHECK(read(Qt::Key_unknown, QStringLiteral("๒")).value == 2);
    CHECK(read(Qt::Key_unknown, QStringLiteral("จ")).value == 0);  // Kedmanee: the 0 key
    CHECK(read(Qt::Key_unknown, QStringLiteral("ๅ")).value == 1);  // the 1 key
    CHECK(read(Qt::Key_Slash, QStringLiteral("/")).value == 2);    // the 2 key
    CHECK(read(Qt::Key_unknown, QStringLiteral("ข")).kind == AnswerKey::Missing);
    CHECK(read(Qt::Key_Minus, QStringLiteral("-")).kind == AnswerKey::Missing);
    CHECK(read(Qt::Key_Space, QStringLiteral(" ")).kind == AnswerKey::Missing);
    CHECK(read(Qt::Key_Backspace, QString()).kind == AnswerKey::Clear);
    CHECK(read(Qt::Key_S, QStringLiteral("s"), Qt::ControlModifier).kind == AnswerKey::None);
    CHECK(read(Qt::Key_A, QStringLiteral("a")).kind == AnswerKey::None);
}
