// StudentService::writeFields and removeAdded, what undo and redo call:
// only the fields a change made are written back, a field changed since
// refuses the step, and an added student others have built on stays.
#include "recordsfixture.h"
#include "rowcounts.h"

#include "services/indicatorservice.h"
#include "services/screeningservice.h"
#include "storage/references.h"
#include "storage/studentrepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace care;
using namespace care::test;

namespace {

const QStringList kWritten{QStringLiteral("student"),          QStringLiteral("guardian"),
                           QStringLiteral("student_guardian"), QStringLiteral("household"),
                           QStringLiteral("enrollment"),       QStringLiteral("change_log"),
                           QStringLiteral("audit_event")};

StudentRecord loaded(RecordsFixture &f, const QString &id)
{
    auto record = StudentService(*f.t.db, testClock()).load(f.director, id);
    INFO(errorText(record));
    REQUIRE(record.ok());
    return record.value();
}

// A change saved elsewhere (another window, the CLI, a sync): the whole record through update().
template <typename Change>
void changeElsewhere(RecordsFixture &f, const QString &id, Change &&change)
{
    StudentRecord record = loaded(f, id);
    change(record);
    const Status saved = StudentService(*f.t.db, testClock()).update(record, f.counsellor);
    INFO(errorText(saved));
    REQUIRE(saved.ok());
}

GuardianLink mother(const QString &phone)
{
    GuardianLink link;
    link.guardian.prefix = QStringLiteral("นาง");
    link.guardian.firstName = QStringLiteral("สมศรี");
    link.guardian.lastName = QStringLiteral("ใจดี");
    link.guardian.phone = phone;
    link.relation = GuardianRelation::Mother;
    link.isPrimary = true;
    return link;
}

// The fields of the newest change-log entry of `entity`.
QStringList lastChangedFields(RecordsFixture &f, const QString &entity)
{
    QSqlQuery q(f.t.db->connection());
    q.prepare(QStringLiteral("SELECT payload FROM change_log WHERE entity = ? AND operation = 'update' "
                             "AND payload NOT LIKE '{\"updated_at\"%' ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QStringList keys = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().keys();
    keys.sort();
    return keys;
}

}  // namespace

TEST_CASE("Undo of an edit writes back only the fields it changed", "[service][undo]")
{
    RecordsFixture f;
    StudentService service(*f.t.db, testClock());
    StudentRepository repo(*f.t.db);
    const QString id = f.studentId;
    const StudentRecord before = loaded(f, id);
    StudentRecord edited = before;
    edited.student.firstNameTh = QStringLiteral("สมชัย");
    edited.student.address.postcode = QStringLiteral("40000");
    auto saved = service.writeFields(before, edited, EditPurpose::Save, f.director);
    INFO(errorText(saved));
    REQUIRE(saved.ok());
    const StudentRecord after = saved.value();

    SECTION("a field changed elsewhere since stays")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.student.nickname = QStringLiteral("ชัย"); });
        auto undone = service.writeFields(after, before, EditPurpose::Undo, f.director);
        INFO(errorText(undone));
        REQUIRE(undone.ok());
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("สมชาย"));
        CHECK(repo.student(id)->address.postcode.isEmpty());
        CHECK(repo.student(id)->nickname == QStringLiteral("ชัย"));
        // The change log carries only the reverted fields; the audit event says it was an undo.
        CHECK(lastChangedFields(f, QStringLiteral("student"))
              == QStringList{QStringLiteral("first_name_th"), QStringLiteral("postcode")});
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'update' AND summary LIKE "
                                     "'undo:%firstNameTh%'"))
              == 1);

        auto redone = service.writeFields(before, after, EditPurpose::Redo, f.director);
        REQUIRE(redone.ok());
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("สมชัย"));
        CHECK(repo.student(id)->nickname == QStringLiteral("ชัย"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE summary LIKE 'redo:%'")) == 1);
    }
    SECTION("a field of the change changed since refuses it, naming the field, and writes nothing")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.student.firstNameTh = QStringLiteral("สมหมาย"); });
        const auto counts = rowCounts(*f.t.db, kWritten);
        QList<RecordField> changed;
        auto undone = service.writeFields(after, before, EditPurpose::Undo, f.director, &changed);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().field == QStringLiteral("firstNameTh"));
        CHECK_FALSE(undone.error().message.isEmpty());
        CHECK(changed == QList<RecordField>{RecordField{RecordPart::Student, QStringLiteral("firstNameTh"), {}}});
        CHECK(rowCounts(*f.t.db, kWritten) == counts);
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("สมหมาย"));
        CHECK(repo.student(id)->address.postcode == QStringLiteral("40000"));  // not half undone
    }
    SECTION("a field already back at its old value is left alone")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.student.firstNameTh = QStringLiteral("สมชาย"); });
        REQUIRE(service.writeFields(after, before, EditPurpose::Undo, f.director).ok());
        CHECK(repo.student(id)->address.postcode.isEmpty());
    }
    SECTION("a save from a form opened before a change elsewhere keeps that change")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.student.nickname = QStringLiteral("ชัย"); });
        StudentRecord stale = after;  // the form still shows no nickname
        stale.student.lastNameTh = QStringLiteral("ใจงาม");
        REQUIRE(service.writeFields(after, stale, EditPurpose::Save, f.director).ok());
        CHECK(repo.student(id)->lastNameTh == QStringLiteral("ใจงาม"));
        CHECK(repo.student(id)->nickname == QStringLiteral("ชัย"));
    }
    SECTION("a session that may not change the student is refused")
    {
        CHECK_FALSE(service.writeFields(after, before, EditPurpose::Undo, f.nurse).ok());
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("สมชัย"));
    }
}

TEST_CASE("Undo of an edit to guardians and household goes field by field", "[service][undo]")
{
    RecordsFixture f;
    StudentService service(*f.t.db, testClock());
    StudentRepository repo(*f.t.db);
    const QString id = f.studentId;
    const StudentRecord before = loaded(f, id);
    StudentRecord edited = before;
    Household h;
    h.memberCount = 4;
    h.monthlyIncomeBaht = 20000;
    edited.household = h;
    edited.guardians << mother(QStringLiteral("081-234-5678"));
    auto saved = service.writeFields(before, edited, EditPurpose::Save, f.director);
    INFO(errorText(saved));
    REQUIRE(saved.ok());
    const StudentRecord added = saved.value();
    REQUIRE(added.household);
    REQUIRE_FALSE(added.household->id.isEmpty());
    REQUIRE(added.guardians.size() == 1);
    const QString guardianId = added.guardians.first().guardian.id;
    REQUIRE_FALSE(guardianId.isEmpty());
    CHECK(repo.guardians(id)->size() == 1);

    SECTION("undoing the addition removes the link and the household; redo brings the same ones back")
    {
        REQUIRE(service.writeFields(added, before, EditPurpose::Undo, f.director).ok());
        CHECK(repo.guardians(id)->isEmpty());
        CHECK(repo.student(id)->householdId.isEmpty());
        CHECK_FALSE(repo.household(added.household->id).value().has_value());
        REQUIRE(service.writeFields(before, added, EditPurpose::Redo, f.director).ok());
        REQUIRE(repo.guardians(id)->size() == 1);
        CHECK(repo.guardians(id)->first().guardian.id == guardianId);
        CHECK(repo.student(id)->householdId == added.household->id);
    }
    SECTION("a guardian's phone corrected since refuses undoing the addition, naming it")
    {
        changeElsewhere(f, id,
                        [](StudentRecord &r) { r.guardians[0].guardian.phone = QStringLiteral("089-999-9999"); });
        QList<RecordField> changed;
        REQUIRE_FALSE(service.writeFields(added, before, EditPurpose::Undo, f.director, &changed).ok());
        CHECK(changed == QList<RecordField>{RecordField{RecordPart::Guardian, QStringLiteral("phone"), guardianId}});
        CHECK(repo.guardians(id)->size() == 1);
    }
    SECTION("household fields: only the change's own go back, and the risk follows in the same write")
    {
        StudentRecord poorer = added;
        poorer.household->monthlyIncomeBaht = 4000;
        poorer.household->livingArrangement = LivingArrangement::Relatives;
        auto second = service.writeFields(added, poorer, EditPurpose::Save, f.director);
        REQUIRE(second.ok());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'at_risk'")) == 1);
        changeElsewhere(f, id, [](StudentRecord &r) { r.household->memberCount = 5; });
        REQUIRE(service.writeFields(poorer, added, EditPurpose::Undo, f.director).ok());
        auto household = repo.household(added.household->id).value();
        REQUIRE(household);
        CHECK(household->monthlyIncomeBaht == 20000);
        CHECK(household->livingArrangement == LivingArrangement::BothParents);
        CHECK(household->memberCount == 5);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'at_risk'")) == 0);
    }
}

TEST_CASE("Undoing an added student removes it only while nothing refers to it", "[service][undo]")
{
    RecordsFixture f;
    StudentService service(*f.t.db, testClock());
    StudentRepository repo(*f.t.db);
    StudentRecord record = makeStudentRecord(f.t, QStringLiteral("ใหม่"), QStringLiteral("เพิ่งเพิ่ม"), nationalIdFor(4321));
    record.guardians << mother(QStringLiteral("081-111-2222"));
    Household h;
    h.memberCount = 3;
    record.household = h;
    auto created = service.create(record, f.director);
    REQUIRE(created.ok());
    const QString id = created.value();
    StudentRecord added = loaded(f, id);
    added.classroomId = record.classroomId;
    const auto counts = rowCounts(*f.t.db, kWritten);

    SECTION("nothing else refers to it: the add is undone, audited as an undo")
    {
        const Status removed = service.removeAdded(added, f.director);
        INFO(errorText(removed));
        REQUIRE(removed.ok());
        CHECK_FALSE(repo.student(id).ok());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM guardian WHERE first_name = 'สมศรี'")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'delete' AND summary LIKE "
                                     "'undo:%'"))
              == 1);
    }
    SECTION("a screening refers to it: refused, nothing deleted")
    {
        ScreeningEntry entry;
        entry.studentId = id;
        entry.instrumentId = QStringLiteral("sdq-teacher-4-17");
        entry.screenedOn = QDate(2025, 6, 1);
        entry.answers.items = QList<std::optional<int>>(25, 1);
        REQUIRE(ScreeningService(*f.t.db, testClock()).record(f.teacher, entry).ok());
        const int screenings = f.count(QStringLiteral("SELECT count(*) FROM screening_result"));
        const Status removed = service.removeAdded(added, f.director);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().message.contains(QStringLiteral("1 screening result")));
        CHECK(repo.student(id).ok());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result")) == screenings);
    }
    SECTION("a daily absence refers to it: refused")
    {
        DailyAbsence absence;
        absence.studentId = id;
        absence.onDate = QDate(2025, 5, 20);
        REQUIRE(IndicatorService(*f.t.db, testClock()).addDailyAbsence(f.teacher, absence).ok());
        REQUIRE_FALSE(service.removeAdded(added, f.director).ok());
        CHECK(repo.student(id).ok());
    }
    SECTION("a table a later migration adds counts without being listed anywhere")
    {
        QSqlQuery q(f.t.db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE home_visit (id TEXT PRIMARY KEY, "
                                      "student_id TEXT NOT NULL REFERENCES student(id))")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO home_visit VALUES ('v1', '%1')").arg(id)));
        const Status removed = service.removeAdded(added, f.director);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().message.contains(QStringLiteral("home_visit")));
        CHECK(repo.student(id).ok());
    }
    SECTION("a field changed since: refused, naming it")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.student.nickname = QStringLiteral("ใหม่"); });
        const auto changedCounts = rowCounts(*f.t.db, kWritten);
        QList<RecordField> changed;
        REQUIRE_FALSE(service.removeAdded(added, f.director, &changed).ok());
        CHECK(changed == QList<RecordField>{RecordField{RecordPart::Student, QStringLiteral("nickname"), {}}});
        CHECK(rowCounts(*f.t.db, kWritten) == changedCounts);
    }
    SECTION("a guardian linked since refers to it: refused")
    {
        changeElsewhere(f, id, [](StudentRecord &r) { r.guardians << mother(QStringLiteral("082-000-0000")); });
        REQUIRE_FALSE(service.removeAdded(added, f.director).ok());
        CHECK(repo.student(id).ok());
    }
    SECTION("a sibling's change to the shared household does not hold it back")
    {
        StudentRecord sibling = makeStudentRecord(f.t, QStringLiteral("พี่"), QStringLiteral("เพิ่งเพิ่ม"));
        sibling.household = added.household;
        auto siblingId = service.create(sibling, f.director);
        REQUIRE(siblingId.ok());
        changeElsewhere(f, siblingId.value(), [](StudentRecord &r) { r.household->memberCount = 6; });
        const Status removed = service.removeAdded(added, f.director);
        INFO(errorText(removed));
        REQUIRE(removed.ok());
        CHECK(repo.household(added.household->id).value().has_value());
    }
    SECTION("the undo needs the right to delete")
    {
        REQUIRE_FALSE(service.removeAdded(added, f.counsellor).ok());
        CHECK(rowCounts(*f.t.db, kWritten) == counts);
    }
}

TEST_CASE("Every table with a foreign key to student is found from the schema", "[service][undo]")
{
    TestDatabase t = makeTestDatabase();
    auto keys = foreignKeysTo(t.db->connection(), QStringLiteral("student"));
    INFO(errorText(keys));
    REQUIRE(keys.ok());
    QStringList tables;
    for (const ForeignKey &key : keys.value())
        tables << key.table;
    // Each table of the migrations whose rows name a student.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'")));
    int tablesWithStudentKey = 0;
    while (q.next()) {
        const QString sql = q.value(1).toString();
        if (sql.contains(QStringLiteral("REFERENCES student(id)"))) {
            ++tablesWithStudentKey;
            INFO(q.value(0).toString().toStdString());
            CHECK(tables.contains(q.value(0).toString()));
        }
    }
    CHECK(tablesWithStudentKey >= 13);
    for (const char *table : {"screening_result", "daily_absence", "behaviour_incident", "risk_assessment",
                              "risk_current", "consent", "access_grant", "attendance_record", "academic_record"})
        CHECK(tables.contains(QLatin1String(table)));
}
