// A deleted or anonymised child leaves no old values behind: not in old
// change-log payloads, not in the search index's pages, not in the file.
#include "rawconnection.h"
#include "retentionfixture.h"
#include "testdatabase.h"

#include "services/accountservice.h"
#include "services/retentionservice.h"
#include "services/studentservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/redactionrepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

// Trigram tokens of this nickname sort apart from every other token, so the
// index stores "~~~" whole: a simple byte search finds it in its pages.
const QString kMarkedNickname = QStringLiteral("~~~~~~");

// The file's content as a plain file would hold it (the file itself is
// encrypted, so its raw bytes show nothing either way).
QByteArray fileBytes(Database &db, const QString &path)
{
    REQUIRE(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return decryptedBytesOf(path);
}

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

int changeLogEntriesHolding(Database &db, const QString &value)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE instr(payload, ?) > 0"), value);
}

// Index pages (FTS5 shadow table) that still hold the marked nickname's token.
int searchPagesHoldingMarker(Database &db)
{
    return scalar(
            db, QStringLiteral("SELECT count(*) FROM student_search_data WHERE instr(block, CAST('~~~' AS BLOB)) > 0"));
}

QList<QJsonObject> redactionEntries(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
            QStringLiteral("SELECT payload, operation FROM change_log WHERE entity = 'redaction' ORDER BY seq")));
    QList<QJsonObject> entries;
    while (q.next()) {
        CHECK(q.value(1).toString() == QLatin1String("insert"));
        entries << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    return entries;
}

QStringList recordsOf(const QJsonObject &redaction)
{
    QStringList keys;
    for (const QJsonValue &record : redaction.value(QStringLiteral("records")).toArray())
        keys << record[QStringLiteral("entity")].toString() + QLatin1Char('/')
                        + record[QStringLiteral("id")].toString();
    return keys;
}

StudentRecord markedRecord(const TestDatabase &t)
{
    StudentRecord r
            = makeStudentRecord(t, QStringLiteral("วรเชษฐ์ลบทิ้ง"), QStringLiteral("ศรีหายสูญ"), nationalIdFor(918273));
    r.student.firstNameEn = QStringLiteral("Worachetgone");
    r.student.nickname = kMarkedNickname;
    r.student.studentNumber = QStringLiteral("66123");
    r.student.address.houseNumber = QStringLiteral("909/19");
    r.student.address.road = QStringLiteral("ซอยลับเฉพาะ");
    Household h;
    h.memberCount = 3;
    h.livingArrangement = LivingArrangement::Grandparents;
    r.household = h;
    GuardianLink link;
    link.guardian.firstName = QStringLiteral("บุญเรือนลบ");
    link.guardian.lastName = QStringLiteral("ศรีหายสูญ");
    link.guardian.phone = QStringLiteral("0867776655");
    link.relation = GuardianRelation::Grandmother;
    link.isPrimary = true;
    r.guardians << link;
    return r;
}

const QStringList kMarkedValues{
        QStringLiteral("วรเชษฐ์ลบทิ้ง"), QStringLiteral("ศรีหายสูญ"),  QStringLiteral("Worachetgone"), nationalIdFor(918273),
        QStringLiteral("ซอยลับเฉพาะ"), QStringLiteral("บุญเรือนลบ"), QStringLiteral("0867776655"),   kMarkedNickname};

}  // namespace

TEST_CASE("Deleting a student leaves none of its values in the change log, the index or the file",
          "[redaction][remove]")
{
    TestDatabase t = makeTestDatabase();
    const Session director = sessionFor(t, Role::Director);
    StudentService service(*t.db, testClock());
    auto id = service.create(markedRecord(t), director);
    INFO(errorText(id));
    REQUIRE(id.ok());
    auto loaded = service.load(director, id.value());
    REQUIRE(loaded.ok());
    const QString guardianId = loaded->guardians.value(0).guardian.id;
    const QString sibling
            = service.create(makeStudentRecord(t, QStringLiteral("น้องอยู่ต่อ"), QStringLiteral("คงเดิม")), director)
                      .value();
    const QByteArray before = fileBytes(*t.db, t.path);
    for (const QString &value : kMarkedValues) {
        INFO("before: " << value.toStdString());
        CHECK(before.contains(value.toUtf8()));
    }
    REQUIRE(searchPagesHoldingMarker(*t.db) > 0);

    const Status removed = service.remove(id.value(), director);
    INFO(errorText(removed));
    REQUIRE(removed.ok());

    const QByteArray after = fileBytes(*t.db, t.path);
    for (const QString &value : kMarkedValues) {
        INFO("after: " << value.toStdString());
        CHECK_FALSE(after.contains(value.toUtf8()));
        CHECK(changeLogEntriesHolding(*t.db, value) == 0);
    }
    CHECK(searchPagesHoldingMarker(*t.db) == 0);
    CHECK(scalar(*t.db,
                 QStringLiteral("SELECT count(*) FROM student_search WHERE student_search MATCH "
                                "'\"Worachetgone\"'"))
          == 0);
    CHECK(scalar(*t.db,
                 QStringLiteral("SELECT count(*) FROM student_search WHERE student_search MATCH "
                                "'\"น้องอยู่ต่อ\"'"))
          == 1);

    // Old entries keep their place and clock; only the payload went.
    CHECK(scalar(*t.db,
                 QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'student' AND entity_id = ? "
                                "AND operation = 'insert' AND payload LIKE '%\"redacted\":true%'"),
                 id.value())
          == 1);
    CHECK(changeLogEntriesHolding(*t.db, QStringLiteral("น้องอยู่ต่อ")) == 1);  // others keep theirs
    CHECK_FALSE(sibling.isEmpty());

    const QList<QJsonObject> redactions = redactionEntries(*t.db);
    REQUIRE(redactions.size() == 1);
    CHECK(redactions.first().value(QStringLiteral("reason")).toString() == QLatin1String("delete"));
    const QStringList records = recordsOf(redactions.first());
    CHECK(records.contains(QStringLiteral("student/") + id.value()));
    CHECK(records.contains(QStringLiteral("guardian/") + guardianId));
    CHECK(records.contains(QStringLiteral("household/") + loaded->student.householdId));
}

TEST_CASE("Anonymising appends a redaction entry and purges the search index", "[redaction][retention]")
{
    RetentionFixture f;
    StudentService students(*f.t.db, testClock());
    auto record = students.load(f.director, f.expiredTooId);
    REQUIRE(record.ok());
    record->student.nickname = kMarkedNickname;
    REQUIRE(students.update(record.value(), f.director).ok());
    REQUIRE(searchPagesHoldingMarker(*f.t.db) > 0);

    auto count = RetentionService(*f.t.db, testClock()).run(f.t.admin);
    INFO(errorText(count));
    REQUIRE(count.ok());
    CHECK(count.value() == 2);

    CHECK(searchPagesHoldingMarker(*f.t.db) == 0);
    CHECK_FALSE(fileBytes(*f.t.db, f.t.path).contains(kMarkedNickname.toUtf8()));
    CHECK(changeLogEntriesHolding(*f.t.db, kMarkedNickname) == 0);
    const QList<QJsonObject> redactions = redactionEntries(*f.t.db);
    REQUIRE(redactions.size() == 1);
    CHECK(redactions.first().value(QStringLiteral("reason")).toString() == QLatin1String("anonymise"));
    const QStringList records = recordsOf(redactions.first());
    CHECK(records.contains(QStringLiteral("student/") + f.expiredId));
    CHECK(records.contains(QStringLiteral("student/") + f.expiredTooId));
    // A record that stays names the fields it lost, never their old values.
    for (const QJsonValue &value : redactions.first().value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = value.toObject();
        if (r.value(QStringLiteral("id")).toString() == f.expiredTooId)
            CHECK(r.value(QStringLiteral("fields")).toObject().value(QStringLiteral("nickname")).toString().isEmpty());
    }
}

TEST_CASE("The search index erases deleted tokens in place where the library can", "[redaction][migrations]")
{
    TestDatabase t = makeTestDatabase();
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
    REQUIRE(q.next());
    const QStringList version = q.value(0).toString().split(QLatin1Char('.'));
    const bool supported
            = version.value(0).toInt() > 3 || (version.value(0).toInt() == 3 && version.value(1).toInt() >= 42);
    auto inPlace = RedactionRepository::searchIndexErasesInPlace(t.db->connection());
    REQUIRE(inPlace.ok());
    CHECK(inPlace.value() == supported);
}

TEST_CASE("Upgrading clears the old payloads of records deleted before", "[redaction][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.care"));
    const QString gone = QStringLiteral("0190a000-0000-7000-8000-0000000000c1");
    const QString kept = QStringLiteral("0190a000-0000-7000-8000-0000000000c2");
    {
        RawConnection raw(path);
        REQUIRE(migrate(raw.db(), 5).ok());
        const QString insert
                = QStringLiteral("INSERT INTO change_log(change_id, entity, entity_id, operation, payload, "
                                 "hlc) VALUES (?, 'guardian', ?, ?, ?, ?)");
        raw.exec(insert,
                 {QStringLiteral("c1"), gone, QStringLiteral("insert"),
                  QStringLiteral("{\"first_name\":\"ลบไปแล้ว\",\"id\":\"%1\"}").arg(gone),
                  QStringLiteral("0000000000001-000000-d")});
        raw.exec(insert,
                 {QStringLiteral("c2"), kept, QStringLiteral("insert"),
                  QStringLiteral("{\"first_name\":\"ยังอยู่\",\"id\":\"%1\"}").arg(kept),
                  QStringLiteral("0000000000002-000000-d")});
        raw.exec(insert,
                 {QStringLiteral("c3"), gone, QStringLiteral("delete"), QStringLiteral("{\"id\":\"%1\"}").arg(gone),
                  QStringLiteral("0000000000003-000000-d")});
    }
    auto opened = Database::open(path);
    INFO((opened.ok() ? std::string() : opened.error().describe().toStdString()));
    REQUIRE(opened.ok());
    // An earlier version's file without users: set-up encrypts and upgrades it.
    NewUser admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Admin");
    admin.role = Role::SystemAdministrator;
    admin.password = kTestPassword;
    auto setUp = AccountService(*opened.value(), testClock(), crypto::PasswordCost::minimal()).setUpUnchecked(admin);
    INFO(errorText(setUp));
    REQUIRE(setUp.ok());
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT change_id, payload FROM change_log WHERE change_id LIKE 'c_' ORDER BY seq")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    CHECK(rows
          == QStringList{QStringLiteral("c1 {\"id\":\"%1\",\"redacted\":true}").arg(gone),
                         QStringLiteral("c2 {\"first_name\":\"ยังอยู่\",\"id\":\"%1\"}").arg(kept),
                         QStringLiteral("c3 {\"id\":\"%1\"}").arg(gone)});
}
