// The thresholds editor: a what-if that shows per school how many students
// would move between levels and writes nothing, then activation and
// recompute for whoever manages settings.
#include "riskguitest.h"
#include "studentguitest.h"

#include "risk/recomputedialog.h"
#include "risk/riskrulesdialog.h"
#include "risk/thresholdtable.h"
#include "risk/whatiftable.h"

#include <catch2/catch.hpp>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

struct Counts {
    int ruleSets, assessments, current;
    bool operator==(const Counts &) const = default;
};

Counts riskRows(RiskGuiFixture &f)
{
    return {f.count(QStringLiteral("rule_set")), f.count(QStringLiteral("risk_assessment")),
            f.count(QStringLiteral("risk_current"))};
}

QDoubleSpinBox *absenceAtRisk(RiskRulesDialog &dialog)
{
    QDoubleSpinBox *box = dialog.thresholds()->thresholdBox(QStringLiteral("absence_rate"), RiskLevel::AtRisk);
    REQUIRE(box);
    return box;
}

void clickPreview(RiskRulesDialog &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("previewWhatIf")), Qt::LeftButton);
    REQUIRE(dialog.waitForPreview());
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

struct RulesFixture : RiskGuiFixture {
    QString nearly = addStudent(QStringLiteral("ภูมิ"), 1);   // 3 of 40 absent: 7.5%, normal
    QString atRisk = addStudent(QStringLiteral("ปิยะ"), 2);   // 4 of 40: 10%, at risk
    QString problem = addStudent(QStringLiteral("วีระ"), 3);  // 8 of 40: 20%, problem

    RulesFixture()
    {
        setAbsence(nearly, 3);
        setAbsence(atRisk, 4);
        setAbsence(problem, 8);
    }
};

} // namespace

TEST_CASE("a lower absence threshold: the what-if counts who would move, and nothing is saved before Activate",
          "[gui][risk][rules][whatif]")
{
    const LanguageGuard english(Language::English);
    RulesFixture f;
    auto admin = f.context(f.t.admin);
    RiskRulesDialog dialog(*admin);
    int asked = 0;
    dialog.setConfirmation([&asked](QWidget *, const QString &, const QString &) { return ++asked > 0; });
    dialog.show();
    CHECK(child<QLabel>(dialog, QStringLiteral("rulesInForce"))->text().contains(QStringLiteral("version 1 (as shipped")));
    CHECK(absenceAtRisk(dialog)->value() == 10.0);  // shown in percent
    CHECK(dialog.versionEdit()->text() == QStringLiteral("2"));
    CHECK_FALSE(dialog.activateButton()->isEnabled());  // nothing previewed yet

    absenceAtRisk(dialog)->setValue(5.0);
    const Counts before = riskRows(f);
    const QString nearlyBefore = f.currentLevel(f.nearly);
    clickPreview(dialog);

    QTableWidget *whatIf = child<QTableWidget>(dialog, QStringLiteral("whatIfTable"));
    REQUIRE(whatIf->rowCount() == 2);  // the school, then all schools
    // A school's counts below 5 are not shown exactly; all schools together are.
    CHECK(cell(whatIf, 0, WhatIfTable::StudentsColumn) == QStringLiteral("fewer than 5"));
    CHECK(cell(whatIf, 0, WhatIfTable::MovingColumn) == QStringLiteral("fewer than 5"));
    CHECK(cell(whatIf, 0, WhatIfTable::MovesColumn) == QStringLiteral("Normal → At risk: fewer than 5"));
    CHECK(cell(whatIf, 1, WhatIfTable::StudentsColumn) == QStringLiteral("3"));
    CHECK(cell(whatIf, 1, WhatIfTable::MovesColumn) == QStringLiteral("Normal → At risk: 1"));
    CHECK(cell(whatIf, 1, WhatIfTable::SchoolColumn) == QStringLiteral("All schools"));
    const QString summary = child<QLabel>(dialog, QStringLiteral("whatIfSummary"))->text();
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("With these thresholds 1 student")));
    CHECK(summary.endsWith(QStringLiteral("would change level, of 3 assessed.")));
    // The look wrote no rules and no levels.
    CHECK(riskRows(f) == before);
    CHECK(f.currentLevel(f.nearly) == nearlyBefore);

    SECTION("Activate puts version 2 in force and recomputes")
    {
        REQUIRE(dialog.activateButton()->isEnabled());
        QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
        CHECK(asked == 1);
        RecomputeDialog *activation = dialog.activation();
        REQUIRE(activation);
        REQUIRE(activation->waitForFinished());
        INFO(activation->resultText().toStdString());
        REQUIRE(activation->outcome());
        REQUIRE(activation->outcome()->ok());
        CHECK(f.count(QStringLiteral("rule_set")) == 1);
        CHECK(f.currentLevel(f.nearly) == QStringLiteral("at_risk"));
        CHECK(child<QLabel>(dialog, QStringLiteral("rulesInForce"))->text().contains(QStringLiteral("version 2,")));
        CHECK(dialog.versionEdit()->text() == QStringLiteral("3"));
    }
    SECTION("an edit after the preview needs a new preview before Activate")
    {
        absenceAtRisk(dialog)->setValue(6.0);
        CHECK_FALSE(dialog.activateButton()->isEnabled());
        CHECK(whatIf->rowCount() == 0);
    }
}

TEST_CASE("thresholds in the wrong order are refused with the place named, and nothing is written",
          "[gui][risk][rules][whatif]")
{
    const LanguageGuard english(Language::English);
    RulesFixture f;
    auto admin = f.context(f.t.admin);
    RiskRulesDialog dialog(*admin);
    dialog.show();
    const Counts before = riskRows(f);
    absenceAtRisk(dialog)->setValue(30.0);  // above "problem from" 20%
    clickPreview(dialog);
    auto *problem = child<QLabel>(dialog, QStringLiteral("rulesProblem"));
    CHECK(problem->isVisible());
    INFO(problem->text().toStdString());
    CHECK(problem->text().contains(QStringLiteral("domains.attendance")));
    CHECK_FALSE(dialog.activateButton()->isEnabled());
    CHECK(riskRows(f) == before);

    SECTION("changed thresholds under the version in force are refused too")
    {
        absenceAtRisk(dialog)->setValue(15.0);
        retype(dialog.versionEdit(), QStringLiteral("1"));
        clickPreview(dialog);
        CHECK(problem->text().startsWith(QStringLiteral("Give the changed rules a new version")));
        CHECK(riskRows(f) == before);
    }
}

TEST_CASE("an officer sees the what-if but cannot activate rules", "[gui][risk][rules][permissions]")
{
    const LanguageGuard english(Language::English);
    RulesFixture f;
    auto officer = f.context(sessionFor(f.t, Role::MunicipalOfficer));
    RiskRulesDialog dialog(*officer);
    dialog.show();
    CHECK_FALSE(dialog.activateButton()->isVisible());
    absenceAtRisk(dialog)->setValue(5.0);
    clickPreview(dialog);
    CHECK(child<QTableWidget>(dialog, QStringLiteral("whatIfTable"))->rowCount() == 2);
    CHECK_FALSE(dialog.activateButton()->isEnabled());
    CHECK(f.count(QStringLiteral("rule_set")) == 0);
}
