#pragma once

#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QString>

namespace care {

class Clock;

// Where and how often the daily automatic backup runs (settings
// "backup.folder", "backup.keep", "backup.daily").
struct BackupSchedule {
    static constexpr int kDefaultKeep = 14;
    QString folder;          // empty: no automatic backups
    int keep = kDefaultKeep; // newest daily backups kept in the folder (1-365)
    bool daily = true;
};

// The settings of the privacy features that administrators change from the
// desktop app: backup schedule and retention period. Reading needs no
// sign-in (the automatic backup and start-up read them); changing them needs
// the capability that uses them and is audited in the same transaction.
class PrivacySettings {
public:
    static constexpr int kDefaultRetentionYears = 5;
    static constexpr int kDefaultBreakGlassHours = 3;

    PrivacySettings(Database &db, const Clock &clock);

    BackupSchedule backupSchedule() const;
    Status setBackupSchedule(const Session &session, const BackupSchedule &schedule);  // manage_backups

    int retentionYears() const;  // "retention.years"; the default when unset or broken
    Status setRetentionYears(const Session &session, int years);  // run_retention; 1-100

    int breakGlassHours() const;  // "access.break_glass_hours": how long a grant lasts

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
