#include "studentsfixture.h"

#include "domain/validation.h"
#include "services/studentservice.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

namespace care::test {

QString nationalIdWithCheckDigit(const QString &first12)
{
    return first12 + QString::number(nationalIdCheckDigit(first12));
}

namespace {

QString createStudent(Database &db, const Session &session, StudentRecord record)
{
    StudentService service(db, testClock());
    auto created = service.create(std::move(record), session);
    INFO((created.ok() ? std::string() : created.error().describe().toStdString()));
    REQUIRE(created.ok());
    return created.value();
}

StudentRecord somchai(const TestDatabase &t, const QString &citizenId)
{
    StudentRecord r;
    r.student.schoolId = t.schoolId;
    r.student.idKind = IdKind::NationalId;
    r.student.citizenId = formatCitizenId(citizenId);  // typed with dashes
    r.student.studentNumber = QStringLiteral("10234");
    r.student.prefix = QStringLiteral("ด.ช.");
    r.student.firstNameTh = QStringLiteral("สมชาย");
    r.student.lastNameTh = QStringLiteral("ศรีสุวรรณ");
    r.student.firstNameEn = QStringLiteral("Somchai");
    r.student.lastNameEn = QStringLiteral("Srisuwan");
    r.student.nickname = QStringLiteral("ต้น");
    r.student.birthDate = QDate(2015, 3, 12);
    r.student.sex = Sex::Male;
    r.student.address.houseNumber = QStringLiteral("12/3");
    r.student.address.subdistrict = QStringLiteral("ในเมือง");
    r.student.address.district = QStringLiteral("เมืองขอนแก่น");
    r.student.address.province = QStringLiteral("ขอนแก่น");
    r.student.address.postcode = QStringLiteral("40000");
    Household household;
    household.memberCount = 4;
    household.monthlyIncomeBaht = 12000;
    household.livingArrangement = LivingArrangement::MotherOnly;
    r.household = household;
    GuardianLink mother;
    mother.guardian.prefix = QStringLiteral("นาง");
    mother.guardian.firstName = QStringLiteral("มาลี");
    mother.guardian.lastName = QStringLiteral("ศรีสุวรรณ");
    mother.guardian.phone = QStringLiteral("081-234-5678");
    mother.relation = GuardianRelation::Mother;
    mother.isPrimary = true;
    r.guardians << mother;
    r.classroomId = t.classroomId;
    r.classNumber = 5;
    return r;
}

StudentRecord simpleStudent(const TestDatabase &t, const QString &prefix, const QString &first, const QString &last,
                            IdKind kind, const QString &citizenId)
{
    StudentRecord r;
    r.student.schoolId = t.schoolId;
    r.student.idKind = kind;
    r.student.citizenId = citizenId;
    r.student.prefix = prefix;
    r.student.firstNameTh = first;
    r.student.lastNameTh = last;
    r.student.birthDate = QDate(2015, 8, 1);
    r.student.sex = prefix == QStringLiteral("ด.ญ.") ? Sex::Female : Sex::Male;
    r.classroomId = t.classroomId;
    return r;
}

void addTermRecords(TestDatabase &t, const QString &studentId)
{
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());
    AttendanceRecord attendance{scope.makeId(), studentId, t.termIds[0], 100, 12, 3};
    AcademicRecord academic{scope.makeId(), studentId, t.termIds[0], 2.5, 1, 0, 0};
    REQUIRE(StudentRepository::insert(scope, attendance).ok());
    REQUIRE(StudentRepository::insert(scope, academic).ok());
    REQUIRE(scope.commit().ok());
}

} // namespace

StudentsFixture makeStudentsFixture()
{
    StudentsFixture f{makeTestDatabase(), {}, nationalIdWithCheckDigit(QStringLiteral("110170020345")), {}, {}};
    f.director = sessionFor(f.base, Role::Director, {}, QStringLiteral("director"));
    f.somchaiId = createStudent(*f.base.db, f.director, somchai(f.base, f.somchaiCitizenId));
    addTermRecords(f.base, f.somchaiId);
    f.somyingId = createStudent(*f.base.db, f.director, simpleStudent(f.base, QStringLiteral("ด.ญ."), QStringLiteral("สมหญิง"),
                                                          QStringLiteral("ใจดี"), IdKind::GCode,
                                                          QStringLiteral("G123456789012")));
    createStudent(*f.base.db, f.director, simpleStudent(f.base, QStringLiteral("ด.ช."), QStringLiteral("ปิติ"),
                                            QStringLiteral("มั่นคง"), IdKind::NationalId,
                                            nationalIdWithCheckDigit(QStringLiteral("310170020346"))));
    f.base.db.reset();  // care-cli opens the file on its own
    return f;
}

QStringList signInAs(const QString &username, const QString &password)
{
    return {QStringLiteral("CARE_USER=") + username, QStringLiteral("CARE_PASSWORD=") + password};
}

CliRun students(const QString &subcommand, const StudentsFixture &f, const QStringList &arguments,
                const CliOptions &options)
{
    CliOptions signedIn = options;
    signedIn.environment = signInAs(f.director.username()) + options.environment;  // later pairs win
    return runCli(QStringList{QStringLiteral("students"), subcommand, QStringLiteral("--db"), f.base.path} + arguments,
                  signedIn);
}

QJsonDocument parseJson(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

QStringList firstNames(const QJsonArray &rows)
{
    QStringList names;
    for (const QJsonValue &row : rows)
        names << row.toObject().value(QStringLiteral("firstNameTh")).toString();
    names.sort();
    return names;
}

} // namespace care::test
