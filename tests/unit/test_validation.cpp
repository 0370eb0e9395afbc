// Whole-record validation: each rule reports one error naming its field.
#include "domain/validation.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace care;

namespace {

const QDate kToday(2025, 6, 2);

Student validStudent()
{
    Student s;
    s.schoolId = QStringLiteral("0197a000-0000-7000-8000-000000000001");
    s.idKind = IdKind::NationalId;
    s.citizenId = QStringLiteral("1-2345-67890-12-1");
    s.studentNumber = QStringLiteral("12345");
    s.prefix = QStringLiteral("ด.ช.");
    s.firstNameTh = QStringLiteral("สมชาย");
    s.lastNameTh = QStringLiteral("ใจดี");
    s.birthDate = QDate(2015, 6, 10);
    s.address.postcode = QStringLiteral("40000");
    return s;
}

Guardian validGuardian()
{
    Guardian g;
    g.prefix = QStringLiteral("นาง");
    g.firstName = QStringLiteral("สมศรี");
    g.lastName = QStringLiteral("ใจดี");
    g.citizenId = QStringLiteral("3101200345677");
    g.phone = QStringLiteral("081-234-5678");
    return g;
}

Household validHousehold()
{
    Household h;
    h.memberCount = 4;
    h.monthlyIncomeBaht = 9000;
    return h;
}

// Exactly one error, naming `field`, with a complete sentence as message.
void requireSingleError(const QList<Error> &errors, const QString &field)
{
    INFO("expected field " << field.toStdString());
    for (const Error &e : errors)
        INFO("got " << e.field.toStdString() << ": " << e.message.toStdString());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == field);
    CHECK_FALSE(errors.first().message.trimmed().isEmpty());
    CHECK(errors.first().message.endsWith(QLatin1Char('.')));
}

} // namespace

TEST_CASE("a complete student record is valid", "[validation]")
{
    CHECK(validateStudent(validStudent(), kToday).isEmpty());

    Student english = validStudent();
    english.firstNameTh.clear();
    english.lastNameTh.clear();
    english.firstNameEn = QStringLiteral("John");
    english.lastNameEn = QStringLiteral("Smith");
    CHECK(validateStudent(english, kToday).isEmpty());  // an English name is enough

    Student gcode = validStudent();
    gcode.idKind = IdKind::GCode;
    gcode.citizenId = QStringLiteral("g123456789012");
    CHECK(validateStudent(gcode, kToday).isEmpty());

    Student noId = validStudent();
    noId.idKind = IdKind::None;
    noId.citizenId = QStringLiteral("  ");
    CHECK(validateStudent(noId, kToday).isEmpty());

    Student optional = validStudent();
    optional.studentNumber.clear();
    optional.address.postcode.clear();
    CHECK(validateStudent(optional, kToday).isEmpty());
}

TEST_CASE("each student rule names its field", "[validation]")
{
    const QList<std::tuple<const char *, QString, std::function<void(Student &)>>> cases{
        {"no school", QStringLiteral("schoolId"), [](Student &s) { s.schoolId.clear(); }},
        {"bad check digit", QStringLiteral("citizenId"),
         [](Student &s) { s.citizenId = QStringLiteral("1234567890122"); }},
        {"empty national ID", QStringLiteral("citizenId"), [](Student &s) { s.citizenId.clear(); }},
        {"G-code under national ID kind", QStringLiteral("citizenId"),
         [](Student &s) { s.citizenId = QStringLiteral("G123456789012"); }},
        {"bad G-code", QStringLiteral("citizenId"),
         [](Student &s) {
             s.idKind = IdKind::GCode;
             s.citizenId = QStringLiteral("G12345");
         }},
        {"ID with kind none", QStringLiteral("citizenId"), [](Student &s) { s.idKind = IdKind::None; }},
        {"no first name", QStringLiteral("firstNameTh"), [](Student &s) { s.firstNameTh = QStringLiteral("  "); }},
        {"no last name", QStringLiteral("lastNameTh"), [](Student &s) { s.lastNameTh.clear(); }},
        {"letters in student number", QStringLiteral("studentNumber"),
         [](Student &s) { s.studentNumber = QStringLiteral("12A45"); }},
        {"no birth date", QStringLiteral("birthDate"), [](Student &s) { s.birthDate = QDate(); }},
        {"birth date tomorrow", QStringLiteral("birthDate"), [](Student &s) { s.birthDate = kToday.addDays(1); }},
        {"birth date typed in BE as CE", QStringLiteral("birthDate"),
         [](Student &s) { s.birthDate = QDate(2015 - 543, 6, 10); }},
        {"4-digit postcode", QStringLiteral("postcode"), [](Student &s) { s.address.postcode = QStringLiteral("4000"); }},
        {"letters in postcode", QStringLiteral("postcode"),
         [](Student &s) { s.address.postcode = QStringLiteral("4000O"); }},
    };
    for (const auto &[name, field, change] : cases) {
        INFO(name);
        Student s = validStudent();
        change(s);
        requireSingleError(validateStudent(s, kToday), field);
    }
}

TEST_CASE("birth date limits", "[validation]")
{
    Student s = validStudent();
    s.birthDate = kToday;
    CHECK(validateStudent(s, kToday).isEmpty());
    s.birthDate = kToday.addYears(-30);
    CHECK(validateStudent(s, kToday).isEmpty());
    s.birthDate = kToday.addYears(-30).addDays(-1);
    const auto errors = validateStudent(s, kToday);
    requireSingleError(errors, QStringLiteral("birthDate"));
    CHECK(errors.first().message.contains(QStringLiteral("Buddhist Era")));
}

TEST_CASE("several faults are all reported", "[validation]")
{
    Student s;
    const auto errors = validateStudent(s, kToday);
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("schoolId")));
    CHECK(fields.contains(QStringLiteral("citizenId")));
    CHECK(fields.contains(QStringLiteral("firstNameTh")));
    CHECK(fields.contains(QStringLiteral("lastNameTh")));
    CHECK(fields.contains(QStringLiteral("birthDate")));
}

TEST_CASE("guardian rules", "[validation]")
{
    CHECK(validateGuardian(validGuardian()).isEmpty());

    Guardian minimal;
    minimal.firstName = QStringLiteral("บุญมี");
    CHECK(validateGuardian(minimal).isEmpty());  // ID and phone are optional

    for (const char *phone : {"0812345678", "081 234 5678", "(043) 123-456", "+66812345678", "043123456"}) {
        Guardian g = validGuardian();
        g.phone = QString::fromLatin1(phone);
        INFO(phone);
        CHECK(validateGuardian(g).isEmpty());
    }

    Guardian noName = validGuardian();
    noName.firstName = QStringLiteral(" ");
    requireSingleError(validateGuardian(noName), QStringLiteral("firstName"));

    Guardian badId = validGuardian();
    badId.citizenId = QStringLiteral("3101200345670");
    requireSingleError(validateGuardian(badId), QStringLiteral("citizenId"));

    for (const char *phone : {"12345", "0812345678901", "081-234-567x", "call me"}) {
        Guardian g = validGuardian();
        g.phone = QString::fromLatin1(phone);
        INFO(phone);
        requireSingleError(validateGuardian(g), QStringLiteral("phone"));
    }
}

TEST_CASE("household rules", "[validation]")
{
    CHECK(validateHousehold(validHousehold()).isEmpty());

    Household unknownIncome = validHousehold();
    unknownIncome.monthlyIncomeBaht.reset();
    CHECK(validateHousehold(unknownIncome).isEmpty());

    Household edges = validHousehold();
    edges.memberCount = 1;
    edges.monthlyIncomeBaht = 0;
    CHECK(validateHousehold(edges).isEmpty());
    edges.memberCount = 30;
    edges.monthlyIncomeBaht = 10'000'000;
    CHECK(validateHousehold(edges).isEmpty());

    for (int members : {0, -1, 31}) {
        Household h = validHousehold();
        h.memberCount = members;
        INFO(members);
        requireSingleError(validateHousehold(h), QStringLiteral("memberCount"));
    }
    for (int income : {-1, 10'000'001}) {
        Household h = validHousehold();
        h.monthlyIncomeBaht = income;
        INFO(income);
        requireSingleError(validateHousehold(h), QStringLiteral("monthlyIncomeBaht"));
    }
}
