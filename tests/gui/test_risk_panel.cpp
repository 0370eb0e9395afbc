// The risk panel of the student profile: levels in words and colour, the
// reasons, the rules and the timeline; shown only to whom core lets see it.
#include "riskguitest.h"
#include "studentguitest.h"

#include "risk/leveltimelinechart.h"
#include "risk/riskdomaingrid.h"
#include "risk/studentriskpanel.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QLabel>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

StudentRiskPanel *riskPanel(StudentProfileView &view) { return child<StudentRiskPanel>(view, QStringLiteral("riskPanel")); }

int auditedRiskViews(RiskGuiFixture &f)
{
    QSqlQuery q(f.t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND section = 'risk'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the risk panel shows each level in words, the reasons, the rules and a timeline", "[gui][risk][panel]")
{
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    const QString id = f.addStudent(QStringLiteral("ธนากร"), 1);
    f.setAbsence(id, 4, QDate(2025, 5, 20));   // 10%: at risk
    f.setAbsence(id, 10, QDate(2025, 5, 27));  // 25%: problem
    f.addSeriousIncident(id, QDate(2025, 6, 2));
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    StudentProfileView view(*counsellor);
    view.resize(900, 1400);
    view.show();
    const int viewsBefore = auditedRiskViews(f);
    view.showStudent(id);

    StudentRiskPanel *panel = riskPanel(view);
    REQUIRE(panel->isVisible());
    CHECK(panel->overallLabel()->text() == QStringLiteral("Problem"));
    RiskDomainGrid *domains = panel->domains();
    CHECK(domains->levelLabel(RiskDomain::Attendance)->text() == QStringLiteral("Problem"));
    CHECK(domains->levelLabel(RiskDomain::Behaviour)->text() == QStringLiteral("Problem"));
    CHECK(domains->levelLabel(RiskDomain::Academic)->text() == QStringLiteral("Normal"));
    // Colour is never alone: the level's name is the text, the colour its background.
    CHECK(domains->levelLabel(RiskDomain::Attendance)->styleSheet().contains(QStringLiteral("#f9d0cc")));
    const QString absence = domains->reasonsLabel(RiskDomain::Attendance)->text();
    INFO(absence.toStdString());
    CHECK(absence.contains(QStringLiteral("absent 10 of 40 days")));
    CHECK(absence.contains(QStringLiteral("25% ≥ 20%")));
    CHECK(domains->reasonsLabel(RiskDomain::Behaviour)->text().contains(QStringLiteral("serious behaviour incident")));
    CHECK(domains->reasonsLabel(RiskDomain::Academic)->text().isEmpty());
    CHECK(child<QLabel>(view, QStringLiteral("riskOverallReasons"))->text().contains(QStringLiteral("Attendance")));
    CHECK(child<QLabel>(view, QStringLiteral("riskRuleSet"))->text().contains(QStringLiteral("“care-default”, version 1")));

    // at risk (20 May), problem (27 May); the incident kept it a problem.
    LevelTimelineChart *timeline = panel->timeline();
    REQUIRE(timeline->isVisible());
    CHECK(timeline->pointCount() == 2);
    CHECK(timeline->levelLabels() == QStringList{QStringLiteral("Normal"), QStringLiteral("At risk"),
                                                  QStringLiteral("Problem")});
    CHECK(timeline->dateLabels().first() == QStringLiteral("20 May 2025"));
    CHECK(auditedRiskViews(f) > viewsBefore);  // reasons and history were read: audited

    SECTION("a Thai reader sees Buddhist Era years")
    {
        const LanguageGuard thai(Language::Thai);
        view.showStudent(id);
        CHECK(timeline->dateLabels().first() == QStringLiteral("20 พ.ค. 2568"));
        CHECK(domains->reasonsLabel(RiskDomain::Attendance)->text().contains(QStringLiteral("1/2568")));
    }
}

TEST_CASE("a student never flagged shows every domain normal and no timeline", "[gui][risk][panel]")
{
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    const QString id = f.addStudent(QStringLiteral("มานี"), 2);
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    StudentProfileView view(*counsellor);
    view.resize(900, 1200);
    view.show();
    view.showStudent(id);
    StudentRiskPanel *panel = riskPanel(view);
    REQUIRE(panel->isVisible());
    CHECK(panel->overallLabel()->text() == QStringLiteral("Normal"));
    CHECK(child<QLabel>(view, QStringLiteral("riskMessage"))->text() == QStringLiteral("No risk flags: every domain is normal."));
    for (RiskDomain domain : allValues<RiskDomain>())
        CHECK(panel->domains()->levelLabel(domain)->text() == QStringLiteral("Normal"));
    CHECK_FALSE(panel->timeline()->isVisible());
}

TEST_CASE("the risk panel follows the permission matrix and the teacher's classes", "[gui][risk][panel][permissions]")
{
    const LanguageGuard english(Language::English);
    RiskGuiFixture f;
    const QString own = f.addStudent(QStringLiteral("สมชาย"), 3);
    f.setAbsence(own, 8);  // 20%: problem

    SECTION("teacher of the class: levels and reasons")
    {
        auto teacher = f.context(sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
        StudentProfileView view(*teacher);
        view.show();
        view.showStudent(own);
        REQUIRE(riskPanel(view)->isVisible());
        CHECK(riskPanel(view)->overallLabel()->text() == QStringLiteral("Problem"));
    }
    SECTION("visit coordinator of the class: no risk section at all")
    {
        auto visitor = f.context(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}));
        StudentProfileView view(*visitor);
        view.show();
        view.showStudent(own);
        CHECK(child<QLabel>(view, QStringLiteral("studentName"))->text().contains(QStringLiteral("สมชาย")));
        CHECK_FALSE(riskPanel(view)->isVisible());
    }
    SECTION("administrator: no risk section (no case content by default)")
    {
        auto admin = f.context(f.t.admin);
        StudentRiskPanel panel(*admin);
        panel.show();
        panel.showStudent(own);
        CHECK_FALSE(panel.isVisible());
    }
}
