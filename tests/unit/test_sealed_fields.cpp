// Sealed household circumstances: stored only sealed, locked means no access,
// old plain files sealed at set-up, and no plain value anywhere in the file.
#include "rawconnection.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "services/accountservice.h"
#include "storage/migrations.h"
#include "storage/rowmapping.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

Household sampleHousehold(const QString &id)
{
    Household h;
    h.id = id;
    h.memberCount = 5;
    h.monthlyIncomeBaht = 4321;
    h.livingArrangement = LivingArrangement::Grandparents;
    h.notes = QStringLiteral("ยายเก็บของเก่าขาย หลานสามคน");
    h.address.community = QStringLiteral("ชุมชนหนองแวง");
    return h;
}

Status insertHousehold(Database &db, const Household &h)
{
    WriteScope scope(db, Actor::system(QStringLiteral("test")), testClock());
    if (auto s = StudentRepository::insert(scope, h); !s)
        return s;
    return scope.commit();
}

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every way a household value could appear in plain form.
QList<QByteArray> plainForms(const Household &h)
{
    QList<QByteArray> forms;
    if (!h.notes.isEmpty())
        forms << h.notes.toUtf8() << (QStringLiteral("\"notes\":\"") + h.notes + QLatin1Char('"')).toUtf8();
    if (h.monthlyIncomeBaht)
        forms << QByteArray("\"monthly_income\":") + QByteArray::number(*h.monthlyIncomeBaht);
    forms << QByteArray("\"living_arrangement\":\"") + code(h.livingArrangement).toUtf8() + '"';
    return forms;
}

} // namespace

TEST_CASE("sealed fields: household circumstances are stored sealed and read back", "[sealed]")
{
    TestDatabase t = makeTestDatabase();
    const Household h = sampleHousehold(QStringLiteral("0190a000-0000-7000-8000-00000000h001"));
    REQUIRE(insertHousehold(*t.db, h).ok());

    const QString stored = column(*t.db, QStringLiteral("SELECT circumstances FROM household")).value(0);
    CHECK(stored.startsWith(QStringLiteral("s1:")));
    CHECK_FALSE(stored.contains(QStringLiteral("4321")));
    const QString payload =
        column(*t.db, QStringLiteral("SELECT payload FROM change_log WHERE entity = 'household'")).value(0);
    CHECK(payload.contains(stored));  // the change log carries the sealed value
    CHECK_FALSE(payload.contains(h.notes));
    CHECK_FALSE(payload.contains(QStringLiteral("monthly_income")));

    auto loaded = StudentRepository(*t.db).household(h.id);
    INFO(errorText(loaded));
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == h);

    // Unchanged circumstances are not rewritten (a new seal would differ).
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        auto changed = StudentRepository::update(scope, h, h);
        REQUIRE(changed.ok());
        CHECK(changed.value() == 0);
        Household richer = h;
        richer.monthlyIncomeBaht = 9000;
        auto updated = StudentRepository::update(scope, h, richer);
        REQUIRE(updated.ok());
        CHECK(updated.value() == 1);
        REQUIRE(scope.commit().ok());
    }
    auto reloaded = StudentRepository(*t.db).household(h.id);
    REQUIRE(reloaded.ok());
    CHECK((*reloaded)->monthlyIncomeBaht == 9000);
    CHECK((*reloaded)->notes == h.notes);
}

TEST_CASE("sealed fields: while locked nothing is read or written", "[sealed]")
{
    TestDatabase t = makeTestDatabase();
    const Household h = sampleHousehold(QStringLiteral("0190a000-0000-7000-8000-00000000h002"));
    REQUIRE(insertHousehold(*t.db, h).ok());
    AccountService(*t.db, testClock(), crypto::PasswordCost::minimal()).lock();

    auto read = StudentRepository(*t.db).household(h.id);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("locked")));
    CHECK_FALSE(read.error().message.contains(h.notes));

    Household other = sampleHousehold(QStringLiteral("0190a000-0000-7000-8000-00000000h003"));
    auto written = insertHousehold(*t.db, other);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("locked")));
    CHECK(column(*t.db, QStringLiteral("SELECT count(*) FROM household")).value(0) == QStringLiteral("1"));
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        Household changed = h;
        changed.notes = QStringLiteral("new note");
        CHECK_FALSE(StudentRepository::update(scope, h, changed).ok());
    }
}

TEST_CASE("sealed fields: a value moved to another household does not open", "[sealed]")
{
    TestDatabase t = makeTestDatabase();
    const Household a = sampleHousehold(QStringLiteral("0190a000-0000-7000-8000-00000000h00a"));
    Household b = sampleHousehold(QStringLiteral("0190a000-0000-7000-8000-00000000h00b"));
    b.monthlyIncomeBaht = 25000;
    REQUIRE(insertHousehold(*t.db, a).ok());
    REQUIRE(insertHousehold(*t.db, b).ok());
    {
        RawConnection raw(t.path);
        raw.exec(QStringLiteral("UPDATE household SET circumstances = (SELECT circumstances FROM household WHERE "
                                "id = ?) WHERE id = ?"),
                 {a.id, b.id});
    }
    auto moved = StudentRepository(*t.db).household(b.id);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message.contains(QStringLiteral("could not be opened")));
    CHECK(StudentRepository(*t.db).household(a.id).ok());
}

TEST_CASE("sealed fields: set-up seals a migrated schema-2 file and leaves no plain copy", "[sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.care"));
    const QString notes = QStringLiteral("พ่อติดสุรา แม่ทำงานโรงงานกะดึก");
    const QString householdId = QStringLiteral("0190a000-0000-7000-8000-00000000h0ld");
    {
        RawConnection raw(path);
        REQUIRE(migrate(raw.db(), 2).ok());
        const QString now = QStringLiteral("2025-01-01T00:00:00.000Z");
        raw.exec(QStringLiteral("INSERT INTO household(id, member_count, monthly_income, living_arrangement, notes, "
                                "created_at, updated_at) VALUES (?, 4, 7777, 'mother_only', ?, ?, ?)"),
                 {householdId, notes, now, now});
        // The change log of an older Care held the plain fields too.
        raw.exec(QStringLiteral("INSERT INTO change_log(change_id, entity, entity_id, operation, payload, hlc) "
                                "VALUES ('c1', 'household', ?, 'insert', ?, '1-0-d')"),
                 {householdId, QStringLiteral("{\"id\":\"%1\",\"member_count\":4,\"monthly_income\":7777,"
                                              "\"living_arrangement\":\"mother_only\",\"notes\":\"%2\"}")
                                   .arg(householdId, notes)});
    }
    {
        auto opened = Database::open(path);
        INFO(errorText(opened));
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        // An earlier version's plain file, not yet set up: nothing is opened until set-up encrypts it.
        REQUIRE_FALSE(db.isOpen());

        NewUser admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Administrator");
        admin.role = Role::SystemAdministrator;
        admin.password = kTestPassword;
        auto setUp = AccountService(db, testClock(), crypto::PasswordCost::minimal()).setUp(admin);
        INFO(errorText(setUp));
        REQUIRE(setUp.ok());

        CHECK(column(db, QStringLiteral("SELECT circumstances FROM household")).value(0).startsWith(
            QStringLiteral("s1:")));
        auto h = StudentRepository(db).household(householdId);
        INFO(errorText(h));
        REQUIRE(h.ok());
        CHECK((*h)->notes == notes);
        CHECK((*h)->monthlyIncomeBaht == 7777);
        CHECK((*h)->livingArrangement == LivingArrangement::MotherOnly);
        CHECK((*h)->memberCount == 4);
        const QStringList payloads = column(db, QStringLiteral("SELECT payload FROM change_log WHERE entity_id = '%1'")
                                                    .arg(householdId));
        for (const QString &p : payloads) {
            CHECK_FALSE(p.contains(notes));
            CHECK_FALSE(p.contains(QStringLiteral("7777")));
        }
    }
    // Closed: everything is in the main file. Neither it nor a WAL holds the
    // plain values, nor would the file once decrypted.
    const QByteArray decrypted = decryptedBytesOf(path);
    CHECK_FALSE(decrypted.contains(notes.toUtf8()));
    CHECK_FALSE(decrypted.contains(QByteArray("mother_only")));
    for (const char *suffix : {"", "-wal", "-journal"}) {
        const QByteArray bytes = fileBytes(path + QLatin1String(suffix));
        INFO("file" << suffix);
        CHECK_FALSE(bytes.contains(notes.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray("\"monthly_income\":7777")));
        CHECK_FALSE(bytes.contains(QByteArray("mother_only")));
    }
}

TEST_CASE("sealed fields: a demo database file holds no household value in plain text", "[sealed][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.care"));
    demo::DemoOptions options;
    options.students = 300;
    options.seed = 11;
    options.currentYearBe = 2569;
    options.passwordCost = crypto::PasswordCost::minimal();
    auto made = demo::generate(path, options);
    INFO(errorText(made));
    REQUIRE(made.ok());

    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(AccountService(db, testClock(), options.passwordCost).signIn(QStringLiteral("admin"),
                                                                         QStringLiteral("demo")).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM household").arg(householdColumns().join(QLatin1Char(',')))));
    QSet<QByteArray> needles;
    int withNotes = 0;
    while (q.next()) {
        auto h = householdFromQuery(q, *db.fieldCipher());
        REQUIRE(h.ok());
        withNotes += h->notes.isEmpty() ? 0 : 1;
        for (const QByteArray &form : plainForms(h.value()))
            needles.insert(form);
    }
    q.finish();
    REQUIRE(withNotes > 10);
    REQUIRE(needles.size() > 100);
    REQUIRE(column(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).size() == 1);

    const QByteArray file = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    REQUIRE(file.size() > 100'000);
    QStringList found;
    for (const QByteArray &needle : needles)
        if (file.contains(needle))
            found << QString::fromUtf8(needle);
    INFO(found.join(QStringLiteral(" | ")).toStdString());
    CHECK(found.isEmpty());
}
