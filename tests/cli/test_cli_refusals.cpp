// Every care-cli command that takes a student, run by a user of another
// school and by a teacher of another class: the answer (exit code, output
// and message) is exactly the one for a student nobody has, so no command
// tells whether a national ID exists in the municipality.
#include "securityfixture.h"

#include "domain/validation.h"
#include "services/accountservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

const QString kStudent = QStringLiteral("<student>");

// A teacher of ป.4/2 at the students' own school ("classteacher").
void addTeacherOfAnotherClass(SecurityFixture &f)
{
    TestDatabase &t = f.students.base;
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.ok());
    t.db = reopened.value();
    auto admin = AccountService(*t.db, testClock(), crypto::PasswordCost::minimal())
                         .signIn(QStringLiteral("admin"), kTestPassword);
    REQUIRE(admin.ok());
    t.admin = admin.value();
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());
    Classroom p42{scope.makeId(), t.schoolId, t.yearId, Grade::P4, 2, {}};
    REQUIRE(SchoolRepository::insert(scope, p42).ok());
    REQUIRE(scope.commit().ok());
    sessionFor(t, Role::Teacher, {p42.id}, QStringLiteral("classteacher"));
    t.db.reset();
}

QStringList withStudent(QStringList arguments, const QString &student)
{
    arguments.replaceInStrings(kStudent, student);
    return arguments;
}

}  // namespace

TEST_CASE("every command that takes a student answers a student out of reach as one nobody has", "[cli][refusals]")
{
    SecurityFixture f = makeSecurityFixture();
    addTeacherOfAnotherClass(f);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString db = f.path();
    const QList<QStringList> commands{
            {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--term"),
             QStringLiteral("1/2568"), QStringLiteral("--enrolled"), QStringLiteral("90"), QStringLiteral("--absent"),
             QStringLiteral("1"), kStudent},
            {QStringLiteral("grades"), QStringLiteral("list"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("grades"), QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--term"),
             QStringLiteral("1/2568"), QStringLiteral("--gpa"), QStringLiteral("3.00"), kStudent},
            {QStringLiteral("behaviour"), QStringLiteral("list"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("behaviour"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--date"),
             QStringLiteral("2025-06-20"), QStringLiteral("--kind"), QStringLiteral("bullying"),
             QStringLiteral("--severity"), QStringLiteral("minor"), QStringLiteral("--note"), QStringLiteral("x"),
             kStudent},
            {QStringLiteral("screen"), QStringLiteral("list"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("risk"), QStringLiteral("explain"), QStringLiteral("--db"), db, kStudent},
            {QStringLiteral("export"), QStringLiteral("subject"), QStringLiteral("--db"), db,
             QStringLiteral("--student"), kStudent, QStringLiteral("--out"), out.path()},
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--student"),
             kStudent},
    };
    // The student by record id and by ID number, and ids of the same form nobody has.
    const QList<std::pair<QString, QString>> forms{
            {f.students.somchaiId, QStringLiteral("0190a000-0000-7000-8000-00000000beef")},
            {formatCitizenId(f.students.somchaiCitizenId), formatCitizenId(nationalIdFor(777002))},
    };
    for (const QString &user :
         {QStringLiteral("otherdirector"), QStringLiteral("otherteacher"), QStringLiteral("classteacher")})
        for (const QStringList &command : commands)
            for (const auto &[real, nobody] : forms) {
                const CliRun refused = runAs(user, withStudent(command, real));
                const CliRun unknown = runAs(user, withStudent(command, nobody));
                INFO(user.toStdString() << ": " << withStudent(command, real).join(QLatin1Char(' ')).toStdString()
                                        << "\n"
                                        << refused << "\nnobody:\n"
                                        << unknown);
                CHECK_FALSE(refused.crashed);
                CHECK(refused.exitCode != 0);
                CHECK(refused.exitCode == unknown.exitCode);
                CHECK(refused.out == QString(unknown.out).replace(nobody, real));
                CHECK(refused.err == QString(unknown.err).replace(nobody, real));
                CHECK(revealsNoName(refused));
            }
}
