// Every service method that takes a student or a record of one, called by a
// user of another school and by a teacher of another class: the refusal is
// exactly the one for an id nobody has, so no answer tells whether a child
// (or their record) exists outside the user's reach.
#include "otherschoolsession.h"
#include "recordsfixture.h"

#include "risk/riskservice.h"
#include "services/auditservice.h"
#include "services/consentservice.h"
#include "services/indicatorservice.h"
#include "services/screeningservice.h"
#include "services/studentdirectory.h"
#include "services/subjectexport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace care;
using namespace care::test;

namespace {

// The ids a call is given: of the fixture's student and their records, or ids nobody has.
struct Target {
    QString student;
    QString citizenId;
    QString absence;
    QString incident;
    QString result;
    QString attachment;
    QString classroom;

    QStringList ids() const { return {student, citizenId, absence, incident, result, attachment, classroom}; }
};

// What a caller sees of a refusal, with the ids it gave replaced by one mark.
QString seen(const Error &error, const Target &target)
{
    QString shown = error.message + QStringLiteral(" | ") + error.field + QStringLiteral(" | ") + error.location;
    for (const QString &id : target.ids())
        if (!id.isEmpty())
            shown.replace(id, QStringLiteral("<id>"));
    return shown;
}

template <typename T>
std::optional<Error> failure(const Result<T> &result)
{
    return result.ok() ? std::nullopt : std::optional<Error>(result.error());
}

using Call = std::function<std::optional<Error>(const Session &, const Target &)>;

const QDate kScreenedOn(2025, 6, 1);

ScreeningEntry screening(const QString &studentId)
{
    ScreeningEntry e;
    e.studentId = studentId;
    e.instrumentId = QStringLiteral("sdq-teacher-4-17");
    e.screenedOn = kScreenedOn;
    e.answers.items = QList<std::optional<int>>(25, 1);
    return e;
}

BehaviourIncident incident(const QString &studentId, const QString &id = {})
{
    BehaviourIncident b;
    b.id = id;
    b.studentId = studentId;
    b.occurredOn = QDate(2025, 5, 30);
    b.kind = BehaviourKind::Violence;
    b.severity = Severity::Serious;
    b.note = QStringLiteral("ข้อความลับ");
    return b;
}

}  // namespace

TEST_CASE("every service refuses another school's user and another class's teacher as it refuses an unknown id",
          "[access][refusals]")
{
    RecordsFixture f;
    Database &db = *f.t.db;
    const Clock &clock = testClock();

    // The fixture student with one record of every kind, entered by those who may.
    IndicatorService indicators(db, clock);
    ScreeningService screenings(db, clock);
    ConsentService consents(db, clock);
    Target real;
    real.student = f.studentId;
    real.classroom = f.t.classroomId;
    auto stored = StudentService(db, clock).load(f.director, f.studentId);
    REQUIRE(stored.ok());
    stored->student.citizenId = nationalIdFor(990100);  // so that it can be looked up by ID number too
    stored->student.idKind = IdKind::NationalId;
    const Status withId = StudentService(db, clock).update(stored.value(), f.director);
    INFO((withId ? std::string() : withId.error().describe().toStdString()));
    REQUIRE(withId.ok());
    real.citizenId = stored->student.citizenId;
    auto absence = indicators.addDailyAbsence(f.teacher, DailyAbsence{{}, f.studentId, {}, QDate(2025, 5, 20), {}});
    INFO(errorText(absence));
    REQUIRE(absence.ok());
    real.absence = absence.value();
    auto noted = indicators.addIncident(f.teacher, incident(f.studentId));
    REQUIRE(noted.ok());
    real.incident = noted.value();
    auto result = screenings.record(f.teacher, screening(f.studentId));
    INFO(errorText(result));
    REQUIRE(result.ok());
    real.result = result.value();
    ConsentRecord decision;
    decision.studentId = f.studentId;
    decision.purpose = ConsentPurpose::Screening;
    decision.decidedOn = clock.today();
    auto recorded = consents.record(f.counsellor, decision,
                                    ScannedForm{QStringLiteral("form.pdf"), QStringLiteral("application/pdf"),
                                                QByteArray("%PDF-1.4\n%%EOF\n")});
    INFO(errorText(recorded));
    REQUIRE(recorded.ok());
    auto history = consents.history(f.counsellor, f.studentId);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    real.attachment = history->first().formAttachmentId;
    REQUIRE_FALSE(real.attachment.isEmpty());

    const Target nobody{QStringLiteral("0190a000-0000-7000-8000-00000000a001"),
                        nationalIdFor(990001),
                        QStringLiteral("0190a000-0000-7000-8000-00000000a002"),
                        QStringLiteral("0190a000-0000-7000-8000-00000000a003"),
                        QStringLiteral("0190a000-0000-7000-8000-00000000a004"),
                        QStringLiteral("0190a000-0000-7000-8000-00000000a005"),
                        QStringLiteral("0190a000-0000-7000-8000-00000000a006")};

    const QString term = f.t.termIds[0];
    StudentService students(db, clock);
    RiskService risk(db, clock);
    AuditService audit(db, clock);
    StudentDirectory directory(db, clock);
    SubjectExport exporter(db, clock);
    const QList<std::pair<const char *, Call>> calls{
            {"StudentService::load",
             [&](const Session &s, const Target &t) { return failure(students.load(s, t.student)); }},
            {"StudentService::profile",
             [&](const Session &s, const Target &t) { return failure(students.profile(s, t.student)); }},
            {"StudentService::identity",
             [&](const Session &s, const Target &t) { return failure(students.identity(s, t.student)); }},
            {"StudentService::update",
             [&](const Session &s, const Target &t) {
                 StudentRecord record = stored.value();
                 record.student.id = t.student;
                 record.student.nickname = QStringLiteral("แก้");
                 return failure(students.update(record, s));
             }},
            {"StudentService::remove",
             [&](const Session &s, const Target &t) { return failure(students.remove(t.student, s)); }},
            {"IndicatorService::setTermAttendance",
             [&](const Session &s, const Target &t) {
                 return failure(indicators.setTermAttendance(s, AttendanceRecord{{}, t.student, term, 50, 2, 0}));
             }},
            {"IndicatorService::attendance",
             [&](const Session &s, const Target &t) { return failure(indicators.attendance(s, t.student)); }},
            {"IndicatorService::terms",
             [&](const Session &s, const Target &t) { return failure(indicators.terms(s, t.student)); }},
            {"IndicatorService::addDailyAbsence",
             [&](const Session &s, const Target &t) {
                 return failure(indicators.addDailyAbsence(s, DailyAbsence{{}, t.student, {}, QDate(2025, 5, 21), {}}));
             }},
            {"IndicatorService::removeDailyAbsence",
             [&](const Session &s, const Target &t) { return failure(indicators.removeDailyAbsence(s, t.absence)); }},
            {"IndicatorService::dailyAbsences",
             [&](const Session &s, const Target &t) { return failure(indicators.dailyAbsences(s, t.student)); }},
            {"IndicatorService::setTermGrades",
             [&](const Session &s, const Target &t) {
                 TermGrades grades;
                 grades.studentId = t.student;
                 grades.termId = term;
                 grades.gpa = 3.0;
                 return failure(indicators.setTermGrades(s, grades));
             }},
            {"IndicatorService::grades",
             [&](const Session &s, const Target &t) { return failure(indicators.grades(s, t.student)); }},
            {"IndicatorService::addIncident",
             [&](const Session &s, const Target &t) {
                 return failure(indicators.addIncident(s, incident(t.student)));
             }},
            {"IndicatorService::updateIncident",
             [&](const Session &s, const Target &t) {
                 return failure(indicators.updateIncident(s, incident(t.student, t.incident)));
             }},
            {"IndicatorService::removeIncident",
             [&](const Session &s, const Target &t) { return failure(indicators.removeIncident(s, t.incident)); }},
            {"IndicatorService::incidents",
             [&](const Session &s, const Target &t) { return failure(indicators.incidents(s, t.student)); }},
            {"ScreeningService::record",
             [&](const Session &s, const Target &t) { return failure(screenings.record(s, screening(t.student))); }},
            {"ScreeningService::update",
             [&](const Session &s, const Target &t) {
                 return failure(screenings.update(s, t.result, screening(t.student)));
             }},
            {"ScreeningService::remove",
             [&](const Session &s, const Target &t) { return failure(screenings.remove(s, t.result)); }},
            {"ScreeningService::results",
             [&](const Session &s, const Target &t) { return failure(screenings.results(s, t.student)); }},
            {"ScreeningService::classSheet",
             [&](const Session &s, const Target &t) {
                 return failure(screenings.classSheet(s, t.classroom, QStringLiteral("sdq-teacher-4-17"), kScreenedOn));
             }},
            {"ScreeningService::saveClassSheet",
             [&](const Session &s, const Target &t) {
                 return failure(screenings.saveClassSheet(s, t.classroom, QStringLiteral("sdq-teacher-4-17"),
                                                          kScreenedOn, {}));
             }},
            {"ConsentService::record",
             [&](const Session &s, const Target &t) {
                 ConsentRecord r = decision;
                 r.studentId = t.student;
                 return failure(consents.record(s, r));
             }},
            {"ConsentService::history",
             [&](const Session &s, const Target &t) { return failure(consents.history(s, t.student)); }},
            {"ConsentService::form",
             [&](const Session &s, const Target &t) { return failure(consents.form(s, t.attachment)); }},
            {"RiskService::explain",
             [&](const Session &s, const Target &t) { return failure(risk.explain(s, t.student)); }},
            {"RiskService::history",
             [&](const Session &s, const Target &t) { return failure(risk.history(s, t.student)); }},
            {"AuditService::viewsOf",
             [&](const Session &s, const Target &t) { return failure(audit.viewsOf(s, t.student)); }},
            {"AuditService::list",
             [&](const Session &s, const Target &t) {
                 AuditFilter filter;
                 filter.studentId = t.student;
                 return failure(audit.list(s, filter));
             }},
            {"AuditService::findStudent",
             [&](const Session &s, const Target &t) { return failure(audit.findStudent(s, t.citizenId)); }},
            {"StudentDirectory::find by ID number",
             [&](const Session &s, const Target &t) { return failure(directory.find(s, t.citizenId)); }},
            {"StudentDirectory::find by record id",
             [&](const Session &s, const Target &t) { return failure(directory.find(s, t.student)); }},
            {"SubjectExport::collect",
             [&](const Session &s, const Target &t) { return failure(exporter.collect(s, t.student)); }},
    };

    const QList<std::pair<const char *, Session>> outsiders{
            {"director of another school", otherSchoolSession(f.t, Role::Director)},
            {"counsellor of another school", otherSchoolSession(f.t, Role::Counsellor)},
            {"teacher of another class", f.otherTeacher},
    };
    for (const auto &[who, session] : outsiders)
        for (const auto &[name, call] : calls) {
            INFO(who << ": " << name);
            const std::optional<Error> refused = call(session, real);
            REQUIRE(refused.has_value());  // nothing of the student is returned or changed
            const std::optional<Error> unknown = call(session, nobody);
            REQUIRE(unknown.has_value());
            CHECK(seen(*refused, real).toStdString() == seen(*unknown, nobody).toStdString());
            CHECK_FALSE(refused->message.contains(QStringLiteral("สมชาย")));
        }
    // The records are all still there.
    CHECK(indicators.incidents(f.teacher, f.studentId)->size() == 1);
    CHECK(screenings.results(f.teacher, f.studentId)->size() == 1);
}
