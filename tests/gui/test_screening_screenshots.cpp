// Hidden: the screening screens as pictures, for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[.screenshots]"
#include "screeningguitest.h"
#include "studentguitest.h"

#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "screening/attendancedialog.h"
#include "screening/classgriddialog.h"
#include "screening/classgridmodel.h"
#include "screening/classgridview.h"
#include "screening/gradesdialog.h"
#include "screening/incidentdialog.h"
#include "screening/screeninganswersheet.h"
#include "screening/screeningformdialog.h"
#include "services/indicatorservice.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

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

}  // namespace

TEST_CASE("Screenshots of the screening screens", "[.screenshots]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    installBundledThaiFont();
    ScreeningFixture f;
    const QStringList ids = f.addStudents(12);
    // A few earlier results for the profile's history.
    ScreeningService service(*f.t.db, testClock());
    for (int k = 0; k < 2; ++k) {
        ScreeningEntry entry;
        entry.studentId = ids.first();
        entry.instrumentId = QStringLiteral("sdq-teacher-4-17");
        entry.screenedOn = testClock().today().addDays(-30 * (k + 1));
        for (int i = 1; i <= 25; ++i)
            entry.answers.items << ((i * (k + 2)) % 3);
        REQUIRE(service.record(f.teacher, entry).ok());
    }
    BehaviourIncident incident{{},
                               ids.first(),
                               QDate(2025, 5, 27),
                               BehaviourKind::Bullying,
                               Severity::Serious,
                               QStringLiteral("แกล้งเพื่อนในห้องเรียน"),
                               {},
                               {}};
    REQUIRE(IndicatorService(*f.t.db, testClock()).addIncident(f.teacher, incident).ok());

    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        const QString suffix = languageCode(language);
        auto context = f.context(f.teacher);
        {
            ClassGridDialog grid(*context, f.t.yearId, f.t.classroomId);
            grid.resize(1500, 620);
            grid.show();
            REQUIRE(grid.openSheet());
            ClassGridView *view = grid.view();
            // Eight students typed, one with a few answers marked missing, the ninth half-way.
            for (int s = 0; s < 9; ++s)
                for (int i = 0; i < (s == 8 ? 11 : 25); ++i) {
                    if (s == 3 && i % 6 == 2)
                        QTest::keyClick(view, Qt::Key_Minus);
                    else
                        QTest::keyClick(view, Qt::Key(Qt::Key_0 + (s * 5 + i * (s % 4 + 1)) % 3));
                }
            saveShot(grid, QStringLiteral("class_grid_") + suffix);
            QApplication::setActiveWindow(&grid);  // Ctrl+S is a window shortcut
            QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
            REQUIRE_FALSE(grid.model()->isDirty());
            saveShot(grid, QStringLiteral("class_grid_saved_") + suffix);
            QTest::keyClick(view, Qt::Key_1);  // a later answer: unsaved again
            saveShot(grid, QStringLiteral("class_grid_edited_") + suffix);
            grid.setUnsavedPrompt([](QWidget *, const QString &) { return UnsavedChoice::Discard; });
        }
        {
            ScreeningFormDialog form(*context, ids.at(1));
            form.resize(1150, 780);
            form.show();
            form.sheet()->focusFirst();
            for (int i = 0; i < 25; ++i)
                if (QWidget *focused = form.focusWidget())
                    QTest::keyClick(focused, Qt::Key(Qt::Key_0 + (i * 2 + 1) % 3));
            saveShot(form, QStringLiteral("screening_form_") + suffix);
            form.setInstrument(QStringLiteral("sdq-self-11-17"));
            saveShot(form, QStringLiteral("screening_form_age_") + suffix);
            form.setUnsavedPrompt([](QWidget *, const QString &) { return UnsavedChoice::Discard; });
        }
        {
            StudentProfileView profile(*context);
            profile.resize(1000, 1100);
            profile.show();
            profile.showStudent(ids.first());
            auto *scroll = profile.findChild<QScrollArea *>();
            QTest::qWait(50);
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            saveShot(profile, QStringLiteral("profile_screening_") + suffix);
        }
        {
            AttendanceDialog attendance(*context, ids.first());
            attendance.show();
            saveShot(attendance, QStringLiteral("attendance_") + suffix);
            GradesDialog grades(*context, ids.first());
            grades.show();
            saveShot(grades, QStringLiteral("grades_") + suffix);
            IncidentDialog incidentDialog(*context, ids.first());
            incidentDialog.show();
            saveShot(incidentDialog, QStringLiteral("incident_") + suffix);
        }
    }
    applyUiLanguage(Language::English, false);
}
