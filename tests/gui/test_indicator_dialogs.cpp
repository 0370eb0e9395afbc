// Attendance, grades and behaviour entry: saved through IndicatorService,
// bad input shown at its field with nothing saved, and only for those who may.
#include "screeningguitest.h"
#include "studentguitest.h"

#include "privacy/dayedit.h"
#include "screening/attendancedialog.h"
#include "screening/behaviourdialog.h"
#include "screening/dailyabsencebox.h"
#include "screening/gradesdialog.h"
#include "screening/incidentdialog.h"
#include "screening/screeningdialogs.h"
#include "screening/subjectmarkstable.h"
#include "services/indicatorservice.h"
#include "student/enumcombo.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

std::optional<TermAttendance> storedAttendance(ScreeningFixture &f, const QString &studentId, const QString &termId)
{
    auto list = IndicatorService(*f.t.db, testClock()).attendance(f.director, studentId);
    REQUIRE(list.ok());
    for (const TermAttendance &t : list.value())
        if (t.record.termId == termId)
            return t;
    return std::nullopt;
}

std::optional<TermGrades> storedGrades(ScreeningFixture &f, const QString &studentId, const QString &termId)
{
    auto list = IndicatorService(*f.t.db, testClock()).grades(f.director, studentId);
    REQUIRE(list.ok());
    for (const TermGrades &g : list.value())
        if (g.termId == termId)
            return g;
    return std::nullopt;
}

}  // namespace

TEST_CASE("term attendance is saved, and a count that does not add up is refused at its field",
          "[gui][indicators][attendance]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    auto context = f.context(f.teacher);
    AttendanceDialog dialog(*context, id);
    dialog.show();
    CHECK(dialog.termId() == f.t.termIds[0]);  // the term of today
    dialog.enrolled()->setValue(40);
    dialog.absent()->setValue(50);
    CHECK_FALSE(dialog.saveTerm());
    CHECK_FALSE(dialog.errorAt(QStringLiteral("daysAbsent")).isEmpty());
    CHECK_FALSE(storedAttendance(f, id, f.t.termIds[0]));
    dialog.absent()->setValue(4);
    dialog.late()->setValue(2);
    REQUIRE(dialog.saveTerm());
    CHECK(dialog.errorAt(QStringLiteral("daysAbsent")).isEmpty());
    const auto stored = storedAttendance(f, id, f.t.termIds[0]);
    REQUIRE(stored);
    CHECK(stored->record.daysEnrolled == 40);
    CHECK(stored->record.daysAbsent == 4);
    CHECK(stored->record.daysLate == 2);
}

TEST_CASE("daily absences roll up into the term, and a day outside the terms is refused",
          "[gui][indicators][attendance]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    auto context = f.context(f.teacher);
    AttendanceDialog dialog(*context, id);
    dialog.show();
    dialog.enrolled()->setValue(12);
    REQUIRE(dialog.saveTerm());
    DailyAbsenceBox *daily = dialog.daily();

    SECTION("a future day: refused at the day, nothing saved")
    {
        retype(daily->dateEdit(), QStringLiteral("20/6/2025"));
        CHECK_FALSE(daily->add());
        CHECK(daily->error().contains(QStringLiteral("future")));
        CHECK(daily->table()->rowCount() == 0);
    }
    SECTION("text that is not a day: refused")
    {
        retype(daily->dateEdit(), QStringLiteral("yesterday"));
        CHECK_FALSE(daily->add());
        CHECK_FALSE(daily->error().isEmpty());
    }
    SECTION("two days absent and one late: the term counts follow and are not typed any more")
    {
        for (const auto &[day, kind] : {std::pair{QStringLiteral("19/5/2025"), AbsenceKind::Absent},
                                        std::pair{QStringLiteral("20/5/2025"), AbsenceKind::Absent},
                                        std::pair{QStringLiteral("21/5/2025"), AbsenceKind::Late}}) {
            retype(daily->dateEdit(), day);
            selectEnum(daily->kindCombo(), kind);
            INFO(daily->error().toStdString());
            REQUIRE(daily->add());
        }
        CHECK(daily->table()->rowCount() == 3);
        CHECK(dialog.absent()->value() == 2);
        CHECK(dialog.late()->value() == 1);
        CHECK(dialog.absent()->isReadOnly());
        const auto stored = storedAttendance(f, id, f.t.termIds[0]);
        REQUIRE(stored);
        CHECK(stored->record.daysAbsent == 2);
        CHECK(stored->dailyRows == 3);
        daily->table()->setCurrentCell(0, 0);
        REQUIRE(daily->removeChosen());
        CHECK(daily->table()->rowCount() == 2);
        CHECK(storedAttendance(f, id, f.t.termIds[0])->dailyRows == 2);
    }
}

TEST_CASE("term grades: GPA and failing marks by subject, bad input refused at its field", "[gui][indicators][grades]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    auto context = f.context(f.teacher);
    GradesDialog dialog(*context, id);
    dialog.show();

    SECTION("a GPA that is not a number")
    {
        retype(dialog.gpa(), QStringLiteral("three"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorAt(QStringLiteral("gpa")).contains(QStringLiteral("three")));
        CHECK_FALSE(storedGrades(f, id, f.t.termIds[0]));
    }
    SECTION("a GPA above 4")
    {
        retype(dialog.gpa(), QStringLiteral("4.5"));
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.errorAt(QStringLiteral("gpa")).isEmpty());
        CHECK_FALSE(storedGrades(f, id, f.t.termIds[0]));
    }
    SECTION("a subject listed twice")
    {
        dialog.subjects()->addRow(QStringLiteral("คณิตศาสตร์"), MarkKind::Fail);
        dialog.subjects()->addRow(QStringLiteral("คณิตศาสตร์"), MarkKind::Incomplete);
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.errorAt(QStringLiteral("subjects")).isEmpty());
        CHECK(dialog.subjects()->currentRow() == 1);
        CHECK_FALSE(storedGrades(f, id, f.t.termIds[0]));
    }
    SECTION("saved: the GPA and the marks, counts from the subjects")
    {
        retype(dialog.gpa(), QStringLiteral("2,5"));
        dialog.subjects()->addRow(QStringLiteral("คณิตศาสตร์"), MarkKind::Fail);
        dialog.subjects()->addRow(QStringLiteral("ภาษาอังกฤษ"), MarkKind::NotAllowed);
        CHECK(dialog.count(QStringLiteral("failingMarks"))->value() == 1);
        CHECK(dialog.count(QStringLiteral("notAllowedMarks"))->value() == 1);
        CHECK(dialog.count(QStringLiteral("failingMarks"))->isReadOnly());
        REQUIRE(dialog.save());
        const auto stored = storedGrades(f, id, f.t.termIds[0]);
        REQUIRE(stored);
        REQUIRE(stored->gpa);
        CHECK(*stored->gpa == Approx(2.5));
        CHECK(stored->subjects.size() == 2);
        CHECK(stored->failingMarks == 1);
        CHECK(stored->notAllowedMarks == 1);
        // Opened again, the dialog shows what is stored.
        GradesDialog again(*context, id);
        CHECK(again.gpa()->text() == QStringLiteral("2.50"));
        CHECK(again.subjects()->rowCount() == 2);
    }
}

TEST_CASE("behaviour incidents: recorded, listed, and bad dates refused", "[gui][indicators][behaviour]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    auto context = f.context(f.teacher);

    SECTION("a future date is refused at the date; nothing saved")
    {
        IncidentDialog dialog(*context, id);
        retype(dialog.dateEdit(), QStringLiteral("1/1/2030"));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorAt(QStringLiteral("occurredOn")).contains(QStringLiteral("future")));
        auto list = IndicatorService(*f.t.db, testClock()).incidents(f.director, id);
        REQUIRE(list.ok());
        CHECK(list->isEmpty());
    }
    SECTION("a note that is too long is refused at the note")
    {
        IncidentDialog dialog(*context, id);
        dialog.noteEdit()->setPlainText(QString(IndicatorService::kMaxNoteLength + 1, QLatin1Char('x')));
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.errorAt(QStringLiteral("note")).isEmpty());
    }
    SECTION("recorded with its kind, severity and note, and listed")
    {
        IncidentDialog dialog(*context, id);
        retype(dialog.dateEdit(), QStringLiteral("28/5/2025"));
        selectEnum(dialog.kindCombo(), BehaviourKind::Bullying);
        selectEnum(dialog.severityCombo(), Severity::Serious);
        dialog.noteEdit()->setPlainText(QStringLiteral("แกล้งเพื่อนในห้องเรียน"));
        REQUIRE(dialog.save());
        auto list = IndicatorService(*f.t.db, testClock()).incidents(f.director, id);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->first().kind == BehaviourKind::Bullying);
        CHECK(list->first().severity == Severity::Serious);
        CHECK(list->first().note == QStringLiteral("แกล้งเพื่อนในห้องเรียน"));
        CHECK(list->first().occurredOn == QDate(2025, 5, 28));
        BehaviourDialog behaviour(*context, id);
        CHECK(behaviour.table()->rowCount() == 1);
        CHECK(behaviour.table()->item(0, 3)->text() == QStringLiteral("แกล้งเพื่อนในห้องเรียน"));
        CHECK(behaviour.addButton()->isVisibleTo(&behaviour));
        CHECK_FALSE(behaviour.removeButton()->isVisibleTo(&behaviour));  // teachers do not delete
    }
}

TEST_CASE("indicator and screening dialogs open only for those who may use them", "[gui][indicators][permissions]")
{
    ScreeningFixture f;
    const QString id = f.addStudents(1).first();
    QWidget parent;
    SECTION("a home-visit coordinator: none")
    {
        auto context = f.context(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        CHECK_FALSE(ScreeningDialogs::openForm(*context, id, &parent));
        CHECK_FALSE(ScreeningDialogs::openAttendance(*context, id, &parent));
        CHECK_FALSE(ScreeningDialogs::openGrades(*context, id, &parent));
        CHECK_FALSE(ScreeningDialogs::openBehaviour(*context, id, &parent));
    }
    SECTION("a teacher of another class: none")
    {
        auto context = f.context(sessionFor(f.t, Role::Teacher, {}));
        CHECK_FALSE(ScreeningDialogs::openForm(*context, id, &parent));
        CHECK_FALSE(ScreeningDialogs::openAttendance(*context, id, &parent));
    }
    SECTION("the class's teacher: all")
    {
        auto context = f.context(f.teacher);
        for (auto open : {&ScreeningDialogs::openForm, &ScreeningDialogs::openAttendance, &ScreeningDialogs::openGrades,
                          &ScreeningDialogs::openBehaviour}) {
            QDialog *dialog = open(*context, id, &parent);
            CHECK(dialog);
            delete dialog;
        }
    }
}
