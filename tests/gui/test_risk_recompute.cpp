// The full recompute runs on a worker thread with progress and Cancel; the
// menu entries of the risk screens follow the signed-in role.
#include "riskguitest.h"
#include "studentguitest.h"

#include "mainwindow/mainwindow.h"
#include "risk/recomputedialog.h"
#include "risk/riskactions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace care;
using namespace care::test;
using namespace care::ui;

TEST_CASE("a full recompute reports what it did", "[gui][risk][recompute]")
{
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    const QString id = f.addStudent(QStringLiteral("ปกรณ์"), 1);
    f.addStudent(QStringLiteral("ศิริ"), 2);
    // Attendance written past the services (as an import of old data could): not recomputed yet.
    {
        WriteScope scope(*f.t.db, Actor::system(QStringLiteral("test")), testClock());
        QSqlQuery q(scope.connection());
        q.prepare(QStringLiteral("INSERT INTO attendance_record(id, student_id, term_id, days_enrolled, days_absent, "
                                 "days_late) VALUES (?, ?, ?, 40, 8, 0)"));
        for (const QVariant &v : QVariantList{scope.makeId(), id, f.t.termIds[0]})
            q.addBindValue(v);
        REQUIRE(q.exec());
        REQUIRE(scope.commit());
    }
    REQUIRE(f.currentLevel(id) == QStringLiteral("none"));
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    RecomputeDialog dialog(*counsellor);
    dialog.show();  // starts by itself
    REQUIRE(dialog.waitForFinished());
    INFO(dialog.resultText().toStdString());
    CHECK(dialog.resultText().startsWith(QStringLiteral("Done: 2 student")));  // plural from the catalogue
    CHECK(dialog.resultText().endsWith(QStringLiteral("recomputed; the level changed for 1. Rules: care-default@1.")));
    CHECK(f.currentLevel(id) == QStringLiteral("problem"));
    CHECK(child<QPushButton>(dialog, QStringLiteral("closeRecompute"))->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("cancelRecompute"))->isVisible());
}

TEST_CASE("the recompute shows progress while the window stays live, and Cancel stops it", "[gui][risk][recompute]")
{
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    auto admin = f.context(f.t.admin);
    std::atomic_int reports = 0;
    RecomputeDialog dialog(
        *admin,
        [&reports](const RiskProgress &progress) {
            // Half done, then it waits for Cancel the way a long batch run would.
            int done = 0;
            while (progress(done, 1000)) {
                done = qMin(done + 50, 500);
                ++reports;
                QThread::msleep(2);
            }
            RecomputeSummary summary;
            summary.students = done;
            summary.cancelled = true;
            return Result<RecomputeSummary>(summary);
        },
        QStringLiteral("Testing"));
    dialog.show();
    auto *bar = child<QProgressBar>(dialog, QStringLiteral("recomputeProgress"));
    // The progress arrives on the GUI thread while the work goes on elsewhere.
    REQUIRE(QTest::qWaitFor([bar] { return bar->value() == 500; }, 30000));
    CHECK(dialog.isRunning());
    CHECK(bar->maximum() == 1000);
    CHECK(bar->format() == QStringLiteral("500 of 1,000 students"));

    SECTION("Cancel")
    {
        auto *cancel = child<QPushButton>(dialog, QStringLiteral("cancelRecompute"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        CHECK_FALSE(cancel->isEnabled());
    }
    SECTION("Escape cancels too, and the dialog stays until the work has stopped")
    {
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.isVisible());
    }
    REQUIRE(dialog.waitForFinished());
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.resultText().startsWith(QStringLiteral("Cancelled. 500 student")));
    CHECK(dialog.resultText().endsWith(QStringLiteral("recomputed before that; their levels are kept.")));
}

TEST_CASE("the risk menu follows the role", "[gui][risk][actions][permissions]")
{
    QStandardPaths::setTestModeEnabled(true);
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    MainWindow window;
    window.setClock(testClock());
    auto *actions = window.findChild<RiskActions *>();
    REQUIRE(actions);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("riskMenu"));
    REQUIRE(menu);
    CHECK_FALSE(menu->menuAction()->isVisible());  // no database yet
    const auto shown = [actions] {
        QStringList names;
        for (QAction *a : {actions->overview, actions->worklists, actions->recompute, actions->rules})
            if (a->isVisible())
                names << a->objectName();
        return names;
    };
    const QString overview = QStringLiteral("riskOverviewAction");
    const QString worklists = QStringLiteral("riskWorklistsAction");
    const QString recompute = QStringLiteral("riskRecomputeAction");
    const QString rules = QStringLiteral("riskRulesAction");

    SECTION("teacher: overview and worklists of their classes")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
        CHECK(shown() == QStringList({overview, worklists}));
    }
    SECTION("counsellor: also recompute of the own school")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::Counsellor));
        CHECK(shown() == QStringList({overview, worklists, recompute}));
    }
    SECTION("administrator: recompute and rules, no levels")
    {
        window.setDatabase(f.t.db, f.t.admin);
        CHECK(shown() == QStringList({recompute, rules}));
    }
    SECTION("officer: levels and the what-if of rules")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::MunicipalOfficer));
        CHECK(shown() == QStringList({overview, worklists, rules}));
    }
    SECTION("visit coordinator: nothing, and no menu")
    {
        window.setDatabase(f.t.db, sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        CHECK(shown().isEmpty());
        CHECK_FALSE(menu->menuAction()->isVisible());
    }
}
