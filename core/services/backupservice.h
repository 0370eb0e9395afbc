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
    QString auditAnchor;            // the backup's newest audit event, "SEQ:HASH"
};

// Backups through SQLite's online backup API (a consistent copy while Care
// runs; never a file copy), encrypted with the database's file key like the
// database itself, with a copy of its key file beside it ("<backup>-keys"),
// owner-only permissions, integrity_check on the copy. Each backup records
// the newest audit event as an anchor for later checks of the trail.
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
    // Replaces the open database's content and key file with the backup's
    // (after saving the current content as "<db>.before-restore-<time>.care").
    // Only backups of this database (its key opens them); a backup of another
    // database is opened directly instead. Returns the saved file's path.
    // Afterwards this Database object is closed (no keys, no connection on
    // this thread); connections of other threads must be closed before
    // calling. The caller must re-open the file (Database::open) and have the
    // user sign in again: the restored file may hold other users.
    Result<QString> restore(const Session &session, const QString &backupPath);

    // PRAGMA integrity_check on the open database (at start-up).
    Status checkIntegrity() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
