// The risk engine: each default rule on both sides of its boundary, reasons
// in words, the overall level, history kept only on change (recognised by
// fingerprint), the single-student and full recomputes agreeing, and batches
// judged ahead never recorded from out-of-date inputs.
#include "riskfixture.h"

#include "risk/riskevaluator.h"
#include "risk/riskjudgeahead.h"
#include "risk/rulesetloader.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace care;
using namespace care::test;

namespace {

const RuleSet &rules()
{
    return RuleSetLoader::shipped();
}

RiskLevel levelOf(RiskDomain domain, const RiskInputs &inputs)
{
    return RiskEvaluator::evaluate(rules(), inputs).level(domain);
}

RiskInputs attendance(int enrolled, int absent)
{
    RiskInputs in;
    in.attendance = AttendanceFacts{TermRef{2, 2568}, enrolled, absent};
    return in;
}

RiskInputs grades(std::optional<double> gpa, int failing, int incomplete = 0, int notAllowed = 0)
{
    RiskInputs in;
    in.academic = AcademicFacts{TermRef{1, 2568}, gpa, failing, incomplete, notAllowed};
    return in;
}

RiskInputs incidents(int minor, int serious)
{
    RiskInputs in;
    QStringList kinds;
    for (int i = 0; i < serious; ++i)
        kinds << QStringLiteral("violence");
    in.behaviour = BehaviourFacts{TermRef{1, 2568}, minor, serious, kinds};
    return in;
}

RiskInputs screened(const QString &instrument, const QString &respondent, const QHash<QString, QString> &bands)
{
    RiskInputs in;
    ScreeningFacts facts;
    facts.instrumentId = instrument;
    facts.respondent = respondent;
    facts.screenedOn = QDate(2025, 6, 20);
    for (auto it = bands.cbegin(); it != bands.cend(); ++it)
        facts.set(it.key(), std::nullopt, it.value());
    in.screenings << facts;
    return in;
}

RiskInputs family(int members, std::optional<int> income, const QString &arrangement)
{
    RiskInputs in;
    in.household = HouseholdFacts{income, members, arrangement};
    return in;
}

const QString kTeacherSdq = QStringLiteral("sdq-teacher-4-17");

}  // namespace

TEST_CASE("Risk engine: absence at 10% is at risk, at 20% a problem", "[risk][engine]")
{
    CHECK(levelOf(RiskDomain::Attendance, attendance(100, 9)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Attendance, attendance(100, 10)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Attendance, attendance(100, 19)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Attendance, attendance(100, 20)) == RiskLevel::Problem);
    // 10% of 96 days is 9.6: nine days are below it, ten at or above.
    CHECK(levelOf(RiskDomain::Attendance, attendance(96, 9)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Attendance, attendance(96, 10)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Attendance, RiskInputs{}) == RiskLevel::Normal);  // nothing recorded
}

TEST_CASE("Risk engine: one failing mark is at risk, three or a GPA below 1.5 a problem", "[risk][engine]")
{
    CHECK(levelOf(RiskDomain::Academic, grades(2.5, 0)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Academic, grades(2.5, 1)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Academic, grades(2.5, 0, 1)) == RiskLevel::AtRisk);     // ร
    CHECK(levelOf(RiskDomain::Academic, grades(2.5, 0, 0, 2)) == RiskLevel::AtRisk);  // มส
    CHECK(levelOf(RiskDomain::Academic, grades(2.5, 1, 1, 1)) == RiskLevel::Problem);
    CHECK(levelOf(RiskDomain::Academic, grades(1.5, 0)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Academic, grades(1.49, 0)) == RiskLevel::Problem);
    CHECK(levelOf(RiskDomain::Academic, grades(std::nullopt, 0)) == RiskLevel::Normal);
}

TEST_CASE("Risk engine: two minor incidents are at risk, any serious one a problem", "[risk][engine]")
{
    CHECK(levelOf(RiskDomain::Behaviour, incidents(1, 0)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Behaviour, incidents(2, 0)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Behaviour, incidents(0, 1)) == RiskLevel::Problem);
    CHECK(levelOf(RiskDomain::Behaviour, incidents(5, 1)) == RiskLevel::Problem);
}

TEST_CASE("Risk engine: SDQ bands of teacher and self results", "[risk][engine]")
{
    const QString total = QStringLiteral("total_difficulties");
    const QString normal = QStringLiteral("normal");
    const QString atRisk = QStringLiteral("at_risk");
    const QString problem = QStringLiteral("problem");
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"),
                           {{total, normal}, {QStringLiteral("emotional"), normal}}))
          == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"), {{total, normal}, {QStringLiteral("peer"), atRisk}}))
          == RiskLevel::Normal);  // a subscale's at-risk band alone is not a flag: the total's is
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"), {{total, atRisk}, {QStringLiteral("peer"), normal}}))
          == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"), {{total, normal}, {QStringLiteral("peer"), problem}}))
          == RiskLevel::AtRisk);
    // A subscale in its problem band alone makes the domain at risk; the total makes it a problem.
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"),
                           {{total, atRisk}, {QStringLiteral("conduct"), problem}}))
          == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(QStringLiteral("sdq-self-11-17"), QStringLiteral("self"), {{total, problem}}))
          == RiskLevel::Problem);
    // Not a difficulty, and parents' results are not read by default.
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(kTeacherSdq, QStringLiteral("teacher"),
                           {{QStringLiteral("prosocial"), QStringLiteral("no_strength")}}))
          == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Emotional,
                  screened(QStringLiteral("sdq-parent-4-17"), QStringLiteral("parent"), {{total, problem}}))
          == RiskLevel::Normal);
    // A problem total is told once, by the rule that reads the total.
    const RiskOutcome outcome
            = RiskEvaluator::evaluate(rules(), screened(kTeacherSdq, QStringLiteral("teacher"), {{total, problem}}));
    REQUIRE(outcome.domains.value(RiskDomain::Emotional).reasons.size() == 1);
    CHECK(outcome.domains.value(RiskDomain::Emotional).reasons.first().rule == QStringLiteral("sdq_total"));
}

TEST_CASE("Risk engine: income per person at most 3,000 baht is at risk, 1,500 a problem", "[risk][engine]")
{
    const QString both = QStringLiteral("both_parents");
    CHECK(levelOf(RiskDomain::Economic, family(3, 9001, both)) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Economic, family(3, 9000, both)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Economic, family(3, 4503, both)) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Economic, family(3, 4500, both)) == RiskLevel::Problem);
    CHECK(levelOf(RiskDomain::Economic, family(3, std::nullopt, both)) == RiskLevel::Normal);  // not recorded
}

TEST_CASE("Risk engine: living without either parent is at risk", "[risk][engine]")
{
    CHECK(levelOf(RiskDomain::Family, family(3, 20000, QStringLiteral("both_parents"))) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Family, family(3, 20000, QStringLiteral("mother_only"))) == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Family, family(3, 20000, QStringLiteral("grandparents"))) == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Family, family(3, 20000, QStringLiteral("institution"))) == RiskLevel::AtRisk);
}

TEST_CASE("Risk engine: health and special needs come from the dropout checklist", "[risk][engine]")
{
    const QString checklist = QStringLiteral("care-dropout-checklist");
    const auto teacher = QStringLiteral("teacher");
    CHECK(levelOf(RiskDomain::Health,
                  screened(checklist, teacher, {{QStringLiteral("health"), QStringLiteral("normal")}}))
          == RiskLevel::Normal);
    CHECK(levelOf(RiskDomain::Health,
                  screened(checklist, teacher, {{QStringLiteral("health"), QStringLiteral("at_risk")}}))
          == RiskLevel::AtRisk);
    CHECK(levelOf(RiskDomain::Health,
                  screened(checklist, teacher, {{QStringLiteral("health"), QStringLiteral("problem")}}))
          == RiskLevel::Problem);
    CHECK(levelOf(RiskDomain::SpecialNeeds,
                  screened(checklist, teacher, {{QStringLiteral("special_needs"), QStringLiteral("at_risk")}}))
          == RiskLevel::AtRisk);
}

TEST_CASE("Risk engine: the overall level combines the domains as the rule set says", "[risk][engine]")
{
    RiskInputs in = attendance(100, 12);
    in.household = HouseholdFacts{20000, 4, QStringLiteral("grandparents")};
    RiskOutcome outcome = RiskEvaluator::evaluate(rules(), in);
    CHECK(outcome.overall == RiskLevel::AtRisk);
    // Both at-risk rules apply: a school signal (attendance) and two domains at risk.
    REQUIRE(outcome.overallReasons.size() == 2);
    CHECK(outcome.overallReasons.at(0).rule == QStringLiteral("school_signal_at_risk"));
    CHECK(outcome.overallReasons.at(0).args.value(QStringLiteral("domains")).toArray().size() == 1);
    CHECK(outcome.overallReasons.at(1).rule == QStringLiteral("two_domains_at_risk"));
    CHECK(outcome.overallReasons.at(1).args.value(QStringLiteral("domains")).toArray().size() == 2);
    in.behaviour = BehaviourFacts{TermRef{1, 2568}, 0, 1, {QStringLiteral("weapon")}};
    CHECK(RiskEvaluator::evaluate(rules(), in).overall == RiskLevel::Problem);
    CHECK(RiskEvaluator::evaluate(rules(), RiskInputs{}).isAllNormal());

    // Circumstances at home alone (economic, family) raise the overall level
    // only when severe or together; a school signal alone always does.
    const QString both = QStringLiteral("both_parents");
    const QString grandparents = QStringLiteral("grandparents");
    RiskInputs home = family(4, 20000, grandparents);
    CHECK(RiskEvaluator::evaluate(rules(), home).domains.value(RiskDomain::Family).level == RiskLevel::AtRisk);
    CHECK(RiskEvaluator::evaluate(rules(), home).overall == RiskLevel::Normal);
    CHECK(RiskEvaluator::evaluate(rules(), family(4, 12000, both)).overall == RiskLevel::Normal);  // economic at risk
    CHECK(RiskEvaluator::evaluate(rules(), family(4, 12000, grandparents)).overall == RiskLevel::AtRisk);
    const RiskOutcome poor = RiskEvaluator::evaluate(rules(), family(4, 6000, both));  // economic problem
    CHECK(poor.overall == RiskLevel::AtRisk);
    CHECK(poor.overallReasons.first().rule == QStringLiteral("home_problem"));
    RiskInputs three = family(4, 12000, grandparents);
    three.attendance = attendance(100, 12).attendance;
    const RiskOutcome many = RiskEvaluator::evaluate(rules(), three);
    CHECK(many.overall == RiskLevel::Problem);
    CHECK(many.overallReasons.first().rule == QStringLiteral("three_domains_at_risk"));
    // Two rules reaching the same two domains give one reason, not the same words twice.
    RiskInputs twoSchool = screened(kTeacherSdq, QStringLiteral("teacher"),
                                    {{QStringLiteral("total_difficulties"), QStringLiteral("at_risk")}});
    twoSchool.attendance = attendance(100, 12).attendance;
    const RiskOutcome once = RiskEvaluator::evaluate(rules(), twoSchool);
    CHECK(once.overall == RiskLevel::AtRisk);
    REQUIRE(once.overallReasons.size() == 1);
    CHECK(once.overallReasons.first().rule == QStringLiteral("school_signal_at_risk"));

    // A municipality may escalate: two domains at risk make a problem.
    QJsonObject body = QJsonDocument::fromJson(rules().body).object();
    QJsonArray overall = body.value(QStringLiteral("overall")).toArray();
    overall.prepend(QJsonObject{{QStringLiteral("id"), QStringLiteral("two_at_risk")},
                                {QStringLiteral("level"), QStringLiteral("problem")},
                                {QStringLiteral("domains_at_least"), QStringLiteral("at_risk")},
                                {QStringLiteral("min_domains"), 2}});
    body.insert(QStringLiteral("overall"), overall);
    auto stricter = RuleSetLoader::fromJson(QJsonDocument(body).toJson(), QStringLiteral("stricter.json"));
    REQUIRE(stricter.ok());
    in.behaviour.reset();
    outcome = RiskEvaluator::evaluate(stricter.value(), in);
    CHECK(outcome.overall == RiskLevel::Problem);
    CHECK(outcome.overallReasons.first().rule == QStringLiteral("two_at_risk"));
    CHECK(RiskEvaluator::evaluate(stricter.value(), attendance(100, 12)).overall == RiskLevel::AtRisk);
}

TEST_CASE("Risk engine: stored outcomes round-trip and equal outcomes give equal bytes", "[risk][engine]")
{
    RiskInputs in = attendance(100, 25);
    in.household = HouseholdFacts{2000, 2, QStringLiteral("relatives")};
    const RiskOutcome outcome = RiskEvaluator::evaluate(rules(), in);
    auto back = RiskOutcome::fromJson(outcome.toJson());
    REQUIRE(back.ok());
    CHECK(back.value() == outcome);
    CHECK(back->toJson() == outcome.toJson());
    CHECK(RiskEvaluator::evaluate(rules(), in).toJson() == outcome.toJson());
    CHECK_FALSE(RiskOutcome::fromJson(QByteArray("{\"domains\":{\"moon\":{}}}")).ok());
}

TEST_CASE("Risk engine: history gets a row only when the outcome changes", "[risk][engine][db]")
{
    RiskFixture f;
    const QString calm = f.addStudent(QStringLiteral("สงบ"));
    const QString student = f.addStudent(QStringLiteral("ขาดบ่อย"));
    f.setAttendance(calm, 0, 100, 3);
    f.recompute(calm);
    CHECK(f.historyRows(calm) == 0);  // never flagged: nothing to record
    CHECK(f.currentLevel(calm) == QStringLiteral("none"));

    f.setAttendance(student, 0, 100, 12);
    f.recompute(student);
    CHECK(f.historyRows(student) == 1);
    CHECK(f.currentLevel(student) == QStringLiteral("at_risk"));
    f.recompute(student);
    CHECK(f.historyRows(student) == 1);  // same outcome

    f.clock.advanceSecs(3600);
    f.setAttendance(student, 0, 100, 13);  // same level, other evidence
    f.recompute(student);
    CHECK(f.historyRows(student) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_current WHERE since = '%1'")
                          .arg(toStoredTimestamp(testClock().nowUtc())))
          == 1);  // still at risk since the first time

    f.setAttendance(student, 0, 100, 25);
    f.recompute(student);
    CHECK(f.historyRows(student) == 3);
    CHECK(f.currentLevel(student) == QStringLiteral("problem"));

    f.setAttendance(student, 0, 100, 2);
    f.recompute(student);
    f.recompute(student);
    CHECK(f.historyRows(student) == 4);  // back to normal is recorded, once
    CHECK(f.currentLevel(student) == QStringLiteral("normal"));
    // The history is change-logged for sync; its content is sealed.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'risk_assessment'")) == 4);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_assessment WHERE content LIKE '%absence%'")) == 0);
}

TEST_CASE("Risk engine: the single-student and the full recompute agree", "[risk][engine][db]")
{
    RiskFixture f;
    QStringList students;
    for (int i = 0; i < 8; ++i)
        students << f.addStudent(QStringLiteral("นักเรียน%1").arg(i),
                                 household(3 + i % 3, 3000 + 1500 * i,
                                           i % 2 ? LivingArrangement::Grandparents : LivingArrangement::BothParents));
    for (int i = 0; i < students.size(); ++i) {
        f.setAttendance(students[i], 0, 40, i * 2);
        f.setGrades(students[i], 0, 4.0 - i * 0.4, i % 4);
        if (i % 3 == 0)
            f.addIncident(students[i], QDate(2025, 5, 20 + i),
                          i == 6 ? QStringLiteral("serious") : QStringLiteral("minor"));
        f.addScreening(
                students[i], kTeacherSdq, QStringLiteral("teacher"), QDate(2025, 5, 25),
                {{QStringLiteral("total_difficulties"), i == 5 ? QStringLiteral("problem") : QStringLiteral("normal")},
                 {QStringLiteral("peer"), i == 2 ? QStringLiteral("at_risk") : QStringLiteral("normal")}});
    }
    // An older result of last school year does not count.
    f.addScreening(students[0], kTeacherSdq, QStringLiteral("teacher"), QDate(2025, 3, 1),
                   {{QStringLiteral("total_difficulties"), QStringLiteral("problem")}});
    for (const QString &id : students)
        f.recompute(id);
    const int rows = f.count(QStringLiteral("SELECT count(*) FROM risk_assessment"));
    CHECK(rows > 0);
    QStringList levels;
    for (const QString &id : students)
        levels << f.currentLevel(id);
    CHECK(levels.contains(QStringLiteral("problem")));

    RiskService service(*f.t.db, f.clock);
    auto full = service.recomputeAll(f.t.admin);
    INFO(errorText(full));
    REQUIRE(full.ok());
    CHECK(full->students == 8);
    CHECK(full->changed == 0);  // the full recompute finds nothing to change
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_assessment")) == rows);

    // And the other way round: wipe, recompute everybody, then one by one.
    f.write([](WriteScope &scope) {
        QSqlQuery q(scope.connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM risk_current")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM risk_assessment")));
    });
    full = service.recomputeAll(f.t.admin);
    REQUIRE(full.ok());
    CHECK(full->changed == rows);
    for (const QString &id : students)
        f.recompute(id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_assessment")) == rows);
    QStringList again;
    for (const QString &id : students)
        again << f.currentLevel(id);
    CHECK(again == levels);
}

TEST_CASE("Risk engine: an unchanged outcome is recognised by its fingerprint, kept with the current level",
          "[risk][engine][db]")
{
    RiskFixture f;
    const QString student = f.addStudent(QStringLiteral("ขาดบ่อย"));
    f.setAttendance(student, 0, 100, 12);
    f.recompute(student);
    const QString fingerprinted
            = QStringLiteral("SELECT count(*) FROM risk_current WHERE length(content_fingerprint) = 16");
    CHECK(f.count(fingerprinted) == 1);

    // A file from before fingerprints: the stored content is opened and
    // compared once, nothing is appended, and the fingerprint is kept.
    f.write([](WriteScope &scope) {
        REQUIRE(QSqlQuery(scope.connection())
                        .exec(QStringLiteral("UPDATE risk_current SET content_fingerprint = NULL")));
    });
    f.recompute(student);
    CHECK(f.historyRows(student) == 1);
    CHECK(f.count(fingerprinted) == 1);

    f.setAttendance(student, 0, 100, 13);  // same level, other evidence
    f.recompute(student);
    CHECK(f.historyRows(student) == 2);
    CHECK(f.count(fingerprinted) == 1);
}

TEST_CASE("Risk engine: a batch judged ahead is judged again when an input was written after its snapshot",
          "[risk][engine][db]")
{
    RiskFixture f;
    QStringList students{f.addStudent(QStringLiteral("ก")), f.addStudent(QStringLiteral("ข"))};
    std::sort(students.begin(), students.end());
    const QString &absent = students.first();
    const QString &calm = students.last();
    f.setAttendance(absent, 0, 100, 12);
    f.setAttendance(calm, 0, 100, 0);
    const FieldCipherPtr cipher = f.t.db->fieldCipher();
    auto period = RiskInputRepository(f.t.db->connection(), cipher).period(f.clock.today());
    REQUIRE(period.ok());
    const auto judge = [&] {
        auto batch = RiskJudgeAhead::judge(f.t.db->connection(), cipher, rules(), period.value(), absent, calm, {});
        INFO(errorText(batch));
        REQUIRE(batch.ok());
        REQUIRE(batch->judgements.size() == 2);
        return batch.value();
    };
    const auto record = [&](const RiskJudgedBatch &batch) {
        f.write([&](WriteScope &scope) {
            auto done = RiskJudgeAhead::record(scope, rules(), period.value(), {}, batch);
            INFO(errorText(done));
            REQUIRE(done.ok());
        });
    };

    // Nothing written since the snapshot: recorded as judged. A batch with
    // its judgements taken away shows that none were made afresh.
    RiskJudgedBatch emptied = judge();
    emptied.judgements.clear();
    record(emptied);
    CHECK(f.currentLevel(absent) == QStringLiteral("none"));
    record(judge());
    CHECK(f.currentLevel(absent) == QStringLiteral("at_risk"));
    CHECK(f.currentLevel(calm) == QStringLiteral("none"));

    // A serious incident written between the snapshot and the recording.
    const RiskJudgedBatch stale = judge();
    f.addIncident(calm, f.clock.today(), QStringLiteral("serious"));
    record(stale);
    CHECK(f.currentLevel(calm) == QStringLiteral("problem"));
    CHECK(f.currentLevel(absent) == QStringLiteral("at_risk"));
}
