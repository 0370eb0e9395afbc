// Access decided in core, at each check: class assignments read afresh,
// break-the-glass for reading only, the school tree of the user's scope, and
// the risk overview audited per student.
#include "accessfixture.h"
#include "recordsfixture.h"
#include "riskfixture.h"
#include "rowcounts.h"

#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/accessgrantservice.h"
#include "services/consentservice.h"
#include "services/indicatorservice.h"
#include "services/schooldirectory.h"
#include "services/studentdirectory.h"
#include "services/subjectexport.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QString kReason = QStringLiteral("The child was brought to the health centre");

// The audited views of the student's risk section.
QStringList riskViews(Database &db, const QString &studentId)
{
    QStringList found;
    for (const QString &event : auditTrail(db, studentId))
        if (event.startsWith(QStringLiteral("view/risk/")))
            found << event;
    return found;
}

}  // namespace

TEST_CASE("taking a class away from a teacher takes effect at their next step, not at their next sign-in",
          "[access][session]")
{
    RecordsFixture f;
    const AccessControl access(*f.t.db, testClock());
    const StudentDirectory directory(*f.t.db, testClock());
    REQUIRE(access.check(f.teacher, Action::View, Section::Identity, f.studentId).ok());
    REQUIRE(directory.count(f.teacher, {}).value() == 3);

    AccountService accounts(*f.t.db, testClock(), crypto::PasswordCost::minimal());
    REQUIRE(accounts.setClassrooms(f.director, f.teacher.userId(), {f.otherClassroomId}).ok());
    // The session still carries ป.4/1 from its sign-in; core reads the account as it is now.
    REQUIRE(f.teacher.classroomIds().contains(f.t.classroomId));
    CHECK_FALSE(access.check(f.teacher, Action::View, Section::Identity, f.studentId).ok());
    CHECK_FALSE(StudentService(*f.t.db, testClock()).load(f.teacher, f.studentId).ok());
    CHECK(access.check(f.teacher, Action::View, Section::Identity, f.otherClassStudentId).ok());
    CHECK(directory.count(f.teacher, {}).value() == 1);
    CHECK_FALSE(directory.find(f.teacher, f.studentId).ok());
    auto tree = SchoolDirectory(*f.t.db, testClock()).tree(f.teacher, f.t.yearId);
    REQUIRE(tree.ok());
    REQUIRE(tree->size() == 1);
    REQUIRE(tree->first().classrooms.size() == 1);
    CHECK(tree->first().classrooms.first().classroom.id == f.otherClassroomId);

    // Disabled: refused at once, whatever the session says.
    REQUIRE(accounts.setDisabled(f.director, f.teacher.userId(), true).ok());
    auto refused = access.check(f.teacher, Action::View, Section::Identity, f.otherClassStudentId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
    CHECK(directory.count(f.teacher, {}).value() == 0);
}

TEST_CASE("break-the-glass allows reading only: no edit, delete, change of school or new entries",
          "[access][breakglass]")
{
    AccessFixture f = makeAccessFixture();
    const Session &director = f.otherDirector;  // may change records of their own school
    REQUIRE(AccessGrantService(*f.t.db, testClock()).open(director, f.inClass, kReason).ok());
    const AccessControl access(*f.t.db, testClock());
    StudentService students(*f.t.db, testClock());
    for (Action action : {Action::View, Action::Print})
        CHECK(access.check(director, action, Section::Identity, f.inClass).ok());
    auto loaded = students.load(director, f.inClass);
    REQUIRE(loaded.ok());
    const auto before = rowCounts(*f.t.db,
                                  {QStringLiteral("student"), QStringLiteral("household"), QStringLiteral("enrollment"),
                                   QStringLiteral("consent")});

    for (Action action : {Action::Create, Action::Update, Action::Delete, Action::Export}) {
        INFO(code(action).toStdString());
        auto refused = access.check(director, action, Section::Identity, f.inClass);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("reading only")));
        CHECK_FALSE(refused.error().message.contains(AccessFixture::inClassName()));
    }
    StudentRecord edited = loaded.value();
    edited.student.nickname = QStringLiteral("แก้ไข");
    auto edit = students.update(edited, director);
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().message.contains(QStringLiteral("reading only")));
    StudentRecord moved = loaded.value();
    moved.student.schoolId = f.other.schoolId;  // the director's own school
    CHECK_FALSE(students.update(moved, director).ok());
    StudentRecord family = loaded.value();
    family.household->memberCount = 9;
    CHECK_FALSE(students.update(family, director).ok());
    CHECK_FALSE(students.remove(f.inClass, director).ok());
    ConsentRecord consent;
    consent.studentId = f.inClass;
    consent.purpose = ConsentPurpose::HealthSharing;
    consent.decidedOn = testClock().today();
    CHECK_FALSE(ConsentService(*f.t.db, testClock()).record(director, consent).ok());
    CHECK_FALSE(SubjectExport(*f.t.db, testClock()).collect(director, f.inClass).ok());
    CHECK(rowCounts(*f.t.db,
                    {QStringLiteral("student"), QStringLiteral("household"), QStringLiteral("enrollment"),
                     QStringLiteral("consent")})
          == before);
    auto stored = students.load(f.director, f.inClass);
    REQUIRE(stored.ok());
    CHECK(stored->student.schoolId == f.t.schoolId);
    CHECK(stored->student.nickname != QStringLiteral("แก้ไข"));
}

TEST_CASE("the school tree holds the schools of the user's scope, counts of others only for aggregates",
          "[access][schools]")
{
    AccessFixture f = makeAccessFixture();
    const SchoolDirectory schools(*f.t.db, testClock());
    const auto treeOf = [&](const Session &session) {
        auto tree = schools.tree(session, f.t.yearId);
        INFO(errorText(tree));
        REQUIRE(tree.ok());
        QStringList shown;  // "school:count" and "classroom:count"
        for (const SchoolInTree &school : tree.value()) {
            shown << school.school.id + QLatin1Char(':') + QString::number(school.studentCount);
            for (const ClassroomInTree &room : school.classrooms)
                shown << room.classroom.id + QLatin1Char(':') + QString::number(room.studentCount);
        }
        return shown;
    };
    const auto at = [](const QString &id, int count) { return id + QLatin1Char(':') + QString::number(count); };

    const QStringList ownSchool{at(f.t.schoolId, 2), at(f.t.classroomId, 1), at(f.otherClassroom, 1)};
    CHECK(treeOf(f.director) == ownSchool);
    CHECK(treeOf(sessionFor(f.t, Role::Counsellor)) == ownSchool);
    CHECK(treeOf(f.otherDirector) == QStringList{at(f.other.schoolId, 1), at(f.other.classroomId, 1)});
    CHECK(treeOf(sessionFor(f.t, Role::Teacher, {f.t.classroomId}))
          == QStringList{at(f.t.schoolId, 1), at(f.t.classroomId, 1)});
    CHECK(treeOf(sessionFor(f.t, Role::HealthStaff)) == QStringList{at(f.t.schoolId, 0)});  // nobody referred
    CHECK(treeOf(f.t.admin).isEmpty());
    const Session officer = sessionFor(f.t, Role::MunicipalOfficer);
    CHECK(treeOf(officer) == ownSchool + QStringList{at(f.other.schoolId, 1), at(f.other.classroomId, 1)});

    // A grant adds its student's class, counted for that user only.
    REQUIRE(AccessGrantService(*f.t.db, testClock()).open(f.t.admin, f.otherSchoolStudent, kReason).ok());
    CHECK(treeOf(f.t.admin) == QStringList{at(f.other.schoolId, 1), at(f.other.classroomId, 1)});

    // Schools by name for forms: a school role sees its own.
    auto named = schools.schools(f.director);
    REQUIRE(named.ok());
    REQUIRE(named->size() == 1);
    CHECK(named->first().id == f.t.schoolId);
    CHECK_FALSE(schools.school(f.director, f.other.schoolId).ok());
    CHECK(schools.schools(f.t.admin)->size() == 2);
}

TEST_CASE("the risk overview reads the levels in core and audits each student's view", "[access][risk]")
{
    RiskFixture f;
    const QString flagged = f.addStudent(QStringLiteral("ขาดบ่อย"));
    const QString steady = f.addStudent(QStringLiteral("มาเรียน"));
    f.setAttendance(flagged, 0, 50, 11);  // 22%: problem
    f.setAttendance(steady, 0, 50, 0);
    RiskService risk(*f.t.db, f.clock);
    REQUIRE(risk.recomputeAll(f.t.admin).ok());
    const Session counsellor = sessionFor(f.t, Role::Counsellor);
    const auto viewsBefore = riskViews(*f.t.db, flagged);

    RiskOverviewFilter filter;
    filter.academicYearId = f.t.yearId;
    auto rows = risk.overview(counsellor, filter);
    INFO(errorText(rows));
    REQUIRE(rows.ok());
    QHash<QString, RiskOverviewRow> byId;
    for (const RiskOverviewRow &row : rows.value())
        byId.insert(row.studentId, row);
    REQUIRE(byId.contains(flagged));
    CHECK(byId.value(flagged).overall == RiskLevel::Problem);
    CHECK(byId.value(flagged).domains.value(RiskDomain::Attendance) == RiskLevel::Problem);
    const QStringList views = riskViews(*f.t.db, flagged);
    CHECK(views.size() == viewsBefore.size() + 1);

    // Only the students shown have their levels opened (and a view recorded).
    filter.level = RiskLevel::Normal;
    REQUIRE(risk.overview(counsellor, filter).ok());
    CHECK(riskViews(*f.t.db, flagged).size() == views.size());

    // Refused to a role that may not see risk levels, and to another school's user it shows nobody here.
    CHECK_FALSE(risk.overview(sessionFor(f.t, Role::VisitCoordinator, {f.t.classroomId}), filter).ok());
    filter.level.reset();
    auto elsewhere = risk.overview(otherSchoolSession(f.t, Role::Counsellor), filter);
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->isEmpty());
}
