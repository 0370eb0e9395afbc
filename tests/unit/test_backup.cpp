// Backups through SQLite's online backup API: the round trip through
// restore, what a backup file holds, damaged and foreign files refused with
// nothing written, daily backups keeping N, and who may make them.
#include "rawconnection.h"
#include "testdatabase.h"

#include "security/keyfile.h"
#include "services/accountservice.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "storage/contenthash.h"
#include "storage/migrations.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace care;
using namespace care::test;

namespace {

const QString kSecretNote = QStringLiteral("ครอบครัวมีหนี้นอกระบบ-unique-note-4417");
constexpr int kSecretIncome = 987653;

// A student with a household whose income and notes are sealed, entered by the school's director.
void addStudentWithHousehold(TestDatabase &t, const Session &director, const QString &firstName, qint64 serial)
{
    StudentRecord record = makeStudentRecord(t, firstName, QStringLiteral("ใจดี"), nationalIdFor(serial));
    Household household;
    household.memberCount = 4;
    household.monthlyIncomeBaht = kSecretIncome;
    household.livingArrangement = LivingArrangement::Grandparents;
    household.notes = kSecretNote;
    record.household = household;
    auto created = StudentService(*t.db, testClock()).create(record, director);
    INFO(errorText(created));
    REQUIRE(created.ok());
}

// Opens a file as Care would after a restore and signs the fixture's administrator in.
DatabasePtr openSignedIn(const QString &path)
{
    auto opened = Database::open(path);
    INFO(errorText(opened));
    REQUIRE(opened.ok());
    auto signedIn = AccountService(*opened.value(), testClock(), crypto::PasswordCost::minimal())
                            .signIn(QStringLiteral("admin"), kTestPassword);
    INFO(errorText(signedIn));
    REQUIRE(signedIn.ok());
    return opened.value();
}

QString hashOf(Database &db)
{
    auto hash = contentHash(db);
    INFO(errorText(hash));
    REQUIRE(hash.ok());
    return hash.value();
}

int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString lastAuditAction(const QString &path)
{
    RawConnection raw(path);
    return raw.scalar(QStringLiteral("SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1")).toString();
}

// The file of a backup of `t`, made in its own folder.
QString backupOf(TestDatabase &t, const QString &name = QStringLiteral("copy.care"))
{
    const QString path = t.dir->filePath(name);
    auto made = BackupService(*t.db, testClock()).backup(t.admin, path);
    INFO(errorText(made));
    REQUIRE(made.ok());
    return path;
}

void flipByte(const QString &path, qint64 offset) { xorByteOf(path, offset, char(0xff)); }

} // namespace

TEST_CASE("A backup restores to the same content, checked and audited", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    const Session director = sessionFor(t, Role::Director);
    addStudentWithHousehold(t, director, QStringLiteral("สมชาย"), 1);
    addStudentWithHousehold(t, director, QStringLiteral("สมหญิง"), 2);
    const QString before = hashOf(*t.db);
    const QString backupPath = t.dir->filePath(QStringLiteral("nightly.care"));

    BackupService service(*t.db, testClock());
    auto made = service.backup(t.admin, backupPath);
    INFO(errorText(made));
    REQUIRE(made.ok());
    CHECK(made->students == 2);
    CHECK(made->schools == 1);
    CHECK(made->users >= 1);
    CHECK(made->sameMunicipality);
    CHECK(made->municipalityId == t.municipalityId);
    CHECK(made->createdAtUtc == testClock().nowUtc());
    CHECK(modeOf(backupPath) == 0600);
    CHECK(lastAuditAction(t.path) == QStringLiteral("backup"));
    // The backup's own facts are written into the copy only.
    CHECK(t.db->setting(QStringLiteral("backup.created_at")).isEmpty());
    {
        RawConnection copy(backupPath);
        CHECK(copy.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'backup.source_path'")).toString()
              == t.db->path());
        CHECK(copy.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    }
    // Only the database, its WAL files and the backup: no temporary file is left behind.
    for (const QString &name : filesIn(t.dir->path()))
        CHECK((name.startsWith(QStringLiteral("test.care")) || name.startsWith(QStringLiteral("nightly.care"))));

    SECTION("an existing file is never overwritten")
    {
        const QByteArray content = [&] {
            QFile f(backupPath);
            REQUIRE(f.open(QIODevice::ReadOnly));
            return f.readAll();
        }();
        auto again = service.backup(t.admin, backupPath);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("nightly.care")));
        QFile f(backupPath);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == content);
    }
    SECTION("restore brings back the content and keeps what was replaced")
    {
        addStudentWithHousehold(t, director, QStringLiteral("มานี"), 3);
        const QString changed = hashOf(*t.db);
        REQUIRE(changed != before);

        auto restored = service.restore(t.admin, backupPath);
        INFO(errorText(restored));
        REQUIRE(restored.ok());
        const QString savedPath = restored.value();
        CHECK(QFileInfo(savedPath).fileName().contains(QStringLiteral(".before-restore-")));
        CHECK(modeOf(savedPath) == 0600);
        CHECK(t.db->fieldCipher() == nullptr);  // sign in again

        CHECK(lastAuditAction(t.path) == QStringLiteral("restore"));
        DatabasePtr reopened = openSignedIn(t.path);
        CHECK(hashOf(*reopened) == before);
        auto chain = AuditService(*reopened, testClock()).verify();
        REQUIRE(chain.ok());
        CHECK(chain->intact);
        CHECK(hashOf(*openSignedIn(savedPath)) == changed);
    }
}

TEST_CASE("Sealed values stay sealed in a backup", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    const Session director = sessionFor(t, Role::Director);
    addStudentWithHousehold(t, director, QStringLiteral("สมชาย"), 1);
    const QString path = backupOf(t);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains(QStringLiteral("สมชาย").toUtf8()));  // the whole file is encrypted too
    CHECK_FALSE(bytes.contains(kSecretNote.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray::number(kSecretIncome)));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("grandparents")));
}

TEST_CASE("Damaged and foreign files are refused with nothing written", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    const Session director = sessionFor(t, Role::Director);
    addStudentWithHousehold(t, director, QStringLiteral("สมชาย"), 1);
    const QString before = hashOf(*t.db);
    BackupService service(*t.db, testClock());
    QString path;
    QString expected;

    SECTION("a truncated backup")
    {
        path = backupOf(t);
        QFile file(path);
        REQUIRE(file.resize(file.size() / 2 + 100));
        expected = QStringLiteral("truncated");
    }
    SECTION("a backup with a damaged page")
    {
        path = backupOf(t);
        qint64 offset = 0;
        {
            RawConnection raw(path);
            const qint64 pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
            const qint64 root = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                          "WHERE name = 'student'"))
                                        .toLongLong();
            offset = (root - 1) * pageSize;  // the b-tree page's type byte
        }
        flipByte(path, offset);
        expected = QStringLiteral("damaged");
    }
    SECTION("a file that is not SQLite")
    {
        path = t.dir->filePath(QStringLiteral("notes.care"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        expected = QStringLiteral("not a backup of this database");
    }
    SECTION("an empty file")
    {
        path = t.dir->filePath(QStringLiteral("empty.care"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        expected = QStringLiteral("empty");
    }
    SECTION("another program's SQLite file")
    {
        path = t.dir->filePath(QStringLiteral("other.sqlite"));
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"));
        expected = QStringLiteral("not encrypted");
    }
    SECTION("a backup of a newer Care")
    {
        path = backupOf(t);
        RawConnection(path).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        expected = QStringLiteral("newer version");
    }
    SECTION("a backup of another municipality")
    {
        TestDatabase other = makeTestDatabase();
        path = t.dir->filePath(QStringLiteral("elsewhere.care"));
        REQUIRE(BackupService(*other.db, testClock()).backup(other.admin, path).ok());
        expected = QStringLiteral("not a backup of this database");  // its key is another database's
    }
    const QStringList filesBefore = filesIn(t.dir->path());
    const int auditBefore = RawConnection(t.path).scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();

    auto restored = service.restore(t.admin, path);
    REQUIRE_FALSE(restored.ok());
    INFO(restored.error().describe().toStdString());
    CHECK(restored.error().message.contains(expected));
    CHECK(restored.error().message.contains(QFileInfo(path).fileName()));
    CHECK(filesIn(t.dir->path()) == filesBefore);  // no before-restore copy either
    CHECK(hashOf(*t.db) == before);
    CHECK(RawConnection(t.path).scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == auditBefore);
}

TEST_CASE("A backup of an older schema is brought up to date on restore", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    const QString path = t.dir->filePath(QStringLiteral("old.care"));
    REQUIRE(QFile::copy(KeyFile::pathFor(t.path), KeyFile::pathFor(path)));
    {
        RawConnection raw(path, t.db->fileKeyHex());  // encrypted with this database's key, as its backups are
        REQUIRE(migrate(raw.db(), 2).ok());
        raw.exec(QStringLiteral("INSERT INTO municipality(id, code, name_th, created_at, updated_at) "
                                "VALUES (?, '5400101', 'เทศบาลนครขอนแก่น', '2024-01-01T00:00:00.000Z', "
                                "'2024-01-01T00:00:00.000Z')"),
                 {t.municipalityId});
    }
    BackupService service(*t.db, testClock());
    auto described = service.preview(path);
    INFO(errorText(described));
    REQUIRE(described.ok());
    CHECK(described->schemaVersion == 2);
    CHECK(described->sameMunicipality);
    CHECK_FALSE(described->createdAtUtc.isValid());

    auto restored = service.restore(t.admin, path);
    INFO(errorText(restored));
    REQUIRE(restored.ok());
    RawConnection raw(t.path);
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM student")).toInt() == 0);
    CHECK(lastAuditAction(t.path) == QStringLiteral("restore"));
}

TEST_CASE("Daily backups are made when due and the newest N kept", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral("care-backup-mine.care"),
                                QStringLiteral("care-backup-20200101-000000.care.old")}) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    FixedClock clock(testClock().nowUtc());
    BackupService service(*t.db, clock);
    QStringList made;
    for (int day = 0; day < 5; ++day) {
        auto path = service.backupIfDue(t.admin, folder.path(), 3);
        INFO(errorText(path));
        REQUIRE(path.ok());
        REQUIRE_FALSE(path->isEmpty());
        CHECK(modeOf(path.value()) == 0600);
        made << QFileInfo(path.value()).fileName();
        clock.advanceSecs(23 * 3600);
        auto notYet = service.backupIfDue(t.admin, folder.path(), 3);
        REQUIRE(notYet.ok());
        CHECK(notYet->isEmpty());
        clock.advanceSecs(3600);
    }
    QStringList expected{QStringLiteral("care-backup-20200101-000000.care.old"),
                         QStringLiteral("care-backup-mine.care"), QStringLiteral("notes.txt")};
    for (const QString &name : made.mid(2))
        expected << name << name + QStringLiteral("-keys");  // each backup with its key file
    expected.sort();
    CHECK(filesIn(folder.path()) == expected);
    CHECK(made.first()
          == QStringLiteral("care-backup-%1.care")
                     .arg(testClock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));

    auto none = service.backupIfDue(t.admin, folder.path(), 0);
    CHECK_FALSE(none.ok());
}

TEST_CASE("Only an administrator makes and restores backups", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    const QString path = backupOf(t);
    const Session teacher = sessionFor(t, Role::Teacher);
    BackupService service(*t.db, testClock());
    const QStringList filesBefore = filesIn(t.dir->path());
    const QString before = hashOf(*t.db);

    CHECK_FALSE(service.backup(teacher, t.dir->filePath(QStringLiteral("mine.care"))).ok());
    CHECK_FALSE(service.backupIfDue(teacher, t.dir->path(), 3).ok());
    CHECK_FALSE(service.restore(teacher, path).ok());
    CHECK(filesIn(t.dir->path()) == filesBefore);
    CHECK(hashOf(*t.db) == before);
}

TEST_CASE("The integrity check of the open database", "[backup]")
{
    TestDatabase t = makeTestDatabase();
    CHECK(BackupService(*t.db, testClock()).checkIntegrity().ok());

    // A file whose index page was damaged still opens, and the check at start-up finds it.
    const QString path = backupOf(t);
    qint64 offset = 0;
    {
        RawConnection raw(path);
        const qint64 pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        // A table signing in does not read, so the file still opens.
        const qint64 root = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                      "WHERE name = 'behaviour_incident'"))
                                    .toLongLong();
        offset = (root - 1) * pageSize + 100;
    }
    flipByte(path, offset);
    DatabasePtr damaged = openSignedIn(path);
    auto checked = BackupService(*damaged, testClock()).checkIntegrity();
    REQUIRE_FALSE(checked.ok());
    INFO(checked.error().describe().toStdString());
    CHECK(checked.error().message.contains(QStringLiteral("damaged")));
    CHECK(checked.error().message.contains(QStringLiteral("copy.care")));
}
