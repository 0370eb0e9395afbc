#pragma once

#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace care {

class Clock;

// What a backup file holds, read without changing it.
struct BackupPreview {
    QString path;
    QDateTime createdAtUtc;
    QString municipalityId;
    QString municipalityName;
    int schemaVersion = 0;
    qint64 students = 0;
    qint64 schools = 0;
    qint64 users = 0;
    qint64 auditEvents = 0;
    bool sameMunicipality = false;  // as the open database
};

// Backups through SQLite's online backup API (a consistent copy while Care
// runs; never a file copy), owner-only permissions, integrity_check on the
// copy. Sensitive fields stay sealed in the copy as in the database.
class BackupService {
public:
    BackupService(Database &db, const Clock &clock);

    // Writes a new backup file at outPath (refuses to overwrite), checks it,
    // audits it. Administrator (manage_backups) only.
    Result<BackupPreview> backup(const Session &session, const QString &outPath);
    // Daily backup into folder: "care-backup-YYYYMMDD-HHMMSS.care" if the
    // newest one there is older than a day; keeps the newest `keep` files.
    // Returns the new file's path, or empty when none was due.
    Result<QString> backupIfDue(const Session &session, const QString &folder, int keep);

    // Opens a backup read-only and describes it; refuses a truncated or
    // damaged file (integrity_check), a non-Care file or a newer schema.
    Result<BackupPreview> preview(const QString &backupPath) const;
    // Replaces the open database's content with the backup's (after saving
    // the current content as "<db>.before-restore-<time>.care"). Refuses a
    // backup of another municipality. The caller re-opens and signs in again.
    // Returns the saved file's path. Afterwards this Database object has no
    // key and its connection on this thread is closed; connections of other
    // threads must be closed before calling. The caller must re-open the file
    // (Database::open) and have the user sign in again: the restored file may
    // hold other users and key slots.
    Result<QString> restore(const Session &session, const QString &backupPath);

    // PRAGMA integrity_check on the open database (at start-up).
    Status checkIntegrity() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
