// Attendance (term totals and the daily roll-up), grades with failing marks
// per subject, and behaviour incidents with sealed notes: validation,
// consistency, permissions and audit.
#include "services/indicatorservice.h"

#include "recordsfixture.h"
#include "rowcounts.h"
#include "storage/indicatorrepository.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QStringList kIndicatorTables{QStringLiteral("attendance_record"),  QStringLiteral("daily_absence"),
                                   QStringLiteral("academic_record"),    QStringLiteral("subject_mark"),
                                   QStringLiteral("behaviour_incident"), QStringLiteral("change_log"),
                                   QStringLiteral("audit_event")};

// Term 1 of 2568 runs from Friday 16 May to Friday 10 October 2025: 148 days, 106 of them weekdays.
constexpr int kTermOneDays = 148;
constexpr int kTermOneWeekdays = 106;

AttendanceRecord attendance(const RecordsFixture &f, int enrolled, int absent, int late)
{
    return AttendanceRecord{{}, f.studentId, f.t.termIds[0], enrolled, absent, late};
}

DailyAbsence day(const RecordsFixture &f, QDate date, AbsenceKind kind = AbsenceKind::Absent)
{
    return DailyAbsence{{}, f.studentId, {}, date, kind};
}

AttendanceRecord stored(const RecordsFixture &f)
{
    auto record = IndicatorRepository(*f.t.db).attendance(f.studentId, f.t.termIds[0]);
    REQUIRE(record.ok());
    REQUIRE(record.value().has_value());
    return *record.value();
}

BehaviourIncident incident(const RecordsFixture &f, const QString &note = {})
{
    BehaviourIncident b;
    b.studentId = f.studentId;
    b.occurredOn = QDate(2025, 5, 30);
    b.kind = BehaviourKind::Violence;
    b.severity = Severity::Serious;
    b.note = note;
    return b;
}

}  // namespace

TEST_CASE("Attendance: term totals are checked against the term", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    const auto before = rowCounts(*f.t.db, kIndicatorTables);

    const Status tooLong = service.setTermAttendance(f.teacher, attendance(f, kTermOneDays + 1, 0, 0));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().field == QLatin1String("daysEnrolled"));
    CHECK(tooLong.error().message.contains(QStringLiteral("1/2568")));
    const Status tooMany = service.setTermAttendance(f.teacher, attendance(f, 90, 60, 31));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.contains(QStringLiteral("91")));
    const Status negative = service.setTermAttendance(f.teacher, attendance(f, 90, -1, 0));
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().field == QLatin1String("daysAbsent"));
    AttendanceRecord noTerm = attendance(f, 90, 1, 0);
    noTerm.termId = QStringLiteral("no-such-term");
    const Status unknownTerm = service.setTermAttendance(f.teacher, noTerm);
    REQUIRE_FALSE(unknownTerm.ok());
    CHECK(unknownTerm.error().field == QLatin1String("termId"));
    CHECK(rowCounts(*f.t.db, kIndicatorTables) == before);

    REQUIRE(service.setTermAttendance(f.teacher, attendance(f, 96, 14, 3)).ok());
    CHECK(stored(f).daysAbsent == 14);
    REQUIRE(service.setTermAttendance(f.teacher, attendance(f, 96, 15, 3)).ok());  // an edit, not a second row
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM attendance_record")) == 1);
    auto listed = service.attendance(f.teacher, f.studentId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().record.daysAbsent == 15);
    CHECK(listed->first().yearBe == 2568);
    CHECK(listed->first().termNumber == 1);
    CHECK(listed->first().dailyRows == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'attendance' AND section = "
                                 "'identity' AND entity_id = '%1'")
                          .arg(f.studentId))
          == 2);
}

TEST_CASE("Attendance: daily absences roll up into the term", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());

    auto first = service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 20)));
    INFO(errorText(first));
    REQUIRE(first.ok());
    // No term record yet: one is made with the term's weekdays as the days enrolled.
    CHECK(stored(f).daysEnrolled == kTermOneWeekdays);
    CHECK(stored(f).daysAbsent == 1);
    REQUIRE(service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 21), AbsenceKind::Late)).ok());
    REQUIRE(service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 22))).ok());
    CHECK(stored(f).daysAbsent == 2);
    CHECK(stored(f).daysLate == 1);

    SECTION("the term's counts are the daily rows' while there are any")
    {
        const Status differs = service.setTermAttendance(f.teacher, attendance(f, 100, 5, 1));
        REQUIRE_FALSE(differs.ok());
        CHECK(differs.error().field == QLatin1String("daysAbsent"));
        REQUIRE(service.setTermAttendance(f.teacher, attendance(f, 100, 2, 1)).ok());  // days enrolled may change
        CHECK(stored(f).daysEnrolled == 100);
        const Status tooFew = service.setTermAttendance(f.teacher, attendance(f, 2, 2, 1));
        REQUIRE_FALSE(tooFew.ok());
    }
    SECTION("removing a day counts again, down to none")
    {
        REQUIRE(service.removeDailyAbsence(f.teacher, first.value()).ok());
        CHECK(stored(f).daysAbsent == 1);
        auto rest = service.dailyAbsences(f.teacher, f.studentId);
        REQUIRE(rest.ok());
        REQUIRE(rest->size() == 2);
        for (const DailyAbsence &d : rest.value())
            REQUIRE(service.removeDailyAbsence(f.teacher, d.id).ok());
        CHECK(stored(f).daysAbsent == 0);
        CHECK(stored(f).daysLate == 0);
        CHECK_FALSE(service.removeDailyAbsence(f.teacher, first.value()).ok());
    }
    SECTION("bad days are refused and leave nothing behind")
    {
        const auto before = rowCounts(*f.t.db, kIndicatorTables);
        const auto twice = service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 20), AbsenceKind::Late));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().field == QLatin1String("onDate"));
        const auto future = service.addDailyAbsence(f.teacher, day(f, QDate(2025, 6, 3)));
        REQUIRE_FALSE(future.ok());
        CHECK(future.error().message.contains(QStringLiteral("future")));
        const auto holidays = service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 10)));
        REQUIRE_FALSE(holidays.ok());
        CHECK(holidays.error().message.contains(QStringLiteral("outside every term")));
        const auto noDate = service.addDailyAbsence(f.teacher, day(f, QDate()));
        REQUIRE_FALSE(noDate.ok());
        CHECK(rowCounts(*f.t.db, kIndicatorTables) == before);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'daily_absence' AND "
                                 "section = 'identity'"))
          >= 3);
}

TEST_CASE("Grades: subject marks and the term's counts stay equal", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    TermGrades grades{f.studentId, f.t.termIds[0], 0, 0, 2.346, {}, 0, 0, 0};
    grades.subjects = {SubjectMark{{}, QStringLiteral("คณิตศาสตร์"), MarkKind::Fail},
                       SubjectMark{{}, QStringLiteral(" ภาษาอังกฤษ "), MarkKind::NotAllowed},
                       SubjectMark{{}, QStringLiteral("วิทยาศาสตร์"), MarkKind::Incomplete}};
    REQUIRE(service.setTermGrades(f.teacher, grades).ok());
    const QString countsSql = QStringLiteral("SELECT failing_marks * 100 + incomplete_marks * 10 + not_allowed_marks "
                                             "FROM academic_record");
    CHECK(f.count(countsSql) == 111);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM subject_mark")) == 3);
    auto listed = service.grades(f.teacher, f.studentId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    REQUIRE(listed->first().gpa.has_value());
    CHECK(*listed->first().gpa == Approx(2.35));
    CHECK(listed->first().subjects.size() == 3);

    // Replace: one subject goes, one changes its mark, one is new.
    grades.subjects = {SubjectMark{{}, QStringLiteral("คณิตศาสตร์"), MarkKind::NotAllowed},
                       SubjectMark{{}, QStringLiteral("ภาษาอังกฤษ"), MarkKind::NotAllowed},
                       SubjectMark{{}, QStringLiteral("สังคมศึกษา"), MarkKind::Fail}};
    REQUIRE(service.setTermGrades(f.teacher, grades).ok());
    CHECK(f.count(countsSql) == 102);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM subject_mark")) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM subject_mark WHERE subject = 'วิทยาศาสตร์'")) == 0);

    // Counts only: the subject rows go, so rows and counts never disagree.
    TermGrades countsOnly{f.studentId, f.t.termIds[0], 0, 0, std::nullopt, {}, 2, 0, 1};
    REQUIRE(service.setTermGrades(f.teacher, countsOnly).ok());
    CHECK(f.count(countsSql) == 201);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM subject_mark")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM academic_record WHERE gpa IS NULL")) == 1);

    const auto before = rowCounts(*f.t.db, kIndicatorTables);
    TermGrades bad = countsOnly;
    bad.gpa = 4.5;
    const Status gpa = service.setTermGrades(f.teacher, bad);
    REQUIRE_FALSE(gpa.ok());
    CHECK(gpa.error().field == QLatin1String("gpa"));
    bad.gpa = 3.0;
    bad.subjects = {SubjectMark{{}, QStringLiteral("ศิลปะ"), MarkKind::Fail},
                    SubjectMark{{}, QStringLiteral("ศิลปะ "), MarkKind::Incomplete}};
    bad.failingMarks = bad.notAllowedMarks = 0;
    const Status twice = service.setTermGrades(f.teacher, bad);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("ศิลปะ")));
    bad.subjects = {SubjectMark{{}, QStringLiteral("ศิลปะ"), MarkKind::Fail}};
    bad.failingMarks = 2;
    const Status mismatch = service.setTermGrades(f.teacher, bad);
    REQUIRE_FALSE(mismatch.ok());
    CHECK(mismatch.error().field == QLatin1String("subjects"));
    bad.subjects = {SubjectMark{{}, QStringLiteral("  "), MarkKind::Fail}};
    bad.failingMarks = 0;
    CHECK_FALSE(service.setTermGrades(f.teacher, bad).ok());
    CHECK(rowCounts(*f.t.db, kIndicatorTables) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'grades' AND section = 'identity'"))
          == 3);
}

TEST_CASE("Grades: marks are typed as 0, ร and มส or their Latin stand-ins", "[indicators]")
{
    CHECK(markFromText(QStringLiteral("0")) == MarkKind::Fail);
    CHECK(markFromText(QStringLiteral("ร")) == MarkKind::Incomplete);
    CHECK(markFromText(QStringLiteral(" R ")) == MarkKind::Incomplete);
    CHECK(markFromText(QStringLiteral("มส")) == MarkKind::NotAllowed);
    CHECK(markFromText(QStringLiteral("MS")) == MarkKind::NotAllowed);
    CHECK_FALSE(markFromText(QStringLiteral("1")).has_value());
    CHECK(code(MarkKind::NotAllowed) == QStringLiteral("มส"));
    CHECK(fromCode<BehaviourKind>(QStringLiteral("substance_use")) == BehaviourKind::SubstanceUse);
    for (BehaviourKind kind : allValues<BehaviourKind>())
        CHECK_FALSE(label(kind).isEmpty());
}

TEST_CASE("Behaviour: the note is sealed, listing it is audited", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    const QString note = QStringLiteral("NOTE-MARKER-ต่อยเพื่อนที่โรงอาหาร");
    auto id = service.addIncident(f.teacher, incident(f, note));
    INFO(errorText(id));
    REQUIRE(id.ok());

    const QByteArray raw = f.fileBytes();
    CHECK_FALSE(raw.contains("NOTE-MARKER"));
    CHECK_FALSE(raw.contains(QStringLiteral("ต่อยเพื่อน").toUtf8()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM behaviour_incident WHERE note LIKE 's1:%'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%MARKER%'")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE summary LIKE '%violence%' OR summary LIKE "
                                 "'%MARKER%'"))
          == 0);

    auto listed = service.incidents(f.counsellor, f.studentId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().note == note);
    CHECK(listed->first().kind == BehaviourKind::Violence);
    CHECK(listed->first().recordedBy == f.teacher.userId());
    CHECK(listed->first().recordedByName == f.teacher.displayName());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND entity = "
                                 "'behaviour_incident' AND section = 'screening'"))
          == 1);

    BehaviourIncident edited = listed->first();
    edited.severity = Severity::Minor;
    edited.note = QStringLiteral("แก้ไขแล้ว");
    REQUIRE(service.updateIncident(f.teacher, edited).ok());
    auto again = service.incidents(f.teacher, f.studentId);
    REQUIRE(again.ok());
    CHECK(again->first().severity == Severity::Minor);
    CHECK(again->first().note == edited.note);

    // Teachers record incidents; only roles that may delete screening records remove them.
    const Status teacherRemoves = service.removeIncident(f.teacher, id.value());
    REQUIRE_FALSE(teacherRemoves.ok());
    CHECK(teacherRemoves.error().message.contains(QStringLiteral("Refused")));
    REQUIRE(service.removeIncident(f.counsellor, id.value()).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM behaviour_incident")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'behaviour_incident' AND operation = "
                                 "'delete'"))
          == 1);
}

TEST_CASE("Behaviour: bad incidents are refused and nothing is written", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    const auto before = rowCounts(*f.t.db, kIndicatorTables);
    BehaviourIncident future = incident(f);
    future.occurredOn = QDate(2025, 6, 3);
    const auto inFuture = service.addIncident(f.teacher, future);
    REQUIRE_FALSE(inFuture.ok());
    CHECK(inFuture.error().field == QLatin1String("occurredOn"));
    BehaviourIncident unborn = incident(f);
    unborn.occurredOn = QDate(2015, 1, 1);
    CHECK_FALSE(service.addIncident(f.teacher, unborn).ok());
    const auto tooLong = service.addIncident(
            f.teacher, incident(f, QString(IndicatorService::kMaxNoteLength + 1, QLatin1Char('x'))));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().field == QLatin1String("note"));
    f.t.db->setFieldCipher(nullptr);  // locked: a note cannot be sealed
    const auto locked = service.addIncident(f.teacher, incident(f, QStringLiteral("note")));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
    CHECK(rowCounts(*f.t.db, kIndicatorTables) == before);
}

TEST_CASE("Indicators: who may record and read them", "[indicators][permissions]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    const AttendanceRecord own = attendance(f, 96, 4, 0);
    AttendanceRecord otherClass = own;
    otherClass.studentId = f.otherClassStudentId;

    CHECK(service.setTermAttendance(f.teacher, own).ok());
    CHECK(service.setTermAttendance(f.counsellor, otherClass).ok());
    CHECK_FALSE(service.setTermAttendance(f.teacher, otherClass).ok());  // not their class
    CHECK_FALSE(service.setTermAttendance(f.nurse, own).ok());           // no referral, no identity update
    CHECK_FALSE(service.setTermAttendance(f.visitor, own).ok());         // identity: view only
    CHECK_FALSE(service.setTermAttendance(f.t.admin, own).ok());         // no individual records
    CHECK(service.attendance(f.visitor, f.studentId).ok());
    CHECK_FALSE(service.attendance(f.otherTeacher, f.studentId).ok());

    const TermGrades grades{f.studentId, f.t.termIds[0], 0, 0, 3.0, {}, 0, 0, 0};
    CHECK(service.setTermGrades(f.teacher, grades).ok());
    CHECK_FALSE(service.setTermGrades(f.otherTeacher, grades).ok());
    CHECK_FALSE(service.setTermGrades(f.nurse, grades).ok());

    CHECK(service.addIncident(f.teacher, incident(f)).ok());
    CHECK(service.addIncident(f.counsellor, incident(f)).ok());
    CHECK_FALSE(service.addIncident(f.otherTeacher, incident(f)).ok());
    CHECK_FALSE(service.addIncident(f.visitor, incident(f)).ok());  // no screening section
    CHECK_FALSE(service.addIncident(f.nurse, incident(f)).ok());
    CHECK_FALSE(service.addIncident(f.director, incident(f)).ok());  // screening: view only
    CHECK(service.incidents(f.director, f.studentId).ok());
    const auto visitorReads = service.incidents(f.visitor, f.studentId);
    REQUIRE_FALSE(visitorReads.ok());
    CHECK_FALSE(visitorReads.error().message.contains(QStringLiteral("สมชาย")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM behaviour_incident")) == 2);
}

TEST_CASE("Indicators: removing a student entered by mistake takes their indicators too", "[indicators]")
{
    RecordsFixture f;
    IndicatorService service(*f.t.db, testClock());
    REQUIRE(service.addDailyAbsence(f.teacher, day(f, QDate(2025, 5, 20))).ok());
    TermGrades grades{f.studentId, f.t.termIds[0], 0, 0, 2.0, {}, 0, 0, 0};
    grades.subjects = {SubjectMark{{}, QStringLiteral("คณิตศาสตร์"), MarkKind::Fail}};
    REQUIRE(service.setTermGrades(f.teacher, grades).ok());
    REQUIRE(service.addIncident(f.teacher, incident(f, QStringLiteral("note"))).ok());

    const Status removed = StudentService(*f.t.db, testClock()).remove(f.studentId, f.director);
    INFO(errorText(removed));
    REQUIRE(removed.ok());
    for (const QString &table : {QStringLiteral("daily_absence"), QStringLiteral("subject_mark"),
                                 QStringLiteral("behaviour_incident"), QStringLiteral("attendance_record")})
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'delete' AND entity IN "
                                 "('daily_absence', 'subject_mark', 'behaviour_incident')"))
          == 3);
}
