// Hidden: the privacy screens as pictures, for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[.screenshots]"
#include "privacyguitest.h"
#include "studentguitest.h"

#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "privacy/auditchaincheck.h"
#include "privacy/auditviewerdialog.h"
#include "privacy/breakglassdialog.h"
#include "privacy/consentdecisiondialog.h"
#include "privacy/restoredialog.h"
#include "privacy/retentiondialog.h"
#include "services/backupservice.h"
#include "services/consentservice.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(100);  // let layouts settle
    const QString path = QDir(qEnvironmentVariable("CARE_SCREENSHOT_DIR")).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(path));
}

} // namespace

TEST_CASE("Screenshots of the privacy screens", "[.screenshots]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    installBundledThaiFont();
    PrivacyFixture f;
    const QString id = f.addStudent(QStringLiteral("ธนากร"), 901, true);
    f.addStudent(QStringLiteral("วิไลวรรณ"), 902, true);
    const Session counsellor = sessionFor(f.t, Role::Counsellor);
    ConsentService consent(*f.t.db, testClock());
    auto loaded = StudentService(*f.t.db, testClock()).load(counsellor, id);
    REQUIRE(loaded.ok());
    const QString guardianId = loaded->guardians.first().guardian.id;
    for (auto [purpose, decision, daysAgo] :
         {std::tuple{ConsentPurpose::Screening, ConsentDecision::Given, 40},
          std::tuple{ConsentPurpose::HealthSharing, ConsentDecision::Given, 30},
          std::tuple{ConsentPurpose::HealthSharing, ConsentDecision::Withdrawn, 3}}) {
        ConsentRecord r;
        r.studentId = id;
        r.guardianId = guardianId;
        r.purpose = purpose;
        r.decision = decision;
        r.decidedOn = testClock().today().addDays(-daysAgo);
        r.note = QStringLiteral("ผู้ปกครองลงนามต่อหน้าครูประจำชั้น");
        REQUIRE(consent.record(counsellor, r).ok());
    }
    // One who left long ago, for the retention preview.
    StudentRecord leaver = makeStudentRecord(f.t, QStringLiteral("สมศักดิ์"), QStringLiteral("เคยเรียน"), nationalIdFor(903));
    leaver.student.status = StudentStatus::LeftSchool;
    leaver.classroomId.clear();
    auto leaverId = StudentService(*f.t.db, testClock()).create(leaver, f.director);
    REQUIRE(leaverId.ok());
    {
        WriteScope scope(*f.t.db, f.director.actor(), testClock());
        AcademicYear old{scope.makeId(), 2560, QDate(2017, 5, 16), QDate(2018, 3, 31)};
        REQUIRE(SchoolRepository::insert(scope, old));
        Classroom p2{scope.makeId(), f.t.schoolId, old.id, Grade::P2, 1, {}};
        REQUIRE(SchoolRepository::insert(scope, p2));
        REQUIRE(StudentRepository::insert(scope, Enrollment{scope.makeId(), leaverId.value(), p2.id, old.id, 3}));
        REQUIRE(scope.commit());
    }
    QTemporaryDir folder;
    TestDatabase other = makeTestDatabase();
    const QString theirs = QDir(folder.path()).filePath(QStringLiteral("other-municipality.care"));
    REQUIRE(BackupService(*other.db, testClock()).backup(other.admin, theirs).ok());
    const QString backup = QDir(folder.path()).filePath(QStringLiteral("care-backup-20250602-160000.care"));
    REQUIRE(BackupService(*f.t.db, testClock()).backup(f.t.admin, backup).ok());

    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        const QString suffix = languageCode(language);
        auto admin = f.context(f.t.admin);
        auto staff = f.context(counsellor);
        {
            AuditViewerDialog audit(*admin);
            audit.show();
            auto *chain = audit.findChild<AuditChainCheck *>();
            chain->start();
            REQUIRE(chain->waitForFinished());
            saveShot(audit, QStringLiteral("audit_") + suffix);
        }
        {
            StudentProfileView profile(*staff);
            profile.resize(1000, 1000);
            profile.show();
            profile.showStudent(id);
            auto *scroll = profile.findChild<QScrollArea *>();
            QTest::qWait(50);
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            saveShot(profile, QStringLiteral("consent_") + suffix);
            profile.resize(460, 900);  // the profile pane of the main window
            QTest::qWait(50);
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            saveShot(profile, QStringLiteral("consent_narrow_") + suffix);
            ConsentDecisionDialog decision(*staff, id, loaded->guardians);
            decision.show();
            saveShot(decision, QStringLiteral("consent_dialog_") + suffix);
        }
        {
            RestoreDialog restore(*admin);
            restore.show();
            restore.setBackupFile(backup);
            saveShot(restore, QStringLiteral("restore_") + suffix);
            restore.setBackupFile(theirs);
            saveShot(restore, QStringLiteral("restore_refused_") + suffix);
        }
        {
            auto officer = f.context(sessionFor(f.t, Role::MunicipalOfficer));
            BreakGlassDialog glass(*officer);
            glass.show();
            saveShot(glass, QStringLiteral("breakglass_") + suffix);
        }
        {
            RetentionDialog retention(*admin);
            retention.show();
            saveShot(retention, QStringLiteral("retention_") + suffix);
        }
    }
    applyUiLanguage(Language::English, false);
}
