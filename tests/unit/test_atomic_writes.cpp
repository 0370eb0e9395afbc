// One write = one transaction: rows, change log and audit land together or not at all.
#include "rowcounts.h"
#include "testdatabase.h"

#include "services/studentservice.h"
#include "domain/validation.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

const QStringList kTables{QStringLiteral("student"),         QStringLiteral("guardian"),
                          QStringLiteral("student_guardian"), QStringLiteral("household"),
                          QStringLiteral("enrollment"),       QStringLiteral("change_log"),
                          QStringLiteral("audit_event")};

QMap<QString, int> rowCounts(Database &db) { return care::test::rowCounts(db, kTables); }

Household validHousehold()
{
    Household h;
    h.memberCount = 4;
    h.monthlyIncomeBaht = 8000;
    h.livingArrangement = LivingArrangement::Grandparents;
    h.address.subdistrict = QStringLiteral("ในเมือง");
    return h;
}

GuardianLink guardianLink(const QString &firstName, GuardianRelation relation, bool primary)
{
    GuardianLink link;
    link.guardian.prefix = QStringLiteral("นาง");
    link.guardian.firstName = firstName;
    link.guardian.lastName = QStringLiteral("ใจดี");
    link.guardian.phone = QStringLiteral("081-234-5678");
    link.relation = relation;
    link.isPrimary = primary;
    return link;
}

StudentRecord fullRecord(const TestDatabase &t, const QString &citizenId)
{
    StudentRecord record = makeStudentRecord(t, QStringLiteral("สมชาย"), QStringLiteral("ใจดี"), citizenId);
    record.household = validHousehold();
    record.guardians << guardianLink(QStringLiteral("บุญมี"), GuardianRelation::Grandmother, true)
                     << guardianLink(QStringLiteral("สมหมาย"), GuardianRelation::Grandfather, false);
    record.classNumber = 7;
    return record;
}

struct AuditRow {
    qint64 seq = 0;
    QStringList fields;  // id … reason, prev_hash: the sealed columns in order
    QString hash;
};

QList<AuditRow> auditRows(Database &db)
{
    QList<AuditRow> rows;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, section, summary, reason, "
                                  "prev_hash, hash, seq FROM audit_event ORDER BY seq")));
    while (q.next()) {
        AuditRow row;
        for (int i = 0; i < 10; ++i)
            row.fields << q.value(i).toString();
        row.hash = q.value(10).toString();
        row.seq = q.value(11).toLongLong();
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("a WriteScope whose second insert fails leaves nothing", "[atomic]")
{
    TestDatabase t = makeTestDatabase();
    const auto before = rowCounts(*t.db);

    SECTION("CHECK constraint")
    {
        {
            WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
            REQUIRE(scope.isActive());
            Household first = validHousehold();
            first.id = scope.makeId();
            REQUIRE(StudentRepository::insert(scope, first).ok());
            REQUIRE(scope.audit(QStringLiteral("create"), QStringLiteral("household"), first.id).ok());
            Household second = validHousehold();
            second.id = scope.makeId();
            second.memberCount = 0;  // CHECK (member_count BETWEEN 1 AND 30)
            const Status failed = StudentRepository::insert(scope, second);
            REQUIRE_FALSE(failed.ok());
            CHECK_FALSE(failed.error().message.isEmpty());
            // Inside the scope the first row is visible to this write only.
        }
        CHECK(rowCounts(*t.db) == before);
    }
    SECTION("foreign key")
    {
        {
            WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
            StudentRecord record = makeStudentRecord(t, QStringLiteral("กมล"), QStringLiteral("ดีมาก"));
            record.student.id = scope.makeId();
            record.student.createdAt = record.student.updatedAt = testClock().nowUtc();
            REQUIRE(StudentRepository::insert(scope, record.student).ok());
            Enrollment enrollment{scope.makeId(), record.student.id, QStringLiteral("no-such-classroom"), t.yearId, 1};
            CHECK_FALSE(StudentRepository::insert(scope, enrollment).ok());
        }
        CHECK(rowCounts(*t.db) == before);
    }
    SECTION("commit after a rollback is refused")
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        Household h = validHousehold();
        h.id = scope.makeId();
        REQUIRE(StudentRepository::insert(scope, h).ok());
        scope.rollback();
        CHECK_FALSE(scope.commit().ok());
        CHECK(rowCounts(*t.db) == before);
    }
}

TEST_CASE("StudentService::create writes nothing when it fails mid-write", "[atomic][service]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session actor = sessionFor(t, Role::Director);

    SECTION("unknown classroom: fails after student and guardians were inserted")
    {
        const auto before = rowCounts(*t.db);
        StudentRecord record = fullRecord(t, nationalIdFor(1));
        record.classroomId = QStringLiteral("0190a000-0000-7000-8000-00000000dead");
        auto created = service.create(record, actor);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().field == QLatin1String("classroomId"));
        CHECK(rowCounts(*t.db) == before);
    }
    SECTION("record id already taken: fails after the household was inserted")
    {
        auto first = service.create(fullRecord(t, nationalIdFor(2)), actor);
        INFO(errorText(first));
        REQUIRE(first.ok());
        const auto before = rowCounts(*t.db);
        StudentRecord record = fullRecord(t, nationalIdFor(3));
        record.student.id = first.value();  // UNIQUE(id) fails on the student insert
        auto created = service.create(record, actor);
        REQUIRE_FALSE(created.ok());
        CHECK_FALSE(created.error().message.isEmpty());
        CHECK(rowCounts(*t.db) == before);
    }
    SECTION("invalid record: nothing is attempted")
    {
        const auto before = rowCounts(*t.db);
        StudentRecord record = fullRecord(t, QStringLiteral("1234567890122"));
        auto created = service.create(record, actor);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().field == QLatin1String("citizenId"));
        CHECK(rowCounts(*t.db) == before);
    }
    SECTION("duplicate national ID is refused")
    {
        auto first = service.create(fullRecord(t, nationalIdFor(4)), actor);
        INFO(errorText(first));
        REQUIRE(first.ok());
        const auto before = rowCounts(*t.db);
        auto created = service.create(fullRecord(t, formatCitizenId(nationalIdFor(4))), actor);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().field == QLatin1String("citizenId"));
        CHECK(rowCounts(*t.db) == before);
    }
}

TEST_CASE("a successful create writes one audit event per section and one change per row", "[atomic][service]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session director = sessionFor(t, Role::Director);
    const auto before = rowCounts(*t.db);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")));
    REQUIRE(q.next());
    const int lastSeq = q.value(0).toInt();

    auto created = service.create(fullRecord(t, nationalIdFor(10)), director);
    INFO(errorText(created));
    REQUIRE(created.ok());
    const QString studentId = created.value();

    const auto after = rowCounts(*t.db);
    CHECK(after.value(QStringLiteral("student")) == before.value(QStringLiteral("student")) + 1);
    CHECK(after.value(QStringLiteral("guardian")) == before.value(QStringLiteral("guardian")) + 2);
    CHECK(after.value(QStringLiteral("student_guardian")) == before.value(QStringLiteral("student_guardian")) + 2);
    CHECK(after.value(QStringLiteral("household")) == before.value(QStringLiteral("household")) + 1);
    CHECK(after.value(QStringLiteral("enrollment")) == before.value(QStringLiteral("enrollment")) + 1);
    // One event per section written: identity, and family (household and guardians).
    CHECK(after.value(QStringLiteral("audit_event")) == before.value(QStringLiteral("audit_event")) + 2);
    CHECK(after.value(QStringLiteral("change_log")) == before.value(QStringLiteral("change_log")) + 7);

    REQUIRE(q.exec(QStringLiteral("SELECT action, entity, entity_id FROM audit_event ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("create"));
    CHECK(q.value(1).toString() == QLatin1String("student"));
    CHECK(q.value(2).toString() == studentId);

    q.prepare(QStringLiteral("SELECT entity, entity_id, operation, payload, hlc FROM change_log WHERE seq > ? "
                             "ORDER BY seq"));
    q.addBindValue(lastSeq);
    REQUIRE(q.exec());
    QMap<QString, int> perEntity;
    QString previousHlc;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        perEntity[entity] += 1;
        CHECK(q.value(2).toString() == QLatin1String("insert"));
        const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        CHECK_FALSE(payload.isEmpty());
        CHECK_FALSE(payload.contains(QStringLiteral("sort_key")));  // local-only column
        if (entity == QLatin1String("student")) {
            CHECK(q.value(1).toString() == studentId);
            CHECK(payload.value(QStringLiteral("citizen_id")).toString() == nationalIdFor(10));
            CHECK(payload.value(QStringLiteral("first_name_th")).toString() == QStringLiteral("สมชาย"));
        }
        const QString hlc = q.value(4).toString();
        CHECK(hlc > previousHlc);  // each change orders after the one before
        previousHlc = hlc;
    }
    CHECK(perEntity.value(QStringLiteral("student")) == 1);
    CHECK(perEntity.value(QStringLiteral("household")) == 1);
    CHECK(perEntity.value(QStringLiteral("guardian")) == 2);
    CHECK(perEntity.value(QStringLiteral("student_guardian")) == 2);
    CHECK(perEntity.value(QStringLiteral("enrollment")) == 1);
}

TEST_CASE("the audit hash chain links every event", "[atomic][audit]")
{
    TestDatabase t = makeTestDatabase();
    StudentService service(*t.db, testClock());
    const Session actor = sessionFor(t, Role::Director);
    const qsizetype eventsBefore = auditRows(*t.db).size();  // set-up and the director's account
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        auto created = service.create(fullRecord(t, nationalIdFor(100 + i)), actor);
        INFO(errorText(created));
        REQUIRE(created.ok());
        ids << created.value();
    }
    auto record = service.load(actor, ids.at(1));
    REQUIRE(record.ok());
    record->student.nickname = QStringLiteral("ต้น");
    REQUIRE(service.update(record.value(), actor).ok());
    REQUIRE(service.remove(ids.at(2), actor).ok());
    {
        // Two events in one write chain as well.
        WriteScope scope(*t.db, actor.actor(), testClock());
        REQUIRE(scope.audit(QStringLiteral("export"), QStringLiteral("report"), {}, {}, QStringLiteral("a")).ok());
        REQUIRE(scope.audit(QStringLiteral("export"), QStringLiteral("report"), {}, {}, QStringLiteral("b")).ok());
        REQUIRE(scope.commit().ok());
    }

    const QList<AuditRow> rows = auditRows(*t.db);
    // 4 creates × (identity, family), the family view of load, update, delete, 2 exports.
    REQUIRE(rows.size() == eventsBefore + 13);
    CHECK(rows.first().fields.at(9) == QString(64, QLatin1Char('0')));
    const auto key = t.db->auditKey();
    REQUIRE(key);
    for (int i = 0; i < rows.size(); ++i) {
        INFO("audit event " << i);
        CHECK(rows.at(i).seq == i + 1);
        CHECK(auditEventMac(*key, rows.at(i).seq, rows.at(i).fields) == rows.at(i).hash);
        CHECK(rows.at(i).hash.size() == 64);
        if (i > 0)
            CHECK(rows.at(i).fields.at(9) == rows.at(i - 1).hash);
    }

    // Editing a stored event breaks its hash.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_event SET summary = 'edited' WHERE seq = (SELECT min(seq) + 1 "
                                  "FROM audit_event)")));
    const QList<AuditRow> tampered = auditRows(*t.db);
    CHECK(auditEventMac(*key, tampered.at(1).seq, tampered.at(1).fields) != tampered.at(1).hash);
}

TEST_CASE("auditEventHash separates fields", "[atomic][audit]")
{
    CHECK(auditEventHash({QStringLiteral("ab"), QStringLiteral("c")})
          != auditEventHash({QStringLiteral("a"), QStringLiteral("bc")}));
    CHECK(auditEventHash({QStringLiteral("x")}) == auditEventHash({QStringLiteral("x")}));
    CHECK(auditEventHash({QStringLiteral("x")}).size() == 64);
}
