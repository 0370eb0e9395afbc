// StudentService::remove (the undo of adding a student) and create's
// keep-the-ids path that redo relies on.
#include "rowcounts.h"
#include "testdatabase.h"

#include "services/studentservice.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

const QStringList kTables{QStringLiteral("student"),          QStringLiteral("guardian"),
                          QStringLiteral("student_guardian"), QStringLiteral("household"),
                          QStringLiteral("enrollment"),       QStringLiteral("attendance_record"),
                          QStringLiteral("academic_record"),  QStringLiteral("change_log"),
                          QStringLiteral("audit_event")};

QMap<QString, int> rowCounts(Database &db) { return care::test::rowCounts(db, kTables); }

int scalar(Database &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    if (!bound.isNull())
        q.addBindValue(bound);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

GuardianLink grandmother()
{
    GuardianLink link;
    link.guardian.prefix = QStringLiteral("นาง");
    link.guardian.firstName = QStringLiteral("บุญมี");
    link.guardian.lastName = QStringLiteral("ใจดี");
    link.guardian.phone = QStringLiteral("081-234-5678");
    link.relation = GuardianRelation::Grandmother;
    link.isPrimary = true;
    return link;
}

StudentRecord fullRecord(const TestDatabase &t, qint64 serial)
{
    StudentRecord record = makeStudentRecord(t, QStringLiteral("สมชาย"), QStringLiteral("ใจดี"), nationalIdFor(serial));
    Household h;
    h.memberCount = 4;
    h.monthlyIncomeBaht = 8000;
    h.livingArrangement = LivingArrangement::Grandparents;
    record.household = h;
    record.guardians << grandmother();
    record.classNumber = 3;
    return record;
}

// Term records for the student, written as an import would.
void addTermRecords(const TestDatabase &t, const QString &studentId)
{
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());
    REQUIRE(StudentRepository::insert(scope, AttendanceRecord{scope.makeId(), studentId, t.termIds[0], 40, 5, 2}));
    REQUIRE(StudentRepository::insert(scope, AcademicRecord{scope.makeId(), studentId, t.termIds[0], 2.5, 1, 0, 0}));
    REQUIRE(scope.commit());
}

} // namespace

TEST_CASE("StudentService::remove deletes the student and what only it used", "[service][remove]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session actor = sessionFor(t, Role::Director);
    const auto empty = rowCounts(*t.db);

    auto created = service.create(fullRecord(t, 11), actor);
    INFO(errorText(created));
    REQUIRE(created);
    const QString id = created.value();
    addTermRecords(t, id);
    auto loaded = service.load(actor, id);
    REQUIRE(loaded);
    const QString householdId = loaded->student.householdId;
    const QString guardianId = loaded->guardians.value(0).guardian.id;
    REQUIRE_FALSE(householdId.isEmpty());
    REQUIRE_FALSE(guardianId.isEmpty());
    const int changesBefore = scalar(*t.db, QStringLiteral("SELECT count(*) FROM change_log"));

    const Status removed = service.remove(id, actor);
    INFO(errorText(removed));
    REQUIRE(removed);

    auto after = rowCounts(*t.db);
    for (const QString &table : kTables)
        if (table != QLatin1String("change_log") && table != QLatin1String("audit_event")) {
            INFO(table.toStdString());
            CHECK(after.value(table) == empty.value(table));
        }
    CHECK_FALSE(StudentRepository(*t.db).student(id).ok());

    SECTION("one audit event says who deleted the student")
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT action, entity, entity_id, actor FROM audit_event ORDER BY seq DESC LIMIT 1")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("delete"));
        CHECK(q.value(1).toString() == QLatin1String("student"));
        CHECK(q.value(2).toString() == id);
        CHECK_FALSE(q.value(3).toString().isEmpty());
    }
    SECTION("every deleted row leaves a tombstone in the change log")
    {
        const QString tombstones = QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'delete' "
                                                  "AND entity = ? AND seq > 0");
        CHECK(scalar(*t.db, tombstones, QStringLiteral("student")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("enrollment")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("student_guardian")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("guardian")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("household")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("attendance_record")) == 1);
        CHECK(scalar(*t.db, tombstones, QStringLiteral("academic_record")) == 1);
        // … and one redaction entry naming the records whose old values were cleared.
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'redaction'")) == 1);
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM change_log")) == changesBefore + 8);
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = ?"), id) >= 2);
    }
    SECTION("the removed record can be created again with the same ids")
    {
        auto again = service.create(loaded.value(), actor);
        INFO(errorText(again));
        REQUIRE(again);
        CHECK(again.value() == id);
        auto back = service.load(actor, id);
        REQUIRE(back);
        CHECK(back->student.householdId == householdId);
        REQUIRE(back->guardians.size() == 1);
        CHECK(back->guardians.first().guardian.id == guardianId);
        CHECK(back->student.firstNameTh == loaded->student.firstNameTh);
    }
}

TEST_CASE("StudentService::remove keeps guardians and households others still use", "[service][remove]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session actor = sessionFor(t, Role::Director);
    auto first = service.create(fullRecord(t, 21), actor);
    REQUIRE(first);
    auto firstRecord = service.load(actor, first.value());
    REQUIRE(firstRecord);

    // A sibling with the same grandmother and household.
    StudentRecord sibling = makeStudentRecord(t, QStringLiteral("สมหญิง"), QStringLiteral("ใจดี"), nationalIdFor(22));
    sibling.household = firstRecord->household;
    sibling.guardians = firstRecord->guardians;
    auto second = service.create(sibling, actor);
    INFO(errorText(second));
    REQUIRE(second);

    REQUIRE(service.remove(first.value(), actor));
    auto remaining = service.load(actor, second.value());
    REQUIRE(remaining);
    REQUIRE(remaining->household);
    CHECK(remaining->household->id == firstRecord->household->id);
    REQUIRE(remaining->guardians.size() == 1);
    CHECK(remaining->guardians.first().guardian.id == firstRecord->guardians.first().guardian.id);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM guardian")) == 1);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM household")) == 1);
}

TEST_CASE("StudentService::remove is all or nothing", "[service][remove][atomic]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session actor = sessionFor(t, Role::Director);
    auto created = service.create(fullRecord(t, 31), actor);
    REQUIRE(created);
    addTermRecords(t, created.value());

    SECTION("a failure at the last delete undoes the earlier ones")
    {
        // The student row is deleted after its term records, enrollment and
        // guardian links: make exactly that statement fail.
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_student_delete BEFORE DELETE ON main.student "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        const auto before = rowCounts(*t.db);
        const Status removed = service.remove(created.value(), actor);
        REQUIRE_FALSE(removed);
        CHECK_FALSE(removed.error().message.isEmpty());
        CHECK(rowCounts(*t.db) == before);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_student_delete")));
    }
    SECTION("an unknown id is an error and writes nothing")
    {
        const auto before = rowCounts(*t.db);
        const Status removed = service.remove(QStringLiteral("0190a000-0000-7000-8000-00000000dead"), actor);
        REQUIRE_FALSE(removed);
        CHECK_FALSE(removed.error().message.isEmpty());
        CHECK(rowCounts(*t.db) == before);
    }
}

TEST_CASE("StudentService::create refuses a malformed record id", "[service]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    StudentRecord record = makeStudentRecord(t, QStringLiteral("กมล"), QStringLiteral("ดีมาก"));
    record.student.id = QStringLiteral("not-a-uuid");
    const int before = scalar(*t.db, QStringLiteral("SELECT count(*) FROM student"));
    auto created = service.create(record, sessionFor(t, Role::Director));
    REQUIRE_FALSE(created);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM student")) == before);
}
