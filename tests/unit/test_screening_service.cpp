// Screening results: recording with scores and bands, sealing, bad input,
// the age range, permissions, deletion, and the class grid.
#include "services/screeningservice.h"

#include "recordsfixture.h"
#include "rowcounts.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"
#include "storage/screeningrepository.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QString kTeacherForm = QStringLiteral("sdq-teacher-4-17");
const QString kSelfForm = QStringLiteral("sdq-self-11-17");
const QStringList kTables{QStringLiteral("screening_result"), QStringLiteral("change_log"),
                          QStringLiteral("audit_event")};
const QDate kScreenedOn(2025, 6, 1);

// Emotional 4 (items 3 and 8 "certainly true"), every reversed item
// "certainly true" (scores 0), prosocial 10; the rest "not true".
QList<std::optional<int>> answers(int emotionalSecondItem = 2)
{
    QList<std::optional<int>> a(25, 0);
    for (int item : {7, 11, 14, 21, 25, 1, 4, 9, 17, 20})
        a[item - 1] = 2;
    a[3 - 1] = 2;
    a[8 - 1] = emotionalSecondItem;
    return a;
}

ScreeningEntry entry(const QString &studentId, const QString &form = kTeacherForm)
{
    ScreeningEntry e;
    e.studentId = studentId;
    e.instrumentId = form;
    e.screenedOn = kScreenedOn;
    e.answers.items = answers();
    return e;
}

const Instrument &instrument(const QString &id)
{
    const Instrument *found = InstrumentRegistry::shipped().find(id);
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("Screening: a result keeps its instrument, respondent, scores and enterer", "[screening]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    auto id = service.record(f.teacher, entry(f.studentId));
    INFO(errorText(id));
    REQUIRE(id.ok());

    auto results = service.results(f.counsellor, f.studentId);
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    const ScreeningResult &r = results->first();
    CHECK(r.id == id.value());
    CHECK(r.instrumentId == kTeacherForm);
    CHECK(r.instrumentVersion == instrument(kTeacherForm).version);
    CHECK(r.respondent == Respondent::Teacher);
    CHECK(r.screenedOn == kScreenedOn);
    CHECK(r.bandSet == QLatin1String("th"));
    CHECK(r.enteredBy == f.teacher.userId());
    CHECK(r.enteredByName == f.teacher.displayName());
    CHECK(r.answers.items == answers());
    const ScreeningScores expected = score(instrument(kTeacherForm), ScreeningAnswers{answers(), std::nullopt}, {});
    CHECK(r.scores.scores == expected.scores);
    CHECK(r.scores.bands == expected.bands);
    CHECK(r.scores.scores.value(QStringLiteral("emotional")) == 4);
    CHECK(r.scores.bands.value(QStringLiteral("emotional")) == QStringLiteral("at_risk"));
    CHECK(r.scores.scores.value(QStringLiteral("total_difficulties")) == 4);
    CHECK(r.scores.notScored.contains(QStringLiteral("impact")));

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = "
                                 "'screening_result' AND section = 'screening' AND entity_id = '%1'")
                          .arg(f.studentId))
          == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND entity = "
                                 "'screening_result' AND section = 'screening'"))
          == 1);

    SECTION("the UK band set on request")
    {
        ScreeningEntry uk = entry(f.classmateId);
        uk.bandSet = QStringLiteral("uk");
        REQUIRE(service.record(f.teacher, uk).ok());
        auto listed = service.results(f.teacher, f.classmateId);
        REQUIRE(listed.ok());
        CHECK(listed->first().bandSet == QLatin1String("uk"));
        CHECK(listed->first().scores.bands
              == score(instrument(kTeacherForm), ScreeningAnswers{answers(), std::nullopt}, QStringLiteral("uk"))
                         .bands);
    }
    SECTION("one result per student, form and date; an update scores again")
    {
        const auto twice = service.record(f.teacher, entry(f.studentId));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().field == QLatin1String("screenedOn"));
        ScreeningEntry changed = entry(f.studentId);
        changed.answers.items = answers(0);
        REQUIRE(service.update(f.teacher, id.value(), changed).ok());
        auto listed = service.results(f.teacher, f.studentId);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().scores.scores.value(QStringLiteral("emotional")) == 2);
        CHECK(listed->first().enteredBy == f.teacher.userId());
    }
}

TEST_CASE("Screening: answers, scores and reasons are sealed in the file", "[screening]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    ScreeningEntry e = entry(f.studentId, kSelfForm);
    e.ageReason = QStringLiteral("AGE-MARKER-ครูแนะแนวขอให้ทำ");
    REQUIRE(service.record(f.counsellor, e).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result WHERE content LIKE 's1:%' AND summary LIKE "
                                 "'s1:%'"))
          == 1);
    const QByteArray raw = f.fileBytes();
    CHECK_FALSE(raw.contains("AGE-MARKER"));
    CHECK_FALSE(raw.contains("emotional="));
    CHECK_FALSE(raw.contains("\"answers\""));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%emotional%' OR payload LIKE "
                                 "'%MARKER%'"))
          == 0);
}

TEST_CASE("Screening: bad input is refused with the place, nothing is written", "[screening]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    const auto before = rowCounts(*f.t.db, kTables);
    const auto refusedWith = [&](const ScreeningEntry &e, const QString &field, const QString &text) {
        const auto result = service.record(f.teacher, e);
        INFO(field.toStdString() << " / " << text.toStdString());
        REQUIRE_FALSE(result.ok());
        INFO(result.error().describe().toStdString());
        CHECK(result.error().field == field);
        CHECK(result.error().message.contains(text));
    };
    ScreeningEntry e = entry(f.studentId);
    e.instrumentId = QStringLiteral("sdq-unknown");
    refusedWith(e, QStringLiteral("instrumentId"), QStringLiteral("sdq-unknown"));
    e = entry(f.studentId);
    e.answers.items.removeLast();
    refusedWith(e, QStringLiteral("answers"), QStringLiteral("24"));
    e = entry(f.studentId);
    e.answers.items[6] = 3;
    refusedWith(e, QStringLiteral("answers"), QStringLiteral("item 7"));
    e = entry(f.studentId);
    e.answers.items.fill(std::nullopt);
    refusedWith(e, QStringLiteral("answers"), kTeacherForm);
    e = entry(f.studentId);
    e.respondent = Respondent::Parent;
    refusedWith(e, QStringLiteral("respondent"), kTeacherForm);
    e = entry(f.studentId);
    e.bandSet = QStringLiteral("us");
    refusedWith(e, QStringLiteral("bandSet"), QStringLiteral("us"));
    e = entry(f.studentId);
    e.screenedOn = QDate(2025, 6, 3);
    refusedWith(e, QStringLiteral("screenedOn"), QStringLiteral("future"));
    e = entry(f.studentId);
    e.answers.impact = ImpactAnswers{7, {}};
    refusedWith(e, QStringLiteral("answers"), QStringLiteral("7"));
    CHECK(rowCounts(*f.t.db, kTables) == before);

    f.t.db->setFieldCipher(nullptr);
    refusedWith(entry(f.studentId), QString(), QStringLiteral("locked"));
    CHECK(rowCounts(*f.t.db, kTables) == before);
}

TEST_CASE("Screening: a child outside the form's ages needs a reason", "[screening]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    const auto before = rowCounts(*f.t.db, kTables);
    const auto refused = service.record(f.teacher, entry(f.studentId, kSelfForm));  // 9 years old, form 11–17
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QLatin1String("ageReason"));
    CHECK(refused.error().message.contains(QStringLiteral("9")));
    CHECK(refused.error().message.contains(QStringLiteral("11–17")));
    CHECK(rowCounts(*f.t.db, kTables) == before);

    ScreeningEntry withReason = entry(f.studentId, kSelfForm);
    withReason.ageReason = QStringLiteral("  The school screens the whole of P.4 with the self-report form.  ");
    auto id = service.record(f.teacher, withReason);
    INFO(errorText(id));
    REQUIRE(id.ok());
    auto results = service.results(f.teacher, f.studentId);
    REQUIRE(results.ok());
    CHECK(results->first().ageReason == withReason.ageReason.trimmed());
    CHECK(results->first().respondent == Respondent::Self);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND summary LIKE "
                                 "'%age 9 outside 11-17, recorded with a reason%'"))
          == 1);

    // Inside the range a reason is not needed, and not kept.
    ScreeningEntry inRange = entry(f.classmateId);
    inRange.ageReason = QStringLiteral("unneeded");
    REQUIRE(service.record(f.teacher, inRange).ok());
    auto plain = service.results(f.teacher, f.classmateId);
    REQUIRE(plain.ok());
    CHECK(plain->first().ageReason.isEmpty());
}

TEST_CASE("Screening: who may record, read and delete results", "[screening][permissions]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    auto own = service.record(f.teacher, entry(f.studentId));
    REQUIRE(own.ok());
    CHECK(service.record(f.counsellor, entry(f.otherClassStudentId)).ok());
    const auto otherClass = service.record(f.teacher, entry(f.otherClassStudentId, QStringLiteral("sdq-parent-4-17")));
    REQUIRE_FALSE(otherClass.ok());
    CHECK(otherClass.error().message.contains(QStringLiteral("Refused")));
    CHECK_FALSE(otherClass.error().message.contains(QStringLiteral("มานี")));
    CHECK_FALSE(service.record(f.nurse, entry(f.classmateId)).ok());     // view only, and no referral
    CHECK_FALSE(service.record(f.visitor, entry(f.classmateId)).ok());   // no screening section
    CHECK_FALSE(service.record(f.director, entry(f.classmateId)).ok());  // view only
    CHECK_FALSE(service.record(f.t.admin, entry(f.classmateId)).ok());

    CHECK(service.results(f.director, f.studentId).ok());
    CHECK_FALSE(service.results(f.visitor, f.studentId).ok());
    CHECK_FALSE(service.results(f.otherTeacher, f.studentId).ok());
    CHECK_FALSE(service.results(f.nurse, f.studentId).ok());

    // Deleting: counsellors, not teachers; the result leaves the lists but stays as a tombstone.
    CHECK_FALSE(service.remove(f.teacher, own.value()).ok());
    REQUIRE(service.remove(f.counsellor, own.value()).ok());
    auto left = service.results(f.counsellor, f.studentId);
    REQUIRE(left.ok());
    CHECK(left->isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result WHERE deleted_at IS NOT NULL")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'delete' AND entity = "
                                 "'screening_result' AND section = 'screening'"))
          == 1);
    CHECK_FALSE(service.remove(f.counsellor, own.value()).ok());
    // A new result on the deleted one's date is allowed.
    CHECK(service.record(f.teacher, entry(f.studentId)).ok());
}

TEST_CASE("Screening: the class grid lists the class and saves it in one step", "[screening][grid]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    REQUIRE(service.record(f.teacher, entry(f.studentId)).ok());

    auto sheet = service.classSheet(f.teacher, f.t.classroomId, kTeacherForm, kScreenedOn);
    INFO(errorText(sheet));
    REQUIRE(sheet.ok());
    CHECK(sheet->classroomName == classroomName(Grade::P4, 1));
    CHECK(sheet->instrumentVersion == instrument(kTeacherForm).version);
    REQUIRE(sheet->rows.size() == 3);
    // By class number (none last), then name.
    CHECK(sheet->rows.at(0).studentId == f.classmateId);
    CHECK(sheet->rows.at(1).studentId == f.studentId);
    CHECK(sheet->rows.at(2).studentId == f.unnumberedId);
    CHECK(sheet->rows.at(1).classNumber == 3);
    CHECK(sheet->rows.at(1).ageYears == 9);
    CHECK_FALSE(sheet->rows.at(1).ageOutsideRange);
    REQUIRE(sheet->rows.at(1).result.has_value());
    CHECK(sheet->rows.at(1).result->answers.items == answers());
    CHECK_FALSE(sheet->rows.at(0).result.has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND summary LIKE "
                                 "'class sheet %'"))
          == 1);

    CHECK_FALSE(service.classSheet(f.otherTeacher, f.t.classroomId, kTeacherForm, kScreenedOn).ok());
    CHECK_FALSE(service.classSheet(f.visitor, f.t.classroomId, kTeacherForm, kScreenedOn).ok());
    CHECK(service.classSheet(f.counsellor, f.t.classroomId, kTeacherForm, kScreenedOn).ok());

    const QList<ClassSheetEntry> lines{
            {f.classmateId, ScreeningAnswers{answers(1), std::nullopt}, {}},
            {f.studentId, ScreeningAnswers{answers(0), std::nullopt}, {}},
            {f.unnumberedId, ScreeningAnswers{QList<std::optional<int>>(25), std::nullopt}, {}}};
    SECTION("one bad line and nothing is saved")
    {
        QList<ClassSheetEntry> bad = lines;
        bad[1].answers.items[12] = 5;
        const auto before = rowCounts(*f.t.db, kTables);
        const auto saved = service.saveClassSheet(f.teacher, f.t.classroomId, kTeacherForm, kScreenedOn, bad);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message.contains(QStringLiteral("item 13")));
        CHECK(saved.error().location == f.studentId);
        CHECK(rowCounts(*f.t.db, kTables) == before);
        QList<ClassSheetEntry> stranger = lines;
        stranger[0].studentId = f.otherClassStudentId;
        CHECK_FALSE(service.saveClassSheet(f.teacher, f.t.classroomId, kTeacherForm, kScreenedOn, stranger).ok());
        CHECK_FALSE(service.saveClassSheet(f.otherTeacher, f.t.classroomId, kTeacherForm, kScreenedOn, lines).ok());
        CHECK(rowCounts(*f.t.db, kTables) == before);
    }
    SECTION("new lines are created, stored ones replaced, empty ones skipped")
    {
        const auto saved = service.saveClassSheet(f.teacher, f.t.classroomId, kTeacherForm, kScreenedOn, lines);
        INFO(errorText(saved));
        REQUIRE(saved.ok());
        CHECK(saved->created == 1);
        CHECK(saved->replaced == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result")) == 2);
        auto reread = service.classSheet(f.teacher, f.t.classroomId, kTeacherForm, kScreenedOn);
        REQUIRE(reread.ok());
        CHECK(reread->rows.at(0).result->answers.items == answers(1));
        CHECK(reread->rows.at(1).result->answers.items == answers(0));
        CHECK_FALSE(reread->rows.at(2).result.has_value());
    }
}

TEST_CASE("Screening: a batch is checked entry by entry and written whole", "[screening]")
{
    RecordsFixture f;
    ScreeningService service(*f.t.db, testClock());
    QList<ScreeningEntry> batch{entry(f.studentId), entry(f.classmateId), entry(f.otherClassStudentId),
                                entry(f.studentId)};
    batch[1].answers.items[0] = 9;
    const QList<ScreeningProblem> problems = service.check(f.teacher, batch);
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).index == 1);
    CHECK_FALSE(problems.at(0).refused);
    CHECK(problems.at(1).index == 2);
    CHECK(problems.at(1).refused);
    CHECK(problems.at(2).index == 3);
    CHECK(problems.at(2).error.message.contains(QStringLiteral("twice")));
    const auto before = rowCounts(*f.t.db, kTables);
    CHECK_FALSE(service.saveAll(f.teacher, batch).ok());
    CHECK(rowCounts(*f.t.db, kTables) == before);

    const QList<ScreeningEntry> good{entry(f.studentId), entry(f.classmateId)};
    CHECK(service.check(f.teacher, good).isEmpty());
    auto saved = service.saveAll(f.teacher, good);
    REQUIRE(saved.ok());
    CHECK(saved->created == 2);
    auto again = service.saveAll(f.teacher, good);
    REQUIRE(again.ok());
    CHECK(again->replaced == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result")) == 2);
}

TEST_CASE("Screening: removing a student entered by mistake takes their results too", "[screening]")
{
    RecordsFixture f;
    REQUIRE(ScreeningService(*f.t.db, testClock()).record(f.teacher, entry(f.studentId)).ok());
    const Status removed = StudentService(*f.t.db, testClock()).remove(f.studentId, f.director);
    INFO(errorText(removed));
    REQUIRE(removed.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result")) == 0);
}

TEST_CASE("Screening: the summary the risk engine reads", "[screening]")
{
    ScreeningSummary summary;
    summary.scores = {{QStringLiteral("emotional"), 4}, {QStringLiteral("impact"), std::nullopt},
                      {QStringLiteral("prosocial"), 7}};
    summary.bands = {{QStringLiteral("emotional"), QStringLiteral("at_risk")},
                     {QStringLiteral("impact"), std::nullopt},
                     {QStringLiteral("prosocial"), QStringLiteral("strength")}};
    const QString text = formatScreeningSummary(summary);
    CHECK(text == QStringLiteral("emotional=4:at_risk;impact=-:-;prosocial=7:strength"));
    auto parsed = parseScreeningSummary(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->scores == summary.scores);
    CHECK(parsed->bands == summary.bands);
    CHECK(parseScreeningSummary(QString()).ok());
    for (const QString &damaged : {QStringLiteral("emotional=4"), QStringLiteral("emotional=x:normal"),
                                   QStringLiteral("a=1:normal;a=2:normal"), QStringLiteral("Emotional=1:normal;")})
        CHECK_FALSE(parseScreeningSummary(damaged).ok());

    // Stored results are read back through the same function.
    RecordsFixture f;
    REQUIRE(ScreeningService(*f.t.db, testClock()).record(f.teacher, entry(f.studentId)).ok());
    auto stored = ScreeningRepository::summaries(f.t.db->connection(), *f.t.db->fieldCipher(), f.studentId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().instrumentId == kTeacherForm);
    CHECK(stored->first().summary.scores.value(QStringLiteral("emotional")) == 4);
    CHECK(stored->first().summary.bands.value(QStringLiteral("emotional")) == QStringLiteral("at_risk"));
}
