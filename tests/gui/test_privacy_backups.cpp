// Backups (settings, back up now, automatic), restore with its preview, and retention.
#include "privacyguitest.h"
#include "studentguitest.h"

#include "app/uilanguage.h"
#include "privacy/autobackup.h"
#include "privacy/backupsettingsdialog.h"
#include "privacy/restoredialog.h"
#include "privacy/retentiondialog.h"
#include "privacy/auditlabels.h"
#include "services/accountservice.h"
#include "services/backupservice.h"
#include "services/privacysettings.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

QString backupOf(TestDatabase &t, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    auto made = BackupService(*t.db, testClock()).backup(t.admin, path);
    INFO(errorText(made));
    REQUIRE(made.ok());
    return path;
}

Confirmation answer(bool yes, int *asked)
{
    return [yes, asked](QWidget *, const QString &, const QString &) {
        ++*asked;
        return yes;
    };
}

} // namespace

TEST_CASE("the restore dialog previews a backup and refuses another municipality's", "[gui][privacy][backup]")
{
    applyUiLanguage(Language::English, false);  // the checks below read English labels
    PrivacyFixture f;
    f.addStudent(QStringLiteral("สมชาย"), 501);
    f.addStudent(QStringLiteral("สมหญิง"), 502);
    QTemporaryDir folder;
    const QString ours = backupOf(f.t, folder.path(), QStringLiteral("ours.care"));
    auto admin = f.context(f.t.admin);
    RestoreDialog dialog(*admin);
    dialog.show();
    auto *restore = child<QPushButton>(dialog, QStringLiteral("restoreButton"));
    CHECK_FALSE(restore->isEnabled());

    SECTION("our own backup: preview, confirm, restore, reopen")
    {
        dialog.setBackupFile(ours);
        CHECK(dialog.refusalText().isEmpty());
        CHECK(child<QLabel>(dialog, QStringLiteral("preview_students"))->text() == QStringLiteral("2"));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview_municipality"))->text().contains(QStringLiteral("Khon Kaen")));
        CHECK(child<QLabel>(dialog, QStringLiteral("preview_created"))->isVisible());
        REQUIRE(restore->isEnabled());

        int asked = 0;
        dialog.setConfirmation(answer(false, &asked));
        restore->click();
        CHECK(asked == 1);
        CHECK(dialog.resultText().isEmpty());

        f.addStudent(QStringLiteral("สมปอง"), 503);  // after the backup: gone after the restore
        QSignalSpy reopened(&dialog, &RestoreDialog::databaseRestored);
        dialog.setConfirmation(answer(true, &asked));
        restore->click();
        REQUIRE(dialog.waitForRestore());
        INFO(dialog.refusalText().toStdString());
        CHECK(dialog.resultText().contains(QStringLiteral("reopen")));
        CHECK_FALSE(restore->isEnabled());
        CHECK(reopened.isEmpty());  // not while the user reads the result
        dialog.reject();
        REQUIRE(reopened.size() == 1);
        CHECK(reopened.first().first().toString() == f.t.db->path());
        auto again = Database::open(f.t.path);
        REQUIRE(again.ok());
        REQUIRE(AccountService(*again.value(), testClock(), crypto::PasswordCost::minimal())
                    .signIn(QStringLiteral("admin"), kTestPassword)
                    .ok());
        CHECK(StudentRepository(*again.value()).count().value() == 2);
    }
    SECTION("another database's backup is refused before anything happens")
    {
        TestDatabase other = makeTestDatabase();
        const QString theirs = backupOf(other, folder.path(), QStringLiteral("theirs.care"));
        dialog.setBackupFile(theirs);
        CHECK(dialog.refusalText().contains(QStringLiteral("not a backup of this database")));
        CHECK_FALSE(dialog.canRestore());
        CHECK_FALSE(restore->isEnabled());
    }
    SECTION("a damaged file is refused with the reason")
    {
        QFile file(ours);
        REQUIRE(file.resize(file.size() / 2));
        dialog.setBackupFile(ours);
        CHECK_FALSE(dialog.refusalText().isEmpty());
        CHECK_FALSE(restore->isEnabled());
    }
}

TEST_CASE("backup settings save, and Back up now writes a checked backup", "[gui][privacy][backup]")
{
    PrivacyFixture f;
    f.addStudent(QStringLiteral("สมชาย"), 601);
    QTemporaryDir folder;
    auto admin = f.context(f.t.admin);
    BackupSettingsDialog dialog(*admin);
    CHECK(child<QSpinBox>(dialog, QStringLiteral("keepBackups"))->value() == 14);
    retype(child<QLineEdit>(dialog, QStringLiteral("backupFolder")), QDir::toNativeSeparators(folder.path()));
    child<QSpinBox>(dialog, QStringLiteral("keepBackups"))->setValue(3);
    REQUIRE(dialog.save());
    const BackupSchedule saved = PrivacySettings(*f.t.db, testClock()).backupSchedule();
    CHECK(saved.folder == QDir(folder.path()).absolutePath());
    CHECK(saved.keep == 3);
    CHECK(saved.daily);

    dialog.backUpNow();
    REQUIRE(dialog.waitForBackup());
    INFO(dialog.statusText().toStdString());
    const QStringList written = QDir(folder.path()).entryList({QStringLiteral("care-backup-*.care")}, QDir::Files);
    REQUIRE(written.size() == 1);
    CHECK(QFile(QDir(folder.path()).filePath(written.first())).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    SECTION("a folder that does not exist is refused")
    {
        retype(child<QLineEdit>(dialog, QStringLiteral("backupFolder")), folder.filePath(QStringLiteral("missing")));
        CHECK_FALSE(dialog.save());
        CHECK(dialog.statusText().contains(QStringLiteral("does not exist")));
    }
}

TEST_CASE("the automatic backup runs off the GUI thread once a day", "[gui][privacy][backup]")
{
    PrivacyFixture f;
    QTemporaryDir folder;
    BackupSchedule schedule;
    schedule.folder = folder.path();
    REQUIRE(PrivacySettings(*f.t.db, testClock()).setBackupSchedule(f.t.admin, schedule).ok());
    auto admin = f.context(f.t.admin);
    AutoBackup automatic(*admin);
    QSignalSpy written(&automatic, &AutoBackup::backupWritten);
    QSignalSpy failed(&automatic, &AutoBackup::backupFailed);
    REQUIRE(automatic.checkNow());
    REQUIRE(automatic.waitForIdle());
    CHECK(failed.isEmpty());
    REQUIRE(written.size() == 1);
    REQUIRE(automatic.checkNow());  // not due again today
    REQUIRE(automatic.waitForIdle());
    CHECK(written.size() == 1);

    SECTION("a teacher's session does not start it")
    {
        auto teacher = f.context(sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
        AutoBackup none(*teacher);
        none.start();
        CHECK_FALSE(none.isActive());
    }
}

TEST_CASE("the retention preview lists the student who left long ago", "[gui][privacy][retention]")
{
    PrivacyFixture f;
    f.addStudent(QStringLiteral("สมชาย"), 701);  // studying now: never listed
    StudentRecord record = makeStudentRecord(f.t, QStringLiteral("สมศักดิ์"), QStringLiteral("เคยเรียน"), nationalIdFor(702));
    record.student.status = StudentStatus::LeftSchool;
    record.classroomId.clear();
    auto leaver = StudentService(*f.t.db, testClock()).create(record, f.director);
    INFO(errorText(leaver));
    REQUIRE(leaver.ok());
    {
        WriteScope scope(*f.t.db, f.t.admin.actor(), testClock());
        AcademicYear old{scope.makeId(), 2560, QDate(2017, 5, 16), QDate(2018, 3, 31)};
        REQUIRE(SchoolRepository::insert(scope, old));
        Classroom p2{scope.makeId(), f.t.schoolId, old.id, Grade::P2, 1, {}};
        REQUIRE(SchoolRepository::insert(scope, p2));
        REQUIRE(StudentRepository::insert(scope, Enrollment{scope.makeId(), leaver.value(), p2.id, old.id, 3}));
        REQUIRE(scope.commit());
    }
    auto admin = f.context(f.t.admin);
    RetentionDialog dialog(*admin);
    dialog.show();
    auto *table = child<QTableWidget>(dialog, QStringLiteral("retentionTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->toolTip() == leaver.value());
    CHECK(table->item(0, 0)->text() == AuditLabels::shortId(leaver.value()));
    CHECK(table->item(0, 1)->text() == QStringLiteral("โรงเรียนเทศบาลวัดกลาง"));
    auto *anonymise = child<QPushButton>(dialog, QStringLiteral("anonymise"));
    CHECK(anonymise->text().contains(QStringLiteral("1")));

    SECTION("a longer period empties the preview")
    {
        child<QSpinBox>(dialog, QStringLiteral("retentionYears"))->setValue(10);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveRetentionYears")), Qt::LeftButton);
        CHECK(table->rowCount() == 0);
        CHECK_FALSE(anonymise->isEnabled());
    }
    SECTION("anonymising after confirmation")
    {
        int asked = 0;
        dialog.setConfirmation(answer(true, &asked));
        anonymise->click();
        REQUIRE(dialog.waitForAnonymise());
        CHECK(asked == 1);
        CHECK(table->rowCount() == 0);
        CHECK(child<QLabel>(dialog, QStringLiteral("retentionStatus"))->text().contains(QStringLiteral("anonymised")));
        auto student = StudentRepository(*f.t.db).student(leaver.value());
        REQUIRE(student.ok());
        CHECK(student->firstNameTh.isEmpty());
    }
}
