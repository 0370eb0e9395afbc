#include "testdatabase.h"

#include "domain/entities.h"
#include "domain/validation.h"
#include "services/accountservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

namespace care::test {

const FixedClock &testClock()
{
    static const FixedClock clock(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
    return clock;
}

namespace {

void requireOk(const Status &status, const char *what)
{
    INFO(what << ": " << (status.ok() ? std::string() : status.error().describe().toStdString()));
    REQUIRE(status.ok());
}

} // namespace

TestDatabase makeTestDatabase()
{
    TestDatabase t;
    t.dir = std::make_unique<QTemporaryDir>();
    REQUIRE(t.dir->isValid());
    t.path = t.dir->filePath(QStringLiteral("test.care"));

    auto opened = Database::open(t.path, Database::OpenMode::CreateIfMissing);
    INFO((opened.ok() ? std::string() : opened.error().describe().toStdString()));
    REQUIRE(opened.ok());
    t.db = opened.value();

    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());

    Municipality municipality;
    municipality.id = scope.makeId();
    municipality.code = QStringLiteral("5400101");
    municipality.nameTh = QStringLiteral("เทศบาลนครขอนแก่น");
    municipality.nameEn = QStringLiteral("Khon Kaen City Municipality");
    municipality.province = QStringLiteral("ขอนแก่น");
    requireOk(SchoolRepository::insert(scope, municipality), "insert municipality");
    t.municipalityId = municipality.id;

    School school;
    school.id = scope.makeId();
    school.municipalityId = municipality.id;
    school.code = QStringLiteral("40010001");
    school.nameTh = QStringLiteral("โรงเรียนเทศบาลวัดกลาง");
    school.nameEn = QStringLiteral("Wat Klang Municipal School");
    school.kind = SchoolKind::Primary;
    school.lowestGrade = Grade::P1;
    school.highestGrade = Grade::P6;
    school.address.province = QStringLiteral("ขอนแก่น");
    requireOk(SchoolRepository::insert(scope, school), "insert school");
    t.schoolId = school.id;

    AcademicYear year;
    year.id = scope.makeId();
    year.yearBe = 2568;
    year.startsOn = QDate(2025, 5, 16);
    year.endsOn = QDate(2026, 3, 31);
    requireOk(SchoolRepository::insert(scope, year), "insert academic year");
    t.yearId = year.id;

    const QDate termDates[2][2] = {{QDate(2025, 5, 16), QDate(2025, 10, 10)},
                                   {QDate(2025, 11, 1), QDate(2026, 3, 31)}};
    for (int i = 0; i < 2; ++i) {
        Term term;
        term.id = scope.makeId();
        term.academicYearId = year.id;
        term.number = i + 1;
        term.startsOn = termDates[i][0];
        term.endsOn = termDates[i][1];
        requireOk(SchoolRepository::insert(scope, term), "insert term");
        t.termIds[i] = term.id;
    }

    Classroom classroom;
    classroom.id = scope.makeId();
    classroom.schoolId = school.id;
    classroom.academicYearId = year.id;
    classroom.grade = Grade::P4;
    classroom.room = 1;
    requireOk(SchoolRepository::insert(scope, classroom), "insert classroom");
    t.classroomId = classroom.id;

    requireOk(scope.commit(), "commit fixture");

    NewUser admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Test Administrator");
    admin.role = Role::SystemAdministrator;
    admin.password = kTestPassword;
    auto setUp = AccountService(*t.db, testClock(), crypto::PasswordCost::minimal()).setUp(admin);
    INFO("set up: " << errorText(setUp));
    REQUIRE(setUp.ok());
    t.admin = setUp->administrator;
    t.recoveryKey = setUp->recoveryKey;
    return t;
}

Session sessionFor(TestDatabase &t, Role role, QSet<QString> classroomIds, QString username)
{
    static int serial = 0;
    if (username.isEmpty())
        username = QStringLiteral("%1%2").arg(code(role)).arg(++serial);
    NewUser user;
    user.username = username;
    user.displayName = QStringLiteral("Test %1").arg(username);
    user.role = role;
    user.schoolId = isSchoolRole(role) ? t.schoolId : QString();
    user.classroomIds = std::move(classroomIds);
    user.password = kTestPassword;
    AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
    auto added = accounts.addUserUnchecked(t.admin, user);
    INFO("add user " << username.toStdString() << ": " << errorText(added));
    REQUIRE(added.ok());
    auto users = accounts.listUsers(t.admin);
    REQUIRE(users.ok());
    for (const UserSummary &u : users.value())
        if (u.id == added.value())
            return Session(u.id, u.username, u.displayName, u.role, u.schoolId, u.classroomIds, testClock().nowUtc());
    FAIL("the new user is not listed");
    return {};
}

QString nationalIdFor(qint64 serial)
{
    // Leading 1 (Thai born after 1984), then the serial padded to 11 digits.
    const QString first12 = QStringLiteral("1%1").arg(serial % 100'000'000'000LL, 11, 10, QLatin1Char('0'));
    return first12 + QString::number(nationalIdCheckDigit(first12));
}

StudentRecord makeStudentRecord(const TestDatabase &t, const QString &firstNameTh, const QString &lastNameTh,
                                const QString &citizenId)
{
    StudentRecord record;
    Student &s = record.student;
    s.schoolId = t.schoolId;
    s.idKind = citizenId.isEmpty() ? IdKind::None : IdKind::NationalId;
    s.citizenId = citizenId;
    s.prefix = QStringLiteral("ด.ช.");
    s.firstNameTh = firstNameTh;
    s.lastNameTh = lastNameTh;
    s.birthDate = QDate(2015, 6, 10);
    s.sex = Sex::Male;
    s.status = StudentStatus::Studying;
    record.classroomId = t.classroomId;
    return record;
}

} // namespace care::test
