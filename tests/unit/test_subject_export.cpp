#include "services/subjectexport.h"

#include "otherschoolsession.h"
#include "rowcounts.h"
#include "services/consentservice.h"
#include "services/studentservice.h"
#include "storage/studentrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

// One student with everything a subject-access request must show.
struct ExportFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);  // creates the students
    Session counsellor = sessionFor(t, Role::Counsellor);
    QString studentId;
    QString consentId;

    ExportFixture()
    {
        StudentRecord record = makeStudentRecord(t, QStringLiteral("สมชาย"), QStringLiteral("ใจดี"), nationalIdFor(77));
        record.student.nickname = QStringLiteral("ต้น");
        record.classNumber = 12;
        Household home;
        home.address.houseNumber = QStringLiteral("12/3");
        home.address.subdistrict = QStringLiteral("ในเมือง");
        home.memberCount = 4;
        home.monthlyIncomeBaht = 8400;
        home.livingArrangement = LivingArrangement::Grandparents;
        home.notes = QStringLiteral("พ่อแม่ทำงานต่างจังหวัด");
        record.household = home;
        GuardianLink grandmother;
        grandmother.guardian.firstName = QStringLiteral("บุญมา");
        grandmother.guardian.lastName = QStringLiteral("ใจดี");
        grandmother.guardian.phone = QStringLiteral("0812345678");
        grandmother.relation = GuardianRelation::Grandmother;
        grandmother.isPrimary = true;
        record.guardians << grandmother;
        StudentService students(*t.db, testClock());
        auto id = students.create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        studentId = id.value();
        auto loaded = students.load(director, studentId);
        REQUIRE(loaded.ok());

        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(StudentRepository::insert(scope, AttendanceRecord{scope.makeId(), studentId, t.termIds[0], 98, 5, 2}).ok());
        REQUIRE(StudentRepository::insert(scope, AcademicRecord{scope.makeId(), studentId, t.termIds[0], 3.5, 0, 1, 0}).ok());
        REQUIRE(scope.commit().ok());

        ConsentRecord consent;
        consent.studentId = studentId;
        consent.guardianId = loaded->guardians.first().guardian.id;
        consent.purpose = ConsentPurpose::Screening;
        consent.decidedOn = QDate(2025, 5, 20);
        consent.note = QStringLiteral("ลงนามที่โรงเรียน");
        auto recorded = ConsentService(*t.db, testClock())
                            .record(counsellor, consent, ScannedForm{QStringLiteral("ใบยินยอม.pdf"), {}, "%PDF-1.4 x"});
        INFO(errorText(recorded));
        REQUIRE(recorded.ok());
        consentId = recorded.value();
    }
};

int exportEvents(Database &db, const QString &studentId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export' AND entity_id = ?"));
    q.addBindValue(studentId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Subject access: the document holds everything about the student", "[subject-export]")
{
    ExportFixture f;
    SubjectExport exporter(*f.t.db, testClock());
    auto document = exporter.collect(f.counsellor, f.studentId);
    INFO(errorText(document));
    REQUIRE(document.ok());
    const QJsonObject d = document.value();

    CHECK(d.value(QStringLiteral("schemaVersion")).toInt() == 1);
    CHECK(d.value(QStringLiteral("generatedAt")).toString() == toStoredTimestamp(testClock().nowUtc()));
    const QJsonObject student = d.value(QStringLiteral("student")).toObject();
    CHECK(student.value(QStringLiteral("id")).toString() == f.studentId);
    CHECK(student.value(QStringLiteral("firstNameTh")).toString() == QStringLiteral("สมชาย"));
    CHECK(student.value(QStringLiteral("citizenId")).toString() == nationalIdFor(77));
    CHECK(student.value(QStringLiteral("school")).toObject().value(QStringLiteral("nameTh")).toString()
          == QStringLiteral("โรงเรียนเทศบาลวัดกลาง"));

    const QJsonArray enrollments = d.value(QStringLiteral("enrollments")).toArray();
    REQUIRE(enrollments.size() == 1);
    CHECK(enrollments.at(0)[QStringLiteral("schoolName")].toString() == QStringLiteral("โรงเรียนเทศบาลวัดกลาง"));
    CHECK(enrollments.at(0)[QStringLiteral("classroomName")].toString() == classroomName(Grade::P4, 1));
    CHECK(enrollments.at(0)[QStringLiteral("yearBe")].toInt() == 2568);
    CHECK(enrollments.at(0)[QStringLiteral("classNumber")].toInt() == 12);

    const QJsonArray attendance = d.value(QStringLiteral("attendance")).toArray();
    REQUIRE(attendance.size() == 1);
    CHECK(attendance.at(0)[QStringLiteral("daysAbsent")].toInt() == 5);
    const QJsonArray grades = d.value(QStringLiteral("grades")).toArray();
    REQUIRE(grades.size() == 1);
    CHECK(grades.at(0)[QStringLiteral("gpa")].toDouble() == 3.5);

    const QJsonArray guardians = d.value(QStringLiteral("guardians")).toArray();
    REQUIRE(guardians.size() == 1);
    CHECK(guardians.at(0)[QStringLiteral("firstName")].toString() == QStringLiteral("บุญมา"));
    CHECK(guardians.at(0)[QStringLiteral("relation")].toString() == QStringLiteral("grandmother"));

    // The household's sealed circumstances are opened for the export.
    const QJsonObject household = d.value(QStringLiteral("household")).toObject();
    CHECK(household.value(QStringLiteral("monthlyIncomeBaht")).toInt() == 8400);
    CHECK(household.value(QStringLiteral("livingArrangement")).toString() == QStringLiteral("grandparents"));
    CHECK(household.value(QStringLiteral("notes")).toString() == QStringLiteral("พ่อแม่ทำงานต่างจังหวัด"));

    const QJsonArray consents = d.value(QStringLiteral("consents")).toArray();
    REQUIRE(consents.size() == 1);
    const QJsonObject consent = consents.at(0).toObject();
    CHECK(consent.value(QStringLiteral("id")).toString() == f.consentId);
    CHECK(consent.value(QStringLiteral("purpose")).toString() == QStringLiteral("screening"));
    CHECK(consent.value(QStringLiteral("decision")).toString() == QStringLiteral("given"));
    CHECK(consent.value(QStringLiteral("decidedOn")).toString() == QStringLiteral("2025-05-20"));
    CHECK(consent.value(QStringLiteral("note")).toString() == QStringLiteral("ลงนามที่โรงเรียน"));
    CHECK(consent.value(QStringLiteral("formFileName")).toString() == QStringLiteral("ใบยินยอม.pdf"));
    CHECK_FALSE(QJsonDocument(d).toJson().contains("%PDF"));  // the form's content stays in Care

    CHECK(d.value(QStringLiteral("accessGrants")).toArray().isEmpty());
    const QJsonArray events = d.value(QStringLiteral("auditEvents")).toArray();
    REQUIRE(events.size() >= 2);  // the student's creation and the consent
    QStringList actions;
    for (const QJsonValue &e : events) {
        actions << e[QStringLiteral("action")].toString();
        CHECK_FALSE(e[QStringLiteral("at")].toString().isEmpty());
        CHECK_FALSE(e[QStringLiteral("actor")].toString().isEmpty());
        CHECK_FALSE(e[QStringLiteral("actor")].toString().contains(QLatin1Char('|')));
    }
    CHECK(actions.first() == QStringLiteral("create"));
    CHECK(events.last()[QStringLiteral("section")].toString() == QStringLiteral("family"));
}

TEST_CASE("Subject access: the export is audited and written for the owner only", "[subject-export]")
{
    ExportFixture f;
    SubjectExport exporter(*f.t.db, testClock());
    CHECK(exportEvents(*f.t.db, f.studentId) == 0);
    auto document = exporter.collect(f.counsellor, f.studentId);
    REQUIRE(document.ok());
    CHECK(exportEvents(*f.t.db, f.studentId) == 1);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto path = exporter.writeJson(document.value(), dir.path());
    INFO(errorText(path));
    REQUIRE(path.ok());
    CHECK(path.value() == QDir(dir.path()).filePath(f.studentId + QStringLiteral("-subject-access.json")));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                      QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(path.value()) & others) == QFile::Permissions());
    QFile file(path.value());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object() == document.value());

    auto missing = exporter.writeJson(document.value(), dir.filePath(QStringLiteral("no-such-folder")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().location == dir.filePath(QStringLiteral("no-such-folder")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("no-such-folder"))).exists());
}

TEST_CASE("Subject access: a session without the student in scope is refused", "[subject-export]")
{
    ExportFixture f;
    SubjectExport exporter(*f.t.db, testClock());
    const QList<Session> outsiders{otherSchoolSession(f.t, Role::Counsellor), sessionFor(f.t, Role::Teacher), f.t.admin};
    const QStringList tables{QStringLiteral("audit_event"), QStringLiteral("change_log")};
    const auto before = rowCounts(*f.t.db, tables);
    for (const Session &outside : outsiders) {
        INFO(code(outside.role()).toStdString());
        auto refused = exporter.collect(outside, f.studentId);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.contains(QStringLiteral("สมชาย")));
    }
    CHECK(rowCounts(*f.t.db, tables) == before);
}
