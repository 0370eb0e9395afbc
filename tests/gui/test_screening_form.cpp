// The per-student screening form, and the screening section of the profile.
#include "screeningguitest.h"
#include "studentguitest.h"

#include "app/uilanguage.h"
#include "screening/answerchoices.h"
#include "screening/scoretable.h"
#include "screening/screeninganswersheet.h"
#include "screening/screeningformdialog.h"
#include "screening/studentscreeningpanel.h"
#include "screening/wording.h"
#include "services/instrumentwordingservice.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

const QString kSdqTeacher = QStringLiteral("sdq-teacher-4-17");

// Types one answer per item into the form, starting at the first item.
void typeAnswers(ScreeningFormDialog &dialog, const QString &digits)
{
    QCoreApplication::processEvents();  // rows made after show() are shown by a queued call
    dialog.sheet()->focusFirst();
    for (QChar c : digits) {
        QWidget *focused = dialog.focusWidget();
        REQUIRE(focused);
        QTest::keyClick(focused, c.toLatin1());
    }
}

}  // namespace

TEST_CASE("the screening form: items by number, answers by key, scores as you type", "[gui][screening][form]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    auto context = f.context(f.teacher);
    ScreeningFormDialog dialog(*context, id);
    dialog.show();
    REQUIRE(dialog.instrument());
    CHECK(dialog.instrument()->id == kSdqTeacher);
    CHECK(child<QComboBox>(dialog, QStringLiteral("respondent"))->currentData().toString()
          == QStringLiteral("teacher"));

    SECTION("without installed wording, items are \"Item N\"")
    {
        auto *sheet = dialog.sheet();
        const QList<QLabel *> labels = sheet->findChildren<QLabel *>();
        CHECK(std::any_of(labels.begin(), labels.end(),
                          [](QLabel *l) { return l->text() == QStringLiteral("Item 7"); }));
    }
    SECTION("a digit answers and moves to the next item; the scores follow")
    {
        ScreeningAnswerSheet *sheet = dialog.sheet();
        sheet->focusFirst();
        QTest::keyClick(sheet->itemRow(0), Qt::Key_2);
        CHECK(sheet->itemRow(0)->value() == 2);
        CHECK(sheet->itemRow(0)->button(2)->isChecked());
        CHECK(dialog.focusWidget() == sheet->itemRow(1));
        QTest::keyClick(sheet->itemRow(1), Qt::Key_Minus);  // missing on purpose, move on
        CHECK_FALSE(sheet->itemRow(1)->value().has_value());
        CHECK(dialog.focusWidget() == sheet->itemRow(2));
        QTest::keyClick(sheet->itemRow(2), Qt::Key_3);  // not a choice: nothing
        CHECK_FALSE(sheet->itemRow(2)->value().has_value());
        QTest::keyClick(sheet->itemRow(2), Qt::Key_1);
        CHECK(dialog.focusWidget() == sheet->itemRow(3));
        QTest::keyClick(sheet->itemRow(3), Qt::Key_Up);
        CHECK(dialog.focusWidget() == sheet->itemRow(2));
        ScoreTable *scores = dialog.scores();
        const int prosocial = scores->rowOf(QStringLiteral("prosocial"));
        REQUIRE(prosocial >= 0);
        CHECK(scores->item(prosocial, 1)->text() == QStringLiteral("–"));  // 4 of 5 missing: not scored
        CHECK(child<QLabel>(dialog, QStringLiteral("missingItems"))->text().contains(QStringLiteral("2, 4")));
    }
    SECTION("filled and saved: the service has it, with the teacher as the one who entered it")
    {
        // Emotional items 3, 8, 13, 16, 24 at 2, everything else 0.
        QString digits;
        for (int i = 1; i <= 25; ++i)
            digits += QList<int>{3, 8, 13, 16, 24}.contains(i) ? QLatin1Char('2') : QLatin1Char('0');
        typeAnswers(dialog, digits);
        // Then the impact supplement: difficulties "1", and its three items.
        CHECK(dialog.focusWidget() == dialog.sheet()->impactQuestion());
        QTest::keyClick(dialog.sheet()->impactQuestion(), Qt::Key_1);
        REQUIRE(dialog.sheet()->impactRow(0)->isEnabled());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(dialog.sheet()->impactRow(i), Qt::Key_3);
        ScoreTable *scores = dialog.scores();
        CHECK(scores->item(scores->rowOf(QStringLiteral("emotional")), 1)->text() == QStringLiteral("10"));
        CHECK(scores->item(scores->rowOf(QStringLiteral("impact")), 1)->text() == QStringLiteral("6"));
        REQUIRE(dialog.save());
        CHECK(dialog.result() == QDialog::Accepted);
        const QList<ScreeningResult> stored = f.results(id);
        REQUIRE(stored.size() == 1);
        CHECK(stored.first().id == dialog.savedResultId());
        CHECK(stored.first().enteredBy == f.teacher.userId());
        CHECK(stored.first().scores.scores.value(QStringLiteral("emotional")) == 10);
        CHECK(stored.first().scores.scores.value(QStringLiteral("impact")) == 6);
        CHECK(stored.first().answers.items.at(2) == 2);
    }
    SECTION("nothing answered: refused at the answers, nothing saved")
    {
        CHECK_FALSE(dialog.save());
        CHECK(child<QLabel>(dialog, QStringLiteral("answersError"))->isVisibleTo(&dialog));
        CHECK(f.results(id).isEmpty());
    }
    SECTION("a date in the future is refused at the date")
    {
        typeAnswers(dialog, QStringLiteral("0"));
        retype(child<QLineEdit>(dialog, QStringLiteral("screenedOn")), QStringLiteral("1/1/2600"));
        CHECK_FALSE(dialog.save());
        auto *error = child<QLabel>(dialog, QStringLiteral("screenedOnError"));
        CHECK(error->isVisibleTo(&dialog));
        CHECK(error->text().contains(QStringLiteral("future")));
        CHECK(f.results(id).isEmpty());
    }
}

TEST_CASE("the form shows the installed wording and Buddhist Era dates in Thai", "[gui][screening][form]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    QList<WordingEntry> entries;
    for (const QString &language : {QStringLiteral("th"), QStringLiteral("en")})
        entries << WordingEntry{kSdqTeacher, language, QStringLiteral("q7"),
                                language == QLatin1String("th") ? QStringLiteral("ข้อความทดสอบข้อเจ็ด")
                                                                : QStringLiteral("Test wording of item seven"),
                                1};
    auto imported = InstrumentWordingService(*f.t.db, testClock()).import(f.t.admin, entries);
    INFO(errorText(imported));
    REQUIRE(imported.ok());
    const LanguageGuard thai(Language::Thai);
    auto context = f.context(f.teacher);
    ScreeningFormDialog dialog(*context, id);
    const QList<QLabel *> labels = dialog.sheet()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [](QLabel *l) { return l->text() == QStringLiteral("ข้อความทดสอบข้อเจ็ด"); }));
    const QString date = child<QLineEdit>(dialog, QStringLiteral("screenedOn"))->text();
    CHECK(date.contains(QStringLiteral("2568")));
    CHECK_FALSE(date.contains(QStringLiteral("2025")));
}

TEST_CASE("a child outside the form's ages is warned about and needs a reason", "[gui][screening][form]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();  // 9 years old; the self-report form is for 11–17
    auto context = f.context(f.teacher);
    ScreeningFormDialog dialog(*context, id);
    dialog.show();
    CHECK_FALSE(dialog.isAgeReasonShown());
    dialog.setInstrument(QStringLiteral("sdq-self-11-17"));
    CHECK(child<QComboBox>(dialog, QStringLiteral("respondent"))->currentData().toString() == QStringLiteral("self"));
    CHECK(dialog.isAgeReasonShown());
    CHECK(child<QLabel>(dialog, QStringLiteral("ageWarning"))->text().contains(QStringLiteral("11–17")));
    typeAnswers(dialog, QStringLiteral("0120120120"));
    CHECK_FALSE(dialog.save());
    auto *error = child<QLabel>(dialog, QStringLiteral("ageReasonError"));
    CHECK(error->isVisibleTo(&dialog));
    CHECK(f.results(id).isEmpty());
    retype(child<QLineEdit>(dialog, QStringLiteral("ageReason")), QStringLiteral("Reads well; asked to answer"));
    REQUIRE(dialog.save());
    REQUIRE(f.results(id).size() == 1);
    CHECK(f.results(id).first().ageReason == QStringLiteral("Reads well; asked to answer"));
    CHECK(f.results(id).first().respondent == Respondent::Self);
}

TEST_CASE("the profile lists screening results only to those who may view them", "[gui][screening][profile]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    ScreeningEntry entry;
    entry.studentId = id;
    entry.instrumentId = kSdqTeacher;
    entry.screenedOn = testClock().today().addDays(-3);
    for (int i = 1; i <= 25; ++i)
        entry.answers.items << (QList<int>{2, 10, 15, 21, 25}.contains(i) ? 2 : 1);
    auto saved = ScreeningService(*f.t.db, testClock()).record(f.teacher, entry);
    INFO(errorText(saved));
    REQUIRE(saved.ok());

    SECTION("the teacher sees the history, in Buddhist Era in Thai, and may screen and record")
    {
        const LanguageGuard thai(Language::Thai);
        auto context = f.context(f.teacher);
        StudentProfileView view(*context);
        view.resize(900, 900);
        view.show();
        view.showStudent(id);
        auto *panel = view.findChild<StudentScreeningPanel *>();
        REQUIRE(panel);
        CHECK(panel->historyBox()->isVisibleTo(&view));
        QTableWidget *table = panel->historyTable();
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text().contains(QStringLiteral("2568")));
        CHECK(table->item(0, 2)->text() == label(Respondent::Teacher));
        CHECK_FALSE(table->item(0, 3)->text().isEmpty());
        CHECK(panel->screenButton()->isVisibleTo(&view));
        CHECK(panel->attendanceButton()->isVisibleTo(&view));
        CHECK(panel->behaviourButton()->isVisibleTo(&view));
    }
    SECTION("a home-visit coordinator sees no screening")
    {
        auto context = f.context(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        StudentProfileView view(*context);
        view.show();
        view.showStudent(id);
        auto *panel = view.findChild<StudentScreeningPanel *>();
        REQUIRE(panel);
        CHECK_FALSE(panel->historyBox()->isVisibleTo(&view));
        CHECK(panel->results().isEmpty());
        CHECK_FALSE(panel->screenButton()->isVisibleTo(&view));
        CHECK_FALSE(panel->behaviourButton()->isVisibleTo(&view));
        CHECK_FALSE(panel->attendanceButton()->isVisibleTo(&view));
    }
    SECTION("the director sees the history but does not screen")
    {
        auto context = f.context(f.director);
        StudentProfileView view(*context);
        view.show();
        view.showStudent(id);
        auto *panel = view.findChild<StudentScreeningPanel *>();
        CHECK(panel->historyBox()->isVisibleTo(&view));
        CHECK(panel->historyTable()->rowCount() == 1);
        CHECK_FALSE(panel->screenButton()->isVisibleTo(&view));
    }
}
