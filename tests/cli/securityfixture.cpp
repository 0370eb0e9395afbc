#include "securityfixture.h"

#include "services/accountservice.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

namespace care::test {
namespace {

// A second school of the fixture's municipality with classroom ป.1/1.
void addOtherSchool(SecurityFixture &f)
{
    TestDatabase &t = f.students.base;
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());
    School school;
    school.id = scope.makeId();
    school.municipalityId = t.municipalityId;
    school.code = QStringLiteral("40010099");
    school.nameTh = QStringLiteral("โรงเรียนเทศบาลหนองแวง");
    REQUIRE(SchoolRepository::insert(scope, school).ok());
    Classroom classroom{scope.makeId(), school.id, t.yearId, Grade::P1, 1, {}};
    REQUIRE(SchoolRepository::insert(scope, classroom).ok());
    REQUIRE(scope.commit().ok());
    f.otherSchoolId = school.id;
    f.otherClassroomId = classroom.id;
}

} // namespace

SecurityFixture makeSecurityFixture()
{
    SecurityFixture f{makeStudentsFixture(), {}, {}, {}};
    TestDatabase &t = f.students.base;
    // makeStudentsFixture closed the file: open it and sign the admin in again.
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.ok());
    t.db = reopened.value();
    auto admin = AccountService(*t.db, testClock(), crypto::PasswordCost::minimal())
                     .signIn(QStringLiteral("admin"), kTestPassword);
    INFO(errorText(admin));
    REQUIRE(admin.ok());
    t.admin = admin.value();

    sessionFor(t, Role::Teacher, {t.classroomId}, QStringLiteral("teacher"));
    addOtherSchool(f);
    const QString fixtureSchool = t.schoolId;
    t.schoolId = f.otherSchoolId;  // sessionFor puts school roles at t.schoolId
    const Session otherDirector = sessionFor(t, Role::Director, {}, QStringLiteral("otherdirector"));
    sessionFor(t, Role::Teacher, {f.otherClassroomId}, QStringLiteral("otherteacher"));
    StudentRecord wilai = makeStudentRecord(t, QStringLiteral("วิไล"), QStringLiteral("ทองดี"), nationalIdFor(424242));
    wilai.classroomId = f.otherClassroomId;
    t.schoolId = fixtureSchool;
    auto created = StudentService(*t.db, testClock()).create(wilai, otherDirector);
    INFO(errorText(created));
    REQUIRE(created.ok());
    f.otherStudentId = created.value();
    t.db.reset();  // care-cli opens the file on its own
    return f;
}

CliRun runAs(const QString &username, const QStringList &arguments, const QString &password)
{
    CliOptions options;
    options.environment = signInAs(username, password);
    return runCli(arguments, options);
}

QStringList fixtureStudentNames()
{
    return {QStringLiteral("สมชาย"), QStringLiteral("ศรีสุวรรณ"), QStringLiteral("Somchai"), QStringLiteral("สมหญิง"),
            QStringLiteral("ปิติ"), QStringLiteral("วิไล"), QStringLiteral("ทองดี"), QStringLiteral("มาลี")};
}

bool revealsNoName(const CliRun &run)
{
    for (const QString &name : fixtureStudentNames())
        if (run.out.contains(name) || run.err.contains(name))
            return false;
    return true;
}

} // namespace care::test
