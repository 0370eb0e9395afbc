// Student list search: trigram substrings, short prefixes, IDs, filters, order, paging.
#include "accessfixture.h"
#include "testdatabase.h"

#include "locale/collation.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace care;
using namespace care::test;

namespace {

struct Person {
    const char *first;
    const char *last;
    const char *nickname;
};

// Hand-picked names for the text searches; generated fillers never contain
// "สม", "วรรณ", "ต้น" or the special ID digits.
const Person kNamed[] = {
    {"สมชาย", "ศรีสุวรรณวงศ์", "ต้น"}, {"สมศรี", "ใจดี", ""},        {"กมล", "สมบูรณ์", ""},
    {"เกษม", "ทองดี", ""},             {"ไก่", "มีสุข", ""},          {"ขวัญใจ", "พรหมวงศ์", ""},
    {"ปรีชา", "อุดมสม", ""},            {"อรุณ", "แสงทอง", ""},        {"บุญมี", "วรรณา", ""},
};
const QString kSpecialId = QStringLiteral("1234567890121");  // given to สมชาย ศรีสุวรรณวงศ์

struct SearchFixture {
    TestDatabase t;
    QString schoolB;
    QString classroomP5;   // school A, 2568, ป.5/1
    QString classroomB;    // school B, 2568, ป.1/1
    QHash<QString, QString> nameById;  // id -> "first last"
    QSet<QString> inSchoolB, inP5, leftSchool;
};

QString insertSchoolAndClassrooms(SearchFixture &f)
{
    WriteScope scope(*f.t.db, Actor::system(QStringLiteral("test")), testClock());
    School school;
    school.id = scope.makeId();
    school.municipalityId = f.t.municipalityId;
    school.code = QStringLiteral("40010002");
    school.nameTh = QStringLiteral("โรงเรียนเทศบาลบ้านโนนทัน");
    REQUIRE(SchoolRepository::insert(scope, school).ok());
    Classroom p5{scope.makeId(), f.t.schoolId, f.t.yearId, Grade::P5, 1, {}};
    Classroom b1{scope.makeId(), school.id, f.t.yearId, Grade::P1, 1, {}};
    REQUIRE(SchoolRepository::insert(scope, p5).ok());
    REQUIRE(SchoolRepository::insert(scope, b1).ok());
    REQUIRE(scope.commit().ok());
    f.classroomP5 = p5.id;
    f.classroomB = b1.id;
    return school.id;
}

SearchFixture makeFixture()
{
    SearchFixture f{makeTestDatabase(), {}, {}, {}, {}, {}, {}, {}};
    f.schoolB = insertSchoolAndClassrooms(f);
    StudentService service(*f.t.db, testClock());
    const Session directorA = sessionFor(f.t, Role::Director);
    const Session directorB = userAt(f.t, Role::Director, f.schoolB);

    const QStringList syllables{QStringLiteral("กา"),   QStringLiteral("นา"),  QStringLiteral("ดี"),
                                QStringLiteral("ทอง"),  QStringLiteral("ใจ"),  QStringLiteral("พร"),
                                QStringLiteral("รัตน์"), QStringLiteral("ชัย"), QStringLiteral("เพ็ญ"),
                                QStringLiteral("แก้ว"), QStringLiteral("บุญ"), QStringLiteral("ประ")};
    QList<Person> people(std::begin(kNamed), std::end(kNamed));
    QList<std::pair<QString, QString>> names;
    for (const Person &p : people)
        names << std::pair{QString::fromUtf8(p.first), QString::fromUtf8(p.last)};
    for (int i = 0; names.size() < 64; ++i) {
        const QString first = syllables.at(i % 12) + syllables.at((i / 12 + 5) % 12);
        const QString last = syllables.at((i * 7 + 3) % 12) + syllables.at((i / 3) % 12) + syllables.at(i % 5);
        names << std::pair{first, last};
    }

    for (int i = 0; i < names.size(); ++i) {
        const QString citizenId = i == 0 ? kSpecialId : nationalIdFor(10'000 + i);
        StudentRecord record = makeStudentRecord(f.t, names.at(i).first, names.at(i).second, citizenId);
        if (i < int(people.size()))
            record.student.nickname = QString::fromUtf8(people.at(i).nickname);
        record.student.studentNumber = QString::number(50'000 + i);
        if (i % 5 == 1) {
            record.student.schoolId = f.schoolB;
            record.classroomId = f.classroomB;
        } else if (i % 5 == 2) {
            record.classroomId = f.classroomP5;
        }
        if (i % 7 == 3)
            record.student.status = StudentStatus::LeftSchool;
        auto created = service.create(record, record.student.schoolId == f.schoolB ? directorB : directorA);
        INFO(names.at(i).first.toStdString() << ": " << errorText(created));
        REQUIRE(created.ok());
        f.nameById.insert(created.value(), names.at(i).first + QLatin1Char(' ') + names.at(i).second);
        if (i % 5 == 1)
            f.inSchoolB.insert(created.value());
        if (i % 5 == 2)
            f.inP5.insert(created.value());
        if (i % 7 == 3)
            f.leftSchool.insert(created.value());
    }
    return f;
}

QList<StudentListRow> allRows(const StudentSearch &search, const StudentFilter &filter,
                              StudentSort sort = StudentSort::Name, bool ascending = true)
{
    auto rows = search.page(filter, sort, ascending, 0, 10'000);
    INFO(errorText(rows));
    REQUIRE(rows.ok());
    auto count = search.count(filter);
    REQUIRE(count.ok());
    CHECK(count.value() == rows->size());
    return rows.value();
}

QStringList fullNames(const QList<StudentListRow> &rows)
{
    QStringList names;
    for (const StudentListRow &r : rows)
        names << r.firstNameTh + QLatin1Char(' ') + r.lastNameTh;
    return names;
}

QSet<QString> ids(const QList<StudentListRow> &rows)
{
    QSet<QString> set;
    for (const StudentListRow &r : rows)
        set.insert(r.id);
    return set;
}

StudentFilter textFilter(const QString &text)
{
    StudentFilter filter(StudentListScope::everyone());
    filter.text = text;
    return filter;
}

} // namespace

TEST_CASE("student search", "[search]")
{
    static SearchFixture f = makeFixture();  // built once: 64 audited creates
    StudentSearch search(*f.t.db);

    SECTION("a Thai substring in the middle of a surname is found")
    {
        const auto rows = allRows(search, textFilter(QStringLiteral("สุวรรณ")));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().lastNameTh == QStringLiteral("ศรีสุวรรณวงศ์"));

        const QStringList both = fullNames(allRows(search, textFilter(QStringLiteral("วรรณ"))));
        CHECK(both.size() == 2);
        CHECK(both.contains(QStringLiteral("บุญมี วรรณา")));
        CHECK(both.contains(QStringLiteral("สมชาย ศรีสุวรรณวงศ์")));

        CHECK(allRows(search, textFilter(QStringLiteral("ไม่มีชื่อนี้"))).isEmpty());
    }
    SECTION("two words must both match")
    {
        const auto rows = allRows(search, textFilter(QStringLiteral("สมชาย วรรณ")));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().firstNameTh == QStringLiteral("สมชาย"));

        // A short word beside a long one is matched anywhere in the names.
        const auto mixed = allRows(search, textFilter(QStringLiteral("สม วรรณ")));
        REQUIRE(mixed.size() == 1);
        CHECK(mixed.first().firstNameTh == QStringLiteral("สมชาย"));
    }
    SECTION("a two-character query matches name prefixes only")
    {
        const QStringList names = fullNames(allRows(search, textFilter(QStringLiteral("สม"))));
        CHECK(names.size() == 3);
        CHECK(names.contains(QStringLiteral("สมชาย ศรีสุวรรณวงศ์")));
        CHECK(names.contains(QStringLiteral("สมศรี ใจดี")));
        CHECK(names.contains(QStringLiteral("กมล สมบูรณ์")));     // surname prefix
        CHECK_FALSE(names.contains(QStringLiteral("ปรีชา อุดมสม")));  // not a prefix
    }
    SECTION("a one-character query matches name prefixes")
    {
        for (const QString &name : fullNames(allRows(search, textFilter(QStringLiteral("ก"))))) {
            INFO(name.toStdString());
            const QStringList parts = name.split(QLatin1Char(' '));
            CHECK((parts.at(0).startsWith(QStringLiteral("ก")) || parts.at(1).startsWith(QStringLiteral("ก"))));
        }
        CHECK(allRows(search, textFilter(QStringLiteral("ก"))).size() >= 2);
    }
    SECTION("nickname")
    {
        // "ต้น" is 3 code points: trigram match on the nickname column.
        const auto rows = allRows(search, textFilter(QStringLiteral("ต้น")));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().nickname == QStringLiteral("ต้น"));
    }
    SECTION("national ID with dashes, fragments and Thai digits")
    {
        for (const QString &text : {QStringLiteral("1-2345-67890-12-1"), QStringLiteral("1234567890121"),
                                    QStringLiteral("4567890"), QStringLiteral("๔๕๖๗๘๙๐"),
                                    QStringLiteral("2345-67890")}) {
            INFO(text.toStdString());
            const auto rows = allRows(search, textFilter(text));
            REQUIRE(rows.size() == 1);
            CHECK(rows.first().citizenId == kSpecialId);
        }
    }
    SECTION("student number")
    {
        const auto rows = allRows(search, textFilter(QStringLiteral("50007")));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().studentNumber == QStringLiteral("50007"));
    }
    SECTION("filters narrow the list")
    {
        StudentFilter bySchool(StudentListScope::everyone());
        bySchool.schoolId = f.schoolB;
        CHECK(ids(allRows(search, bySchool)) == f.inSchoolB);

        StudentFilter byClassroom(StudentListScope::everyone());
        byClassroom.classroomId = f.classroomP5;
        CHECK(ids(allRows(search, byClassroom)) == f.inP5);

        StudentFilter byGrade(StudentListScope::everyone());
        byGrade.academicYearId = f.t.yearId;
        byGrade.grade = Grade::P5;
        CHECK(ids(allRows(search, byGrade)) == f.inP5);
        byGrade.grade = Grade::P6;
        CHECK(allRows(search, byGrade).isEmpty());

        StudentFilter byStatus(StudentListScope::everyone());
        byStatus.status = StudentStatus::LeftSchool;
        CHECK(ids(allRows(search, byStatus)) == f.leftSchool);

        StudentFilter combined(StudentListScope::everyone());
        combined.schoolId = f.t.schoolId;
        combined.status = StudentStatus::Studying;
        combined.text = QStringLiteral("สม");
        QStringList names = fullNames(allRows(search, combined));
        names.sort();
        CHECK(names == QStringList{QStringLiteral("กมล สมบูรณ์"), QStringLiteral("สมชาย ศรีสุวรรณวงศ์")});
    }
    SECTION("the class of the chosen year is shown")
    {
        StudentFilter filter(StudentListScope::everyone());
        filter.academicYearId = f.t.yearId;
        filter.classroomId = f.classroomP5;
        for (const StudentListRow &row : allRows(search, filter))
            CHECK(row.classroomName == classroomName(Grade::P5, 1));
    }
    SECTION("order by name follows Thai collation, both ways")
    {
        const QStringList listed = fullNames(allRows(search, StudentFilter(StudentListScope::everyone())));
        QStringList expected = f.nameById.values();
        collation::sort(expected);
        REQUIRE(listed.size() == f.nameById.size());
        CHECK(listed == expected);

        QStringList descending = fullNames(allRows(search, StudentFilter(StudentListScope::everyone()), StudentSort::Name, false));
        std::reverse(descending.begin(), descending.end());
        CHECK(descending == expected);
    }
    SECTION("paging covers every row exactly once")
    {
        for (const StudentFilter &filter : {StudentFilter(StudentListScope::everyone()), textFilter(QStringLiteral("ดี"))}) {
            for (StudentSort sort : {StudentSort::Name, StudentSort::StudentNumber, StudentSort::BirthDate,
                                     StudentSort::Classroom}) {
                auto total = search.count(filter);
                REQUIRE(total.ok());
                const int pageSize = 7;
                QStringList seen;
                for (int offset = 0; offset < total.value() + pageSize; offset += pageSize) {
                    auto page = search.page(filter, sort, true, offset, pageSize);
                    REQUIRE(page.ok());
                    CHECK(page->size() <= pageSize);
                    for (const StudentListRow &row : page.value())
                        seen << row.id;
                }
                CHECK(seen.size() == total.value());
                CHECK(QSet<QString>(seen.begin(), seen.end()).size() == total.value());
            }
        }
        CHECK(search.count(StudentFilter(StudentListScope::everyone())).value() == f.nameById.size());
    }
    SECTION("pageSql returns the statement page() runs")
    {
        QVariantList values;
        const StudentFilter filter = textFilter(QStringLiteral("สุวรรณ"));
        const QString sql = search.pageSql(filter, StudentSort::Name, true, 0, 50, &values);
        CHECK(sql.startsWith(QStringLiteral("SELECT")));
        CHECK(sql.count(QLatin1Char('?')) == values.size());
    }
    SECTION("odd input never fails")
    {
        for (const QString &text : {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("a\"b\"c"),
                                    QStringLiteral("[x"), QStringLiteral("% _"), QStringLiteral("OR AND NOT"),
                                    QStringLiteral("   "), QStringLiteral("G"), QStringLiteral("ก*")}) {
            INFO(text.toStdString());
            CHECK(search.count(textFilter(text)).ok());
            CHECK(search.page(textFilter(text), StudentSort::Name, true, 0, 10).ok());
        }
    }
}
