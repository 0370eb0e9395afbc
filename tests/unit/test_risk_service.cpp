// RiskService: who may recompute, read reasons and lists; the worklists;
// what-if counts; activating a rule set.
#include "accessfixture.h"
#include "riskfixture.h"
#include "rowcounts.h"

#include "risk/rulesetloader.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace care;
using namespace care::test;

namespace {

// The default rules with other attendance thresholds, as a municipality would edit them.
RuleSet attendanceRules(const QString &version, double atRisk, double problem = 0.20)
{
    QJsonObject body = QJsonDocument::fromJson(RuleSetLoader::shipped().body).object();
    body.insert(QStringLiteral("version"), version);
    QJsonObject domains = body.value(QStringLiteral("domains")).toObject();
    QJsonArray attendance = domains.value(QStringLiteral("attendance")).toArray();
    QJsonObject rule = attendance.at(0).toObject();
    rule.insert(QStringLiteral("at_risk"), atRisk);
    rule.insert(QStringLiteral("problem"), problem);
    attendance[0] = rule;
    domains.insert(QStringLiteral("attendance"), attendance);
    body.insert(QStringLiteral("domains"), domains);
    auto rules = RuleSetLoader::fromJson(QJsonDocument(body).toJson(), QStringLiteral("edited.json"));
    REQUIRE(rules.ok());
    return rules.value();
}

QStringList idsOf(const Result<QList<RiskListRow>> &rows)
{
    INFO(errorText(rows));
    REQUIRE(rows.ok());
    QStringList ids;
    for (const RiskListRow &row : rows.value())
        ids << row.studentId;
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

}  // namespace

TEST_CASE("Risk service: recompute, reasons and lists follow the permission matrix", "[risk][service]")
{
    RiskFixture f;
    const OtherSchool other = addOtherSchool(f.t);
    const Session otherDirector = userAt(f.t, Role::Director, other.schoolId);
    const QString here = f.addStudent(QStringLiteral("ที่นี่"));
    StudentRecord elsewhere = makeStudentRecord(f.t, QStringLiteral("ที่อื่น"), QStringLiteral("ไกล"), nationalIdFor(8801));
    elsewhere.student.schoolId = other.schoolId;
    elsewhere.classroomId = other.classroomId;
    const QString there = createStudent(*f.t.db, otherDirector, elsewhere);
    f.setAttendance(here, 0, 50, 8);
    f.setAttendance(there, 0, 50, 8);
    RiskService risk(*f.t.db, f.clock);

    const Session teacher = sessionFor(f.t, Role::Teacher, {f.t.classroomId});
    const Session counsellor = sessionFor(f.t, Role::Counsellor);
    CHECK_FALSE(risk.recomputeAll(teacher).ok());
    auto own = risk.recomputeAll(counsellor);
    INFO(errorText(own));
    REQUIRE(own.ok());
    CHECK(own->students == 1);  // only the counsellor's school
    CHECK(f.currentLevel(here) == QStringLiteral("at_risk"));
    CHECK(f.currentLevel(there) == QStringLiteral("none"));
    auto all = risk.recomputeAll(f.t.admin);
    REQUIRE(all.ok());
    CHECK(all->students == 2);
    CHECK(all->changed == 1);
    CHECK(all->ruleSetVersion == QStringLiteral("care-default@1"));
    CHECK(f.currentLevel(there) == QStringLiteral("at_risk"));

    // Reasons: the teacher of the class may read them, audited; others may not.
    auto explained = risk.explain(teacher, here);
    INFO(errorText(explained));
    REQUIRE(explained.ok());
    CHECK(explained->assessed);
    CHECK(explained->overall == RiskLevel::AtRisk);
    CHECK(explained->domains.size() == 8);
    CHECK(explained->domains.first().reasons.value(0).contains(QStringLiteral("8 of 50")));
    CHECK(auditTrail(*f.t.db, here).contains(QStringLiteral("view/risk/")));
    CHECK_FALSE(risk.explain(userAt(f.t, Role::Teacher, other.schoolId, {other.classroomId}), here).ok());
    CHECK_FALSE(risk.explain(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}), here).ok());
    CHECK_FALSE(risk.explain(otherDirector, here).ok());
    auto history = risk.history(counsellor, here);
    REQUIRE(history.ok());
    CHECK(history->size() == 1);
    CHECK(history->first().outcome.overall == RiskLevel::AtRisk);

    // Lists: within the list scope; the administrator sees no child's level.
    CHECK(idsOf(risk.list(teacher, {})) == QStringList{here});
    CHECK(idsOf(risk.list(otherDirector, {})) == QStringList{there});
    CHECK(idsOf(risk.list(counsellor, RiskListFilter{RiskLevel::Problem, {}})).isEmpty());
    CHECK_FALSE(risk.list(f.t.admin, {}).ok());
    CHECK_FALSE(risk.list(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}), {}).ok());
}

TEST_CASE("Risk service: worklists of newly flagged, rising and uncared-for students", "[risk][service]")
{
    RiskFixture f;
    RiskService risk(*f.t.db, f.clock);
    const Session counsellor = sessionFor(f.t, Role::Counsellor);
    const QString early = f.addStudent(QStringLiteral("ก่อน"));
    const QString later = f.addStudent(QStringLiteral("หลัง"));
    f.setAttendance(early, 0, 50, 6);  // 12%: at risk from the first day
    f.recompute(early);
    f.recompute(later);
    f.clock.set(QDateTime(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC));
    f.addIncident(later, QDate(2025, 6, 30), QStringLiteral("serious"), QStringLiteral("weapon"));
    f.recompute(later);
    CHECK(f.currentLevel(later) == QStringLiteral("problem"));

    CHECK(idsOf(risk.newlyFlagged(counsellor, QDate(2025, 6, 15))) == QStringList{later});
    CHECK(idsOf(risk.newlyFlagged(counsellor, QDate(2025, 6, 1))) == sorted({early, later}));
    CHECK(idsOf(risk.newlyFlagged(counsellor, QDate(2025, 7, 2))).isEmpty());
    CHECK_FALSE(risk.newlyFlagged(counsellor, QDate()).ok());
    CHECK(idsOf(risk.withoutOpenCase(counsellor)) == sorted({early, later}));

    // Term 2: the early one gets worse, the later one's incident is last term's.
    f.clock.set(QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC));
    f.setAttendance(early, 1, 25, 8);
    f.recompute(early);
    f.recompute(later);
    CHECK(f.currentLevel(early) == QStringLiteral("problem"));
    CHECK(f.currentLevel(later) == QStringLiteral("normal"));
    const auto rose = risk.roseSinceLastTerm(counsellor);
    CHECK(idsOf(rose) == QStringList{early});
    CHECK(rose->first().before == RiskLevel::AtRisk);
    CHECK(idsOf(risk.withoutOpenCase(counsellor)) == QStringList{early});
}

TEST_CASE("Risk service: what-if counts students moving between levels per school and writes nothing",
          "[risk][service]")
{
    RiskFixture f;
    const OtherSchool other = addOtherSchool(f.t);
    const Session otherDirector = userAt(f.t, Role::Director, other.schoolId);
    // Days absent of 50: 0%, 2%, 8%, 12%, 22%.
    for (int absent : {0, 1, 4, 6, 11})
        f.setAttendance(f.addStudent(QStringLiteral("ขาด%1").arg(absent)), 0, 50, absent);
    StudentRecord elsewhere = makeStudentRecord(f.t, QStringLiteral("ไกล"), QStringLiteral("บ้าน"), nationalIdFor(8802));
    elsewhere.student.schoolId = other.schoolId;
    elsewhere.classroomId = other.classroomId;
    const QString there = createStudent(*f.t.db, otherDirector, elsewhere);
    f.setAttendance(there, 0, 50, 4);  // 8%
    RiskService risk(*f.t.db, f.clock);
    REQUIRE(risk.recomputeAll(f.t.admin).ok());
    const QStringList tables{QStringLiteral("risk_assessment"), QStringLiteral("risk_current"),
                             QStringLiteral("rule_set"), QStringLiteral("change_log")};
    const auto before = rowCounts(*f.t.db, tables);

    // At risk from 5% instead of 10%.
    const RuleSet stricter = attendanceRules(QStringLiteral("2"), 0.05);
    CHECK_FALSE(risk.whatIf(sessionFor(f.t, Role::Counsellor), stricter).ok());
    auto result = risk.whatIf(f.t.admin, stricter);
    INFO(errorText(result));
    REQUIRE(result.ok());
    CHECK(result->currentVersion == QStringLiteral("care-default@1"));
    CHECK(result->candidateVersion == QStringLiteral("care-default@2"));
    REQUIRE(result->schools.size() == 2);
    const LevelShift &fixture = result->schools.at(0).schoolCode == QStringLiteral("40010001") ? result->schools.at(0)
                                                                                               : result->schools.at(1);
    const LevelShift &second = &fixture == &result->schools.at(0) ? result->schools.at(1) : result->schools.at(0);
    // Counts of a school from 1 to 4 are only "fewer than 5", and its totals
    // then say only whether they reach 5 (they would give a small count away).
    const ShownCount fewer = ShownCount::small(1);
    CHECK(fixture.students == ShownCount::ranged(5));
    CHECK(fixture.students.text() == QStringLiteral("5 or more"));
    CHECK(fixture.counts[0][0] == fewer);  // 0% and 2% stay normal: 2
    CHECK(fixture.counts[0][0].text() == QStringLiteral("fewer than 5"));
    CHECK(fixture.counts[0][1] == fewer);  // 8%: normal → at risk: 1
    CHECK(fixture.counts[0][2].isZero());
    CHECK(fixture.counts[1][1] == fewer);  // 12%
    CHECK(fixture.counts[2][2] == fewer);  // 22%
    CHECK(fixture.moved == fewer);
    CHECK(second.students == fewer);
    CHECK(second.counts[0][1] == fewer);  // 8% there too
    for (const LevelShift &school : result->schools)
        for (const auto &row : school.counts)
            for (const ShownCount &count : row)
                CHECK((count.isZero() || !count.isExact() || count.value() >= 5));
    // All schools together: exact.
    CHECK(result->total.students == ShownCount::exact(6));
    CHECK(result->total.moved == ShownCount::exact(2));
    CHECK(result->total.counts[0][1] == ShownCount::exact(2));
    CHECK(rowCounts(*f.t.db, tables) == before);
    auto officer = risk.whatIf(sessionFor(f.t, Role::MunicipalOfficer), stricter);
    CHECK(officer.ok());
}

TEST_CASE("Risk service: activating a rule set is audited, versioned and recomputes", "[risk][service]")
{
    RiskFixture f;
    const QString student = f.addStudent(QStringLiteral("แปดเปอร์เซ็นต์"));
    f.setAttendance(student, 0, 50, 4);  // 8%
    RiskService risk(*f.t.db, f.clock);
    REQUIRE(risk.recomputeAll(f.t.admin).ok());
    CHECK(f.currentLevel(student) == QStringLiteral("none"));
    auto shipped = risk.activeRules(f.t.admin);
    REQUIRE(shipped.ok());
    CHECK(shipped->shipped);

    const RuleSet stricter = attendanceRules(QStringLiteral("2"), 0.05);
    CHECK_FALSE(risk.activate(sessionFor(f.t, Role::Counsellor), stricter).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM rule_set")) == 0);
    auto activated = risk.activate(f.t.admin, stricter);
    INFO(errorText(activated));
    REQUIRE(activated.ok());
    CHECK(activated->changed == 1);
    CHECK(f.currentLevel(student) == QStringLiteral("at_risk"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_assessment WHERE rule_set_version = 'care-default@2'"))
          == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'update' AND entity = 'rule_set'"))
          == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'rule_set'")) == 1);
    auto active = risk.activeRules(sessionFor(f.t, Role::Counsellor));
    REQUIRE(active.ok());
    CHECK_FALSE(active->shipped);
    CHECK(active->rules.versionTag() == QStringLiteral("care-default@2"));

    // Same version again, or the same version with other thresholds: refused.
    CHECK_FALSE(risk.activate(f.t.admin, stricter).ok());
    auto changedSameVersion = risk.activate(f.t.admin, attendanceRules(QStringLiteral("2"), 0.07));
    REQUIRE_FALSE(changedSameVersion.ok());
    CHECK(changedSameVersion.error().field == QStringLiteral("version"));
    CHECK_FALSE(risk.activate(f.t.admin, attendanceRules(QStringLiteral("1"), 0.07)).ok());  // the shipped version
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM rule_set")) == 1);

    // Back to the shipped default.
    auto back = risk.activate(f.t.admin, RuleSetLoader::shipped());
    REQUIRE(back.ok());
    CHECK(f.currentLevel(student) == QStringLiteral("normal"));
}

TEST_CASE("Risk service: a household change recomputes its students, and a flagged student can be deleted",
          "[risk][service]")
{
    RiskFixture f;
    const QString student = f.addStudent(QStringLiteral("บ้านใหม่"), household(4, 20000, LivingArrangement::BothParents));
    f.recompute(student);
    CHECK(f.currentLevel(student) == QStringLiteral("none"));
    StudentService students(*f.t.db, testClock());
    auto record = students.load(f.director, student);
    REQUIRE(record.ok());
    // A sibling in the same household.
    StudentRecord siblingRecord
            = makeStudentRecord(f.t, QStringLiteral("น้อง"), QStringLiteral("บ้านใหม่"), nationalIdFor(9901));
    siblingRecord.household = record->household;
    auto sibling = students.create(siblingRecord, f.director);
    INFO(errorText(sibling));
    REQUIRE(sibling.ok());
    CHECK(f.currentLevel(sibling.value()) == QStringLiteral("none"));

    // The household edited through the student service, nothing else.
    StudentRecord changed = record.value();
    changed.household->monthlyIncomeBaht = 5000;
    changed.household->livingArrangement = LivingArrangement::Relatives;
    const Status updated = students.update(changed, f.director);
    INFO(errorText(updated));
    REQUIRE(updated.ok());
    // 1,250 baht each: the economic domain is a problem; with the family
    // domain at risk (relatives), the shipped rules put the child at risk,
    // and the sibling too: the same write recomputed both.
    CHECK(f.currentLevel(student) == QStringLiteral("at_risk"));
    CHECK(f.currentLevel(sibling.value()) == QStringLiteral("at_risk"));
    auto explained = RiskService(*f.t.db, f.clock).explain(f.director, student);
    REQUIRE(explained.ok());
    for (const DomainExplanation &domain : explained->domains) {
        if (domain.domain == RiskDomain::Economic)
            CHECK(domain.level == RiskLevel::Problem);
        if (domain.domain == RiskDomain::Family)
            CHECK(domain.level == RiskLevel::AtRisk);
    }

    const Status removed = students.remove(student, f.director);
    INFO((removed.ok() ? std::string() : removed.error().describe().toStdString()));
    REQUIRE(removed.ok());
    CHECK(f.historyRows(student) == 0);
    CHECK(f.currentLevel(student) == QStringLiteral("none"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'risk_assessment' AND operation = "
                                 "'delete'"))
          == 1);
}
