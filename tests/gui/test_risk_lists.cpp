// The risk overview and the worklists: what they list, their filters, Thai
// name order, and that Enter or a double-click opens the student.
#include "riskguitest.h"
#include "studentguitest.h"

#include "mainwindow/mainwindow.h"
#include "privacy/dayedit.h"
#include "risk/riskactions.h"
#include "risk/riskitems.h"
#include "risk/risklevelstyle.h"
#include "risk/riskoverviewdialog.h"
#include "risk/riskoverviewtable.h"
#include "risk/worklistdialog.h"
#include "risk/worklisttable.h"
#include "services/auditservice.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

// As the lists show a student of the fixture: prefix, first name, family name.
QString name(const QString &firstName) { return QStringLiteral("ด.ช.") + firstName + QStringLiteral(" มั่นคง"); }

QStringList column(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}

void choose(QWidget &dialog, const QString &comboName, const QVariant &data)
{
    auto *combo = child<QComboBox>(dialog, comboName);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    if (auto *overview = qobject_cast<RiskOverviewDialog *>(&dialog))
        REQUIRE(overview->waitForLoaded());
}

// Enter on `row` of the view, as a user moves there and presses it.
void pressEnterOn(QTableView *table, int row)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
}

struct ListsFixture : RiskGuiFixture {
    // ป.4/1: เกศินี no. 2 (problem), ขวัญใจ no. 1 (at risk), จันทร์เพ็ญ no. 3 (normal); ป.4/2: ดารา no. 1 (problem).
    QString kesinee = addStudent(QStringLiteral("เกศินี"), 2);
    QString kwanjai = addStudent(QStringLiteral("ขวัญใจ"), 1);
    QString chanpen = addStudent(QStringLiteral("จันทร์เพ็ญ"), 3);
    QString dara = addStudent(QStringLiteral("ดารา"), 1, otherClassroomId);

    ListsFixture()
    {
        setAbsence(kwanjai, 4, QDate(2025, 5, 20));  // at risk since 20 May
        setAbsence(kesinee, 8, QDate(2025, 6, 1));   // problem since 1 June
        setAbsence(dara, 9, QDate(2025, 5, 21));     // problem since 21 May
    }
};

} // namespace

TEST_CASE("the risk overview lists the school with levels coloured and named, and filters", "[gui][risk][overview]")
{
    const LanguageGuard english(Language::English);
    ListsFixture f;
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    RiskOverviewDialog dialog(*counsellor);
    dialog.show();
    dialog.setScope(f.t.yearId, f.t.schoolId, {});
    REQUIRE(dialog.waitForLoaded());  // read off the GUI thread
    QTableView *table = dialog.table();
    REQUIRE(table->model()->rowCount() == 4);
    CHECK(dialog.summaryText().endsWith(QStringLiteral(": 2 problem, 1 at risk, 1 normal")));  // "4 students" comes from the catalogue
    // Register order: class, then number.
    CHECK(column(table, RiskOverviewTable::NameColumn)
          == QStringList({name(QStringLiteral("ขวัญใจ")), name(QStringLiteral("เกศินี")),
                          name(QStringLiteral("จันทร์เพ็ญ")), name(QStringLiteral("ดารา"))}));
    CHECK(column(table, RiskOverviewTable::OverallColumn)
          == QStringList({QStringLiteral("At risk"), QStringLiteral("Problem"), QStringLiteral("Normal"),
                          QStringLiteral("Problem")}));
    const QModelIndex problem = table->model()->index(1, RiskOverviewTable::OverallColumn);
    CHECK(problem.data(Qt::BackgroundRole).value<QBrush>().color() == risklevelstyle::background(RiskLevel::Problem));
    CHECK(table->model()->index(1, RiskOverviewTable::domainColumn(RiskDomain::Attendance)).data().toString()
          == QStringLiteral("Problem"));
    CHECK(table->model()->index(1, RiskOverviewTable::domainColumn(RiskDomain::Emotional)).data().toString()
          == QStringLiteral("Normal"));
    // Core opened each student's sealed levels and recorded the view in their audit trail.
    auto views = AuditService(*f.t.db, testClock()).viewsOf(f.director, f.dara);
    REQUIRE(views.ok());
    CHECK(std::count_if(views->cbegin(), views->cend(), [](const AuditEvent &e) {
              return e.section == QStringLiteral("risk") && e.summary == QStringLiteral("risk overview");
          }) >= 1);

    SECTION("names sort in Thai dictionary order, not by code point")
    {
        table->sortByColumn(RiskOverviewTable::NameColumn, Qt::AscendingOrder);
        // เกศินี files under ก: before ขวัญใจ, although เ has the higher code point.
        CHECK(column(table, RiskOverviewTable::NameColumn).first() == name(QStringLiteral("เกศินี")));
        table->sortByColumn(RiskOverviewTable::OverallColumn, Qt::DescendingOrder);
        CHECK(column(table, RiskOverviewTable::OverallColumn).first() == QStringLiteral("Problem"));
    }
    SECTION("by classroom and by level")
    {
        choose(dialog, QStringLiteral("overviewClassroom"), f.t.classroomId);
        CHECK(table->model()->rowCount() == 3);
        choose(dialog, QStringLiteral("overviewLevel"), QStringLiteral("problem"));
        CHECK(column(table, RiskOverviewTable::NameColumn) == QStringList{name(QStringLiteral("เกศินี"))});
        choose(dialog, QStringLiteral("overviewClassroom"), QString());
        choose(dialog, QStringLiteral("overviewLevel"), QStringLiteral("flagged"));
        CHECK(table->model()->rowCount() == 3);
        choose(dialog, QStringLiteral("overviewLevel"), QStringLiteral("normal"));
        CHECK(column(table, RiskOverviewTable::NameColumn) == QStringList{name(QStringLiteral("จันทร์เพ็ญ"))});
    }
    SECTION("Enter and a double-click open the student")
    {
        QSignalSpy opened(&dialog, &RiskOverviewDialog::studentOpenRequested);
        pressEnterOn(table, 3);
        REQUIRE(opened.count() == 1);
        CHECK(opened.at(0).at(0).toString() == f.dara);
        CHECK(dialog.isVisible());  // Enter opened the student, it did not close the list
        const QRect cell = table->visualRect(table->model()->index(0, RiskOverviewTable::NameColumn));
        // A double-click as the window system delivers it: press, release, double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(opened.count() == 2);
        CHECK(opened.at(1).at(0).toString() == f.kwanjai);
    }
}

TEST_CASE("a teacher's overview holds their own class only", "[gui][risk][overview][permissions]")
{
    const LanguageGuard english(Language::English);
    ListsFixture f;
    auto teacher = f.context(sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
    RiskOverviewDialog dialog(*teacher);
    dialog.setScope(f.t.yearId, {}, {});
    REQUIRE(dialog.waitForLoaded());
    CHECK(dialog.table()->model()->rowCount() == 3);
    CHECK_FALSE(column(dialog.table(), RiskOverviewTable::NameColumn).contains(name(QStringLiteral("ดารา"))));
    auto *classrooms = child<QComboBox>(dialog, QStringLiteral("overviewClassroom"));
    CHECK(classrooms->count() == 2);  // all (of theirs) and ป.4/1
    CHECK(classrooms->findData(f.otherClassroomId) < 0);
}

TEST_CASE("the risk overview is refused to a role that may not see risk levels", "[gui][risk][overview][permissions]")
{
    const LanguageGuard english(Language::English);
    ListsFixture f;
    auto visitor = f.context(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
    RiskOverviewDialog dialog(*visitor);
    dialog.show();
    REQUIRE(dialog.waitForLoaded());
    CHECK(dialog.table()->model()->rowCount() == 0);
    CHECK(child<QLabel>(dialog, QStringLiteral("overviewProblem"))->isVisible());
}

TEST_CASE("the worklists: newly flagged since a date, no open case, level rose", "[gui][risk][worklists]")
{
    const LanguageGuard english(Language::English);
    ListsFixture f;
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    WorklistDialog dialog(*counsellor);
    dialog.show();
    // Since 3 May (a month back): all three flagged students, problems first.
    QTableView *newly = dialog.table(WorklistDialog::NewlyFlagged);
    CHECK(column(newly, WorklistTable::LevelColumn)
          == QStringList({QStringLiteral("Problem"), QStringLiteral("Problem"), QStringLiteral("At risk")}));
    CHECK(column(newly, WorklistTable::BeforeColumn).count(QStringLiteral("Normal")) == 3);
    CHECK(dialog.table(WorklistDialog::WithoutOpenCase)->model()->rowCount() == 3);
    CHECK(dialog.table(WorklistDialog::RoseSinceLastTerm)->model()->rowCount() == 3);
    CHECK(dialog.table(WorklistDialog::WithoutOpenCase)->isColumnHidden(WorklistTable::BeforeColumn));

    retype(dialog.sinceEdit(), QStringLiteral("25/5/2025"));
    QTest::keyClick(dialog.sinceEdit(), Qt::Key_Return);
    REQUIRE(dialog.isVisible());
    CHECK(column(newly, WorklistTable::NameColumn) == QStringList{name(QStringLiteral("เกศินี"))});
    CHECK(column(newly, WorklistTable::SinceColumn) == QStringList{QStringLiteral("1 Jun 2025")});

    SECTION("Enter opens the student")
    {
        QSignalSpy opened(&dialog, &WorklistDialog::studentOpenRequested);
        pressEnterOn(newly, 0);
        REQUIRE(opened.count() == 1);
        CHECK(opened.at(0).at(0).toString() == f.kesinee);
    }
    SECTION("a date that cannot be read is said so, naming it")
    {
        retype(dialog.sinceEdit(), QStringLiteral("31/2/2025"));
        QTest::mouseClick(dialog.showButton(), Qt::LeftButton);
        CHECK(newly->model()->rowCount() == 0);
        CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("worklistNewlyFlaggedCount"))->text().isEmpty());
    }
}

TEST_CASE("a worklist opens the student in the main window's profile", "[gui][risk][worklists][actions]")
{
    QStandardPaths::setTestModeEnabled(true);
    const LanguageGuard english(Language::English);
    ListsFixture f;
    MainWindow window;
    window.setClock(testClock());
    window.setDatabase(f.t.db, sessionFor(f.t, Role::Counsellor));
    auto *actions = window.findChild<RiskActions *>();
    REQUIRE(actions);
    REQUIRE(actions->worklists->isVisible());
    actions->worklists->trigger();
    auto *dialog = qobject_cast<WorklistDialog *>(actions->lastDialog());
    REQUIRE(dialog);
    QSignalSpy activated(&window, &MainWindow::studentActivated);
    pressEnterOn(dialog->table(WorklistDialog::RoseSinceLastTerm), 2);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == f.kwanjai);
    auto *profile = qobject_cast<StudentProfileView *>(window.profileWidget());
    REQUIRE(profile);
    CHECK(profile->studentId() == f.kwanjai);
}
