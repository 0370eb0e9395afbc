// The demo municipality generator: determinism, realism, refusal and cancel.
#include "testdatabase.h"

#include "demo/demoaccounts.h"
#include "demo/democalendar.h"
#include "demo/demogenerator.h"
#include "domain/validation.h"
#include "locale/dates.h"
#include "services/accountservice.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/rowmapping.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

constexpr int kYear = 2569;

demo::DemoOptions options(int students, std::uint64_t seed)
{
    demo::DemoOptions o;
    o.students = students;
    o.seed = seed;
    o.currentYearBe = kYear;
    o.passwordCost = crypto::PasswordCost::minimal();  // the real demo uses the standard cost
    return o;
}

struct Generated {
    demo::DemoSummary summary;
    DatabasePtr db;
};

Generated generateInto(const QString &path, const demo::DemoOptions &o)
{
    auto result = demo::generate(path, o);
    INFO(errorText(result));
    REQUIRE(result.ok());
    auto db = Database::open(path);
    INFO(errorText(db));
    REQUIRE(db.ok());
    // The file comes locked; the content hash opens the sealed households.
    CHECK(db.value()->fieldCipher() == nullptr);
    auto admin = AccountService(*db.value(), testClock(), o.passwordCost).signIn(QStringLiteral("admin"),
                                                                                QStringLiteral("demo"));
    INFO(errorText(admin));
    REQUIRE(admin.ok());
    return {result.value(), db.value()};
}

// The opened circumstances of every household.
QList<Household> households(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM household").arg(householdColumns().join(QLatin1Char(',')))));
    QList<Household> out;
    while (q.next()) {
        auto h = householdFromQuery(q, *db.fieldCipher());
        INFO(errorText(h));
        REQUIRE(h.ok());
        out << h.value();
    }
    return out;
}

QString hashOf(Database &db)
{
    auto hash = contentHash(db);
    INFO(errorText(hash));
    REQUIRE(hash.ok());
    return hash.value();
}

// One number from a query (tests may read SQL directly; the product may not).
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

bool noFilesLeft(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            return false;
    return true;
}

} // namespace

TEST_CASE("demo: the same options give the same content, another seed other content", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto first = generateInto(dir.filePath(QStringLiteral("a.care")), options(500, 42));
    const auto second = generateInto(dir.filePath(QStringLiteral("b.care")), options(500, 42));
    const auto other = generateInto(dir.filePath(QStringLiteral("c.care")), options(500, 43));
    const QString hash = hashOf(*first.db);
    CHECK(hash.size() == 64);
    CHECK(hashOf(*second.db) == hash);
    CHECK(hashOf(*other.db) != hash);
    CHECK(first.summary.students == 500);
    CHECK(second.summary.guardians == first.summary.guardians);
    CHECK(second.summary.attendanceRecords == first.summary.attendanceRecords);
}

TEST_CASE("demo: a realistic municipality", "[demo]")
{
    // One generation for every check (SECTIONs would generate it once per section).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto g = generateInto(dir.filePath(QStringLiteral("demo.care")), options(2000, 7));
    Database &db = *g.db;
    const demo::DemoSummary &s = g.summary;

    {
        INFO("counts match the summary");
        CHECK(s.students == 2000);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM student")) == 2000);
        CHECK(s.schools == 11);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school")) == 11);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM classroom")) == s.classrooms);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM guardian")) == s.guardians);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM household")) == s.households);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM attendance_record")) == s.attendanceRecords);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM academic_record")) == s.academicRecords);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM term")) == 4);
        CHECK(scalar(db, QStringLiteral("SELECT min(year_be) FROM academic_year")) == kYear - 1);
        CHECK(scalar(db, QStringLiteral("SELECT max(year_be) FROM academic_year")) == kYear);
        // One audit event per batch plus one for the schools.
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'demo'")) >= 2);
    }

    {
        INFO("every level from child development centre to M.6");
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE kind = 'child_development_centre'")) >= 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE highest_grade = 'M6'")) >= 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE highest_grade = 'M3'")) >= 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE lowest_grade = 'K1' AND highest_grade = 'P6'")) >= 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE length(code) <> 8")) == 0);
    }

    {
        INFO("classrooms in both years, none over 40");
        for (int year : {kYear - 1, kYear}) {
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM classroom c JOIN academic_year y ON y.id = "
                                            "c.academic_year_id WHERE y.year_be = %1").arg(year)) >= 11);
        }
        CHECK(scalar(db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM enrollment GROUP BY classroom_id)")) <= 40);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM classroom WHERE homeroom_teacher = ''")) == 0);
    }

    {
        INFO("ID numbers: valid national IDs, a few G-codes, unique student numbers");
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id_kind, citizen_id FROM student")));
        int gCodes = 0;
        int invalid = 0;
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const QString id = q.value(1).toString();
            if (kind == QLatin1String("g_code")) {
                ++gCodes;
                invalid += validateGCode(id).ok() ? 0 : 1;
            } else {
                invalid += kind == QLatin1String("national_id") && validateNationalId(id).ok() ? 0 : 1;
            }
        }
        CHECK(invalid == 0);
        CHECK(gCodes >= 5);
        CHECK(gCodes <= 80);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM student GROUP BY school_id, "
                                        "student_number HAVING count(*) > 1)")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM guardian WHERE citizen_id <> ''")) > 0);
    }

    {
        INFO("grade progression and ages");
        // Enrolled both years: next grade up, the same grade (repeaters, early childhood), never down.
        const QString steps = QStringLiteral(
            "SELECT count(*) FROM enrollment a JOIN enrollment b ON a.student_id = b.student_id "
            "JOIN classroom ca ON ca.id = a.classroom_id JOIN classroom cb ON cb.id = b.classroom_id "
            "JOIN academic_year ya ON ya.id = a.academic_year_id JOIN academic_year yb ON yb.id = b.academic_year_id "
            "WHERE ya.year_be = %1 AND yb.year_be = %2 AND cb.grade_ordinal - ca.grade_ordinal %3");
        CHECK(scalar(db, steps.arg(kYear - 1).arg(kYear).arg(QStringLiteral("NOT IN (0, 1)"))) == 0);
        CHECK(scalar(db, steps.arg(kYear - 1).arg(kYear).arg(QStringLiteral("= 1"))) > 1000);
        // P.1 children are 6 or 7 on the first day of the year (16 May).
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT s.birth_date FROM student s JOIN enrollment e ON e.student_id = s.id "
                                      "JOIN classroom c ON c.id = e.classroom_id JOIN academic_year y ON "
                                      "y.id = e.academic_year_id WHERE c.grade = 'P1' AND y.year_be = %1").arg(kYear)));
        int p1 = 0;
        while (q.next()) {
            const int age = ageOn(QDate::fromString(q.value(0).toString(), Qt::ISODate), QDate(kYear - 543, 5, 16));
            CHECK((age == 6 || age == 7));
            ++p1;
        }
        CHECK(p1 > 50);
        const QDate today = demo::DemoCalendar::forYear(kYear).today();
        REQUIRE(q.exec(QStringLiteral("SELECT prefix, birth_date FROM student")));
        while (q.next()) {
            const int age = ageOn(QDate::fromString(q.value(1).toString(), Qt::ISODate), today);
            const QString prefix = q.value(0).toString();
            if (age < 15)
                CHECK((prefix == QStringLiteral("ด.ช.") || prefix == QStringLiteral("ด.ญ.")));
            else
                CHECK((prefix == QStringLiteral("นาย") || prefix == QStringLiteral("นางสาว")));
        }
    }

    {
        INFO("families: grandparents, siblings, low incomes");
        const qint64 grandparentPrimary = scalar(db, QStringLiteral(
            "SELECT count(*) FROM student_guardian WHERE is_primary = 1 AND relation IN ('grandmother', 'grandfather')"));
        CHECK(grandparentPrimary > 2000 / 10);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM student_guardian WHERE is_primary = 1")) == 2000);
        const QList<Household> all = households(db);
        CHECK(std::count_if(all.begin(), all.end(), [](const Household &h) {
                  return h.livingArrangement == LivingArrangement::Grandparents;
              }) > 0);
        const qint64 sharedHouseholds = scalar(db, QStringLiteral(
            "SELECT count(*) FROM (SELECT household_id FROM student GROUP BY household_id HAVING count(*) > 1)"));
        CHECK(sharedHouseholds > 50);
        const qint64 poor = std::count_if(all.begin(), all.end(), [](const Household &h) {
            return h.monthlyIncomeBaht && *h.monthlyIncomeBaht <= 3000 * h.memberCount;
        });
        CHECK(poor > s.households / 10);
        CHECK(poor < s.households * 6 / 10);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM guardian WHERE phone NOT LIKE '0__-___-____' AND phone <> ''")) == 0);
    }

    {
        INFO("attendance and marks: a minority at risk, some who left");
        const qint64 records = s.attendanceRecords;
        const qint64 atRisk = scalar(db, QStringLiteral("SELECT count(*) FROM attendance_record WHERE days_absent * 10 >= days_enrolled"));
        const qint64 problem = scalar(db, QStringLiteral("SELECT count(*) FROM attendance_record WHERE days_absent * 5 >= days_enrolled"));
        CHECK(atRisk > records / 20);
        CHECK(atRisk < records * 3 / 10);
        CHECK(problem > 0);
        CHECK(problem < atRisk);
        CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT term_id) FROM attendance_record")) == 4);
        CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT term_id) FROM academic_record")) == 3);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM academic_record WHERE gpa < 0 OR gpa > 4")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM academic_record WHERE failing_marks > 0")) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM academic_record WHERE not_allowed_marks > 0")) > 0);
        for (const char *status : {"left_school", "moved", "graduated", "studying"})
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM student WHERE status = '%1'")
                                 .arg(QLatin1String(status))) > 0);
    }
}

TEST_CASE("demo: refuses an existing file and leaves it untouched", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.care"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto result = demo::generate(path, options(50, 1));
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.isEmpty());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
}

TEST_CASE("demo: bad options are refused before any file is made", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.care"));
    auto none = demo::generate(path, options(0, 1));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QStringLiteral("students"));
    demo::DemoOptions year = options(10, 1);
    year.currentYearBe = 2026;  // a Christian Era year by mistake
    auto wrongYear = demo::generate(path, year);
    REQUIRE_FALSE(wrongYear.ok());
    CHECK(wrongYear.error().field == QStringLiteral("currentYearBe"));
    CHECK(noFilesLeft(path));
}

TEST_CASE("demo: cancelling leaves no file behind", "[demo]")
{
    QTemporaryDir dir;
    SECTION("at the first progress call")
    {
        const QString path = dir.filePath(QStringLiteral("cancel-early.care"));
        auto result = demo::generate(path, options(300, 1), [](int, int) { return false; });
        CHECK_FALSE(result.ok());
        CHECK(noFilesLeft(path));
    }
    SECTION("after some batches were written")
    {
        const QString path = dir.filePath(QStringLiteral("cancel-late.care"));
        int calls = 0;
        auto result = demo::generate(path, options(6000, 1), [&](int done, int total) {
            ++calls;
            CHECK(total == 6000);
            return done == 0;
        });
        CHECK_FALSE(result.ok());
        CHECK(calls == 2);
        CHECK(noFilesLeft(path));
    }
}

TEST_CASE("demo: the academic year starts on 16 May", "[demo]")
{
    CHECK(demo::academicYearRunningOn(QDate(2026, 5, 15)) == 2568);
    CHECK(demo::academicYearRunningOn(QDate(2026, 5, 16)) == 2569);
    CHECK(demo::academicYearRunningOn(QDate(2027, 3, 31)) == 2569);
    const auto calendar = demo::DemoCalendar::forYear(2569);
    CHECK(calendar.years[0].yearBe == 2568);
    CHECK(calendar.years[1].terms[0].startsOn.month() == 5);
    CHECK(calendar.years[1].terms[1].startsOn.month() == 11);
    CHECK(calendar.years[1].terms[0].finished());
    CHECK_FALSE(calendar.years[1].terms[1].finished());
    CHECK(calendar.years[1].terms[1].elapsedDays > 0);
}

TEST_CASE("demo: the documented accounts exist with their scopes", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto g = generateInto(dir.filePath(QStringLiteral("accounts.care")), options(400, 3));
    Database &db = *g.db;

    const QList<demo::DemoAccount> documented = demo::demoAccounts();
    REQUIRE(documented.size() == 7);
    AccountService accounts(db, testClock(), crypto::PasswordCost::minimal());
    QHash<QString, Session> sessions;
    for (const demo::DemoAccount &account : documented) {
        INFO(account.username.toStdString());
        auto session = accounts.signIn(account.username, QString::fromLatin1(demo::kDemoPassword));
        INFO(errorText(session));
        REQUIRE(session.ok());
        CHECK(session->role() == account.role);
        CHECK(isSchoolRole(account.role) == !account.schoolCode.isEmpty());
        CHECK_FALSE(account.scope.isEmpty());
        if (isSchoolRole(account.role))
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM school WHERE id = '%1' AND code = '%2'")
                                 .arg(session->schoolId(), account.schoolCode)) == 1);
        sessions.insert(account.username, session.value());
    }
    const Session teacher = sessions.value(QStringLiteral("teacher"));
    const Session visitor = sessions.value(QStringLiteral("visitor"));
    REQUIRE(teacher.classroomIds().size() == 1);
    CHECK(visitor.classroomIds().size() == 2);
    CHECK(visitor.classroomIds().contains(*teacher.classroomIds().begin()));
    for (const QString &classroom : visitor.classroomIds())
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM classroom c JOIN academic_year y ON y.id = "
                                        "c.academic_year_id WHERE c.id = '%1' AND c.school_id = '%2' AND "
                                        "y.year_be = %3").arg(classroom, visitor.schoolId()).arg(kYear)) == 1);

    const QString nurse = sessions.value(QStringLiteral("nurse")).userId();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM care_assignment WHERE user_id = '%1' AND "
                                    "kind = 'health_referral'").arg(nurse)) == 10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM care_assignment a JOIN student s ON s.id = a.student_id "
                                    "WHERE s.school_id = '%1'").arg(teacher.schoolId())) == 10);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM care_assignment a JOIN consent c ON c.student_id = "
                                    "a.student_id WHERE c.purpose = 'health_sharing' AND c.decision = 'given'")) == 10);
}
