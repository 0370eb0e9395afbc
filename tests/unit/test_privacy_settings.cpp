// Backup schedule and retention period: defaults, bounds, who may change them, audit.
#include "services/privacysettings.h"

#include "rawconnection.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace care;
using namespace care::test;

namespace {
qint64 settingEvents(const TestDatabase &t)
{
    return RawConnection(t.path)
        .scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'setting'"))
        .toLongLong();
}
} // namespace

TEST_CASE("privacy settings have safe defaults", "[privacy][settings]")
{
    TestDatabase t = makeTestDatabase();
    PrivacySettings settings(*t.db, testClock());
    const BackupSchedule schedule = settings.backupSchedule();
    CHECK(schedule.folder.isEmpty());
    CHECK(schedule.keep == 14);
    CHECK(schedule.daily);
    CHECK(settings.retentionYears() == 5);
    CHECK(settings.breakGlassHours() == 3);

    SECTION("a broken stored value falls back to the default, never to zero")
    {
        REQUIRE(t.db->setSetting(QStringLiteral("retention.years"), QStringLiteral("0")).ok());
        REQUIRE(t.db->setSetting(QStringLiteral("backup.keep"), QStringLiteral("lots")).ok());
        CHECK(settings.retentionYears() == 5);
        CHECK(settings.backupSchedule().keep == 14);
    }
}

TEST_CASE("the administrator changes the backup schedule, audited", "[privacy][settings]")
{
    TestDatabase t = makeTestDatabase();
    PrivacySettings settings(*t.db, testClock());
    const qint64 before = settingEvents(t);
    BackupSchedule schedule;
    schedule.folder = t.dir->path();
    schedule.keep = 7;
    schedule.daily = false;
    REQUIRE(settings.setBackupSchedule(t.admin, schedule).ok());
    const BackupSchedule saved = settings.backupSchedule();
    CHECK(saved.folder == QDir(t.dir->path()).absolutePath());
    CHECK(saved.keep == 7);
    CHECK_FALSE(saved.daily);
    CHECK(settingEvents(t) == before + 3);

    SECTION("bad values are refused and nothing changes")
    {
        schedule.keep = 0;
        CHECK_FALSE(settings.setBackupSchedule(t.admin, schedule).ok());
        schedule.keep = 3;
        schedule.folder = t.dir->filePath(QStringLiteral("missing"));
        auto refused = settings.setBackupSchedule(t.admin, schedule);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("folder"));
        schedule.folder.clear();
        schedule.daily = true;
        CHECK_FALSE(settings.setBackupSchedule(t.admin, schedule).ok());
        CHECK(settings.backupSchedule().keep == 7);
        CHECK(settingEvents(t) == before + 3);
    }
}

TEST_CASE("only those who run retention or manage backups change their settings", "[privacy][settings]")
{
    TestDatabase t = makeTestDatabase();
    PrivacySettings settings(*t.db, testClock());
    const Session director = sessionFor(t, Role::Director);
    const qint64 before = settingEvents(t);
    BackupSchedule schedule;
    schedule.folder = t.dir->path();
    CHECK_FALSE(settings.setBackupSchedule(director, schedule).ok());
    CHECK_FALSE(settings.setRetentionYears(director, 2).ok());
    CHECK(settings.retentionYears() == 5);
    CHECK(settingEvents(t) == before);

    CHECK_FALSE(settings.setRetentionYears(t.admin, 0).ok());
    CHECK_FALSE(settings.setRetentionYears(t.admin, 101).ok());
    REQUIRE(settings.setRetentionYears(t.admin, 8).ok());
    CHECK(settings.retentionYears() == 8);
    CHECK(settingEvents(t) == before + 1);
}
