// Hidden: the risk screens as pictures, for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[.screenshots][risk]"
#include "riskguitest.h"
#include "studentguitest.h"

#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "risk/riskoverviewdialog.h"
#include "risk/riskrulesdialog.h"
#include "risk/studentriskpanel.h"
#include "risk/thresholdtable.h"
#include "risk/worklistdialog.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDoubleSpinBox>
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

} // namespace

TEST_CASE("Screenshots of the risk screens", "[.screenshots][risk]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    installBundledThaiFont();
    RiskGuiFixture f;
    const QString thanakorn = f.addStudent(QStringLiteral("ธนากร"), 1);
    f.setAbsence(thanakorn, 4, QDate(2025, 5, 19));  // at risk
    f.setAbsence(thanakorn, 9, QDate(2025, 5, 26));  // problem
    f.setAbsence(thanakorn, 5, QDate(2025, 5, 30));  // at risk again
    f.addSeriousIncident(thanakorn, QDate(2025, 6, 2));
    const QStringList names{QStringLiteral("กมลชนก"), QStringLiteral("ณัฐวุฒิ"), QStringLiteral("พิมพ์ชนก"),
                            QStringLiteral("วรเมธ"), QStringLiteral("ศุภกร"), QStringLiteral("อรอุมา")};
    const int absences[] = {0, 4, 2, 8, 3, 5};
    for (int i = 0; i < names.size(); ++i) {
        const QString id = f.addStudent(names.at(i), i + 2);
        if (absences[i] > 0)
            f.setAbsence(id, absences[i], QDate(2025, 5, 20 + i));
    }
    for (int i = 0; i < 3; ++i)
        f.setAbsence(f.addStudent(QStringLiteral("นักเรียน%1").arg(i + 1), i + 1, f.otherClassroomId), 3 * i + 2);

    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        const QString suffix = languageCode(language);
        auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
        {
            StudentProfileView profile(*counsellor);
            profile.resize(900, 1000);
            profile.show();
            profile.showStudent(thanakorn);
            auto *scroll = profile.findChild<QScrollArea *>();
            auto *panel = profile.findChild<StudentRiskPanel *>();
            QTest::qWait(50);
            scroll->ensureWidgetVisible(panel, 0, 0);
            scroll->verticalScrollBar()->setValue(panel->y());
            saveShot(profile, QStringLiteral("risk_panel_") + suffix);
            profile.resize(460, 1000);  // the profile pane of the main window
            QTest::qWait(50);
            scroll->verticalScrollBar()->setValue(panel->y());
            saveShot(profile, QStringLiteral("risk_panel_narrow_") + suffix);
        }
        {
            RiskOverviewDialog overview(*counsellor);
            overview.show();
            overview.setScope(f.t.yearId, f.t.schoolId, {});
            overview.waitForLoaded();
            saveShot(overview, QStringLiteral("risk_overview_") + suffix);
        }
        {
            WorklistDialog worklists(*counsellor);
            worklists.show();
            saveShot(worklists, QStringLiteral("risk_worklists_") + suffix);
        }
        {
            auto admin = f.context(f.t.admin);
            RiskRulesDialog rules(*admin);
            rules.show();
            rules.thresholds()->thresholdBox(QStringLiteral("absence_rate"), RiskLevel::AtRisk)->setValue(7.0);
            rules.preview();
            REQUIRE(rules.waitForPreview());
            saveShot(rules, QStringLiteral("risk_rules_") + suffix);
        }
    }
    applyUiLanguage(Language::English, false);
}
