// Schema migrations and the checks Database::open makes before writing.
#include "rawconnection.h"

#include "services/accountservice.h"
#include "storage/database.h"
#include "storage/sqlconnections.h"
#include "util/clock.h"
#include "storage/migrations.h"
#include "storage/studentrepository.h"
#include "storage/studentsearch.h"
#include "util/ids.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace care;
using care::test::RawConnection;

namespace {

struct FileSnapshot {
    QByteArray sha256;
    qint64 size = -1;
    bool operator==(const FileSnapshot &) const = default;
};

FileSnapshot snapshot(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    return {QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), bytes.size()};
}

void requireNoSideFiles(const QString &path)
{
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

// Opening must fail, name the file, and leave it exactly as it was.
void requireRefusedUnchanged(const QString &path, const char *expectedWords)
{
    const FileSnapshot before = snapshot(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().describe().toStdString());
    CHECK(opened.error().message.contains(QString::fromUtf8(expectedWords), Qt::CaseInsensitive));
    CHECK(opened.error().message.endsWith(QLatin1Char('.')));
    CHECK_FALSE(opened.error().location.isEmpty());
    CHECK(snapshot(path) == before);
    requireNoSideFiles(path);
}

// Rows valid from schema 1 on, written with plain SQL as an older Care would.
struct OldData {
    QString schoolId = QStringLiteral("0190a000-0000-7000-8000-0000000000a1");
    QString studentA = QStringLiteral("0190a000-0000-7000-8000-0000000000b1");
    QString studentB = QStringLiteral("0190a000-0000-7000-8000-0000000000b2");
};

void insertOldData(const RawConnection &raw, const OldData &d)
{
    const QString now = QStringLiteral("2025-01-01T00:00:00.000Z");
    raw.exec(QStringLiteral("INSERT INTO municipality(id, code, name_th, created_at, updated_at) "
                            "VALUES ('0190a000-0000-7000-8000-0000000000m1', '5400101', 'เทศบาลนครขอนแก่น', ?, ?)"),
             {now, now});
    raw.exec(QStringLiteral("INSERT INTO school(id, municipality_id, code, name_th, kind, lowest_grade, "
                            "highest_grade, created_at, updated_at) VALUES (?, "
                            "'0190a000-0000-7000-8000-0000000000m1', '40010001', 'โรงเรียนเทศบาลวัดกลาง', "
                            "'primary', 'P1', 'P6', ?, ?)"),
             {d.schoolId, now, now});
    // Deliberately wrong sort keys (A's would sort after B's): opening rebuilds them.
    const QString insertStudent = QStringLiteral(
        "INSERT INTO student(id, school_id, id_kind, citizen_id, first_name_th, last_name_th, birth_date, sex, "
        "status, sort_key, created_at, updated_at) VALUES (?, ?, 'national_id', ?, ?, ?, '2015-06-10', "
        "'male', 'studying', ?, ?, ?)");
    raw.exec(insertStudent, {d.studentA, d.schoolId, QStringLiteral("1234567890121"), QStringLiteral("กมล"),
                             QStringLiteral("ศรีสุวรรณวงศ์"), QByteArray("\xff\xff", 2), now, now});
    raw.exec(insertStudent, {d.studentB, d.schoolId, QStringLiteral("3101200345677"), QStringLiteral("สมชาย"),
                             QStringLiteral("ใจดี"), QByteArray("\x01", 1), now, now});
}

} // namespace

TEST_CASE("a new file is migrated to the latest schema", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.care"));
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    DatabasePtr db = opened.value();
    CHECK(Database::latestSchemaVersion() == latestMigrationVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());

    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT version, name FROM schema_history ORDER BY version")));
    int expected = 1;
    while (q.next()) {
        CHECK(q.value(0).toInt() == expected);
        CHECK_FALSE(q.value(1).toString().isEmpty());
        ++expected;
    }
    CHECK(expected - 1 == Database::latestSchemaVersion());
    CHECK_FALSE(db->deviceId().isEmpty());

    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // Opening again (with the key set-up would have wrapped) migrates nothing more.
    q.finish();
    const auto key = db->createdDatabaseKey();
    REQUIRE(key);
    db.reset();
    auto again = Database::open(path);
    REQUIRE(again.ok());
    REQUIRE(again.value()->unlock(*key).ok());
    QSqlQuery count(again.value()->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM schema_history")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == Database::latestSchemaVersion());
}

TEST_CASE("older schemas are upgraded and keep their data", "[migrations]")
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from schema " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.care"));
            const OldData data;
            {
                RawConnection raw(path);
                const Status migrated = migrate(raw.db(), version);
                INFO((migrated.ok() ? std::string() : migrated.error().describe().toStdString()));
                REQUIRE(migrated.ok());
                CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == version);
                CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_history")).toInt() == version);
                insertOldData(raw, data);
            }

            auto opened = Database::open(path);
            INFO((opened.ok() ? std::string() : opened.error().describe().toStdString()));
            REQUIRE(opened.ok());
            Database &db = *opened.value();
            // A file without users is set up; that encrypts and migrates it.
            NewUser admin;
            admin.username = QStringLiteral("admin");
            admin.displayName = QStringLiteral("Admin");
            admin.role = Role::SystemAdministrator;
            admin.password = QStringLiteral("a long admin passphrase");
            auto setUp = AccountService(db, Clock::system(), crypto::PasswordCost::minimal()).setUpUnchecked(admin);
            INFO((setUp.ok() ? std::string() : setUp.error().describe().toStdString()));
            REQUIRE(setUp.ok());
            CHECK(db.schemaVersion() == Database::latestSchemaVersion());

            StudentRepository students(db);
            auto a = students.student(data.studentA);
            REQUIRE(a.ok());
            CHECK(a->firstNameTh == QStringLiteral("กมล"));
            CHECK(a->lastNameTh == QStringLiteral("ศรีสุวรรณวงศ์"));
            CHECK(a->citizenId == QStringLiteral("1234567890121"));
            CHECK(a->birthDate == QDate(2015, 6, 10));
            auto total = students.count();
            REQUIRE(total.ok());
            CHECK(total.value() == 2);

            // The search index covers students written before it existed.
            StudentSearch search(db);
            StudentFilter middle(StudentListScope::everyone());
            middle.text = QStringLiteral("สุวรรณ");
            auto found = search.page(middle, StudentSort::Name, true, 0, 10);
            REQUIRE(found.ok());
            REQUIRE(found->size() == 1);
            CHECK(found->first().id == data.studentA);
            StudentFilter byId(StudentListScope::everyone());
            byId.text = QStringLiteral("3-1012-00345");
            auto foundById = search.count(byId);
            REQUIRE(foundById.ok());
            CHECK(foundById.value() == 1);

            // Sort keys were rebuilt: กมล before สมชาย despite the stored keys.
            auto all = search.page(StudentFilter(StudentListScope::everyone()), StudentSort::Name, true, 0, 10);
            REQUIRE(all.ok());
            REQUIRE(all->size() == 2);
            CHECK(all->at(0).id == data.studentA);
            CHECK(all->at(1).id == data.studentB);
        }
    }
}

TEST_CASE("a newer schema is refused and the file left untouched", "[migrations]")
{
    QTemporaryDir dir;
    // A plain name, and one with Thai letters, spaces and URI-special characters.
    const QString name = GENERATE(QStringLiteral("future.care"), QStringLiteral("ข้อมูล นักเรียน #1?%20.care"));
    const QString path = dir.filePath(name);
    std::shared_ptr<const SecretBytes> key;
    {
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(opened.ok());
        key = opened.value()->createdDatabaseKey();
    }
    {
        const SecretBytes text = hexKeyText(Database::fileKeyOf(*key));
        RawConnection raw(path, QByteArray(reinterpret_cast<const char *>(text.data()), qsizetype(text.size())));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    requireNoSideFiles(path);  // the last connection checkpointed and removed the WAL

    // The version is inside the encrypted file: it is read, read-only, when the key opens it.
    const FileSnapshot before = snapshot(path);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    const Status unlocked = opened.value()->unlock(*key);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().message.contains(QStringLiteral("newer")));
    CHECK(unlocked.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
    CHECK(unlocked.error().location.contains(name));
    CHECK_FALSE(opened.value()->isOpen());
    CHECK(snapshot(path) == before);
    requireNoSideFiles(path);
}

TEST_CASE("files that are not Care databases are refused unchanged", "[migrations]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.care"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are not the students you are looking for.\n");
        f.close();
        requireRefusedUnchanged(path, "not");
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.care"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        requireRefusedUnchanged(path, "empty");
    }
    SECTION("a damaged file with an SQLite header")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.care"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(600, '\x5a'));
        f.close();
        requireRefusedUnchanged(path, "not");
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('a', '1')"));
        }
        requireRefusedUnchanged(path, "another program");
    }
    SECTION("a missing file is not created unless asked")
    {
        const QString path = dir.filePath(QStringLiteral("missing.care"));
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().message.isEmpty());
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("a folder")
    {
        auto opened = Database::open(dir.path(), Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().message.isEmpty());
    }
}

TEST_CASE("splitSqlScript keeps statements whole", "[migrations]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
        "\n"
        "CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN\n"
        "    UPDATE t SET a = 'one;' WHERE rowid = new.rowid;\n"
        "    DELETE FROM t WHERE a = 'two';\n"
        "END;\n"
        "CREATE INDEX t_a ON t(a);\n"
        "INSERT INTO t VALUES ('last without newline')");
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y');"));
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t_insert")));
    CHECK(statements.at(1).contains(QStringLiteral("UPDATE t SET a = 'one;'")));
    CHECK(statements.at(1).contains(QStringLiteral("DELETE FROM t")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(2) == QStringLiteral("CREATE INDEX t_a ON t(a);"));
    CHECK(statements.at(3) == QStringLiteral("INSERT INTO t VALUES ('last without newline')"));

    // The embedded migrations split the same way: every trigger is one statement.
    int triggers = 0;
    for (const Migration &m : allMigrations())
        for (const QString &sql : m.statements)
            if (sql.startsWith(QStringLiteral("CREATE TRIGGER"))) {
                ++triggers;
                CHECK(sql.endsWith(QStringLiteral("END;")));
                CHECK(sql.count(QStringLiteral("INSERT INTO")) >= 1);
            } else {
                CHECK_FALSE(sql.startsWith(QStringLiteral("END")));
            }
    CHECK(triggers >= 3);
    CHECK(allMigrations().first().version == 1);
}
