#include "services/backupservice.h"

#include "locale/language.h"
#include "security/accesscontrol.h"
#include "security/keyfile.h"
#include "storage/backupfile.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace care {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(BackupText)
};

namespace {

constexpr int kCareApplicationId = 1129468485;  // as in migration 0001
constexpr qint64 kDaySecs = 24 * 60 * 60;
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error pathError(const QString &message, const QString &path)
{
    return Error{message, {}, QDir::toNativeSeparators(path)};
}

// Names carry local time: people find "the backup of this morning" by name.
QString localStamp(const QDateTime &utc)
{
    return utc.toLocalTime().toString(kStampFormat);
}

const QRegularExpression &dailyBackupName()
{
    static const QRegularExpression pattern(QStringLiteral("^care-backup-(\\d{8}-\\d{6})\\.care$"));
    return pattern;
}

// The daily backups in folder, oldest first (the names sort by time).
QStringList dailyBackups(const QString &folder)
{
    QStringList names;
    const QStringList entries = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : entries)
        if (dailyBackupName().match(name).hasMatch())
            names << name;
    return names;
}

void removeCopy(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

// A backup's own key file: the live key slots (any of them opens the copy,
// which has the same key), without the live sign-in failure counts.
Status writeBackupKeyFile(const Database &live, const QString &backupPath)
{
    auto keys = live.readKeyFile();
    if (!keys)
        return keys.error();
    keys->failures.clear();
    keys->pendingEvents.clear();
    const QString path = KeyFile::pathFor(backupPath);
    if (QFileInfo::exists(path))
        return pathError(BackupText::tr("The file “%1” already exists; choose a new name for the backup.")
                                 .arg(displayName(path)),
                         path);
    return KeyFile::write(path, *keys);
}

// A checked copy of the database at sourcePath, written next to outPath
// under a temporary name and renamed into place only when it is whole.
Result<BackupFileFacts> writeCheckedCopy(const Database &live, const QString &outPath, const QString &createdAt)
{
    const QString sourcePath = live.path();
    const QByteArray keyHex = live.fileKeyHex();
    const QFileInfo out(outPath);
    if (out.exists())
        return pathError(BackupText::tr("The file “%1” already exists; choose a new name for the backup.")
                                 .arg(displayName(outPath)),
                         outPath);
    if (!QFileInfo(out.absolutePath()).isDir())
        return pathError(BackupText::tr("The folder for the backup “%1” does not exist.").arg(displayName(outPath)),
                         outPath);
    QString tempPath;
    {
        // QTemporaryFile makes a fresh, owner-only (0600) file with a unique name.
        QTemporaryFile temp(out.absolutePath() + QStringLiteral("/.") + out.fileName() + QStringLiteral(".XXXXXX"));
        temp.setAutoRemove(false);
        if (!temp.open())
            return pathError(BackupText::tr("The backup “%1” cannot be created: %2")
                                     .arg(displayName(outPath), temp.errorString()),
                             outPath);
        tempPath = temp.fileName();
    }
    const auto fail = [&](const Error &error) {
        removeCopy(tempPath);
        return error;
    };
    if (auto copied = BackupFile::copy(sourcePath, tempPath, keyHex); !copied)
        return fail(copied.error());
    if (auto noted = BackupFile::writeSettings(
                tempPath,
                {{QStringLiteral("backup.created_at"), createdAt}, {QStringLiteral("backup.source_path"), sourcePath}},
                keyHex);
        !noted)
        return fail(noted.error());
    auto facts = BackupFile::inspect(tempPath, keyHex);
    if (!facts)
        return fail(facts.error());
    if (!facts->integrityProblems.isEmpty())
        return fail(pathError(
                BackupText::tr("The backup “%1” failed its integrity check (%2) and was deleted. "
                               "Check the disk and try again.")
                        .arg(displayName(outPath), facts->integrityProblems.mid(0, 3).join(QStringLiteral("; "))),
                outPath));
    QFile::setPermissions(tempPath, QFile::ReadOwner | QFile::WriteOwner);
    // The key file goes first: a backup without it could never be opened.
    if (auto keys = writeBackupKeyFile(live, outPath); !keys)
        return fail(keys.error());
    // rename never replaces an existing file, so a file made meanwhile is safe too.
    if (!QFile::rename(tempPath, outPath)) {
        QFile::remove(KeyFile::pathFor(outPath));
        return fail(pathError(BackupText::tr("The backup “%1” could not be put in place; nothing was written there.")
                                      .arg(displayName(outPath)),
                              outPath));
    }
    return facts;
}

BackupPreview toPreview(const BackupFileFacts &facts, const QString &path, Database &live)
{
    BackupPreview preview;
    preview.path = QFileInfo(path).absoluteFilePath();
    if (!facts.createdAt.isEmpty())
        preview.createdAtUtc = fromStoredTimestamp(facts.createdAt);
    preview.municipalityId = facts.municipalityId;
    preview.municipalityName = currentLanguage() == Language::English && !facts.municipalityNameEn.isEmpty()
            ? facts.municipalityNameEn
            : facts.municipalityNameTh;
    preview.schemaVersion = facts.schemaVersion;
    preview.students = facts.students;
    preview.schools = facts.schools;
    preview.users = facts.users;
    preview.auditEvents = facts.auditEvents;
    preview.auditAnchor = facts.auditAnchor;
    auto municipality = SchoolRepository(live).municipality();
    preview.sameMunicipality = municipality && municipality.value() && municipality.value()->id == facts.municipalityId;
    return preview;
}

} // namespace

BackupService::BackupService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<BackupPreview> BackupService::backup(const Session &session, const QString &outPath)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ManageBackups); !allowed)
        return allowed.error();
    if (outPath.trimmed().isEmpty())
        return Error{BackupText::tr("No file was given for the backup."), {}, {}};
    auto facts = writeCheckedCopy(m_db, outPath, toStoredTimestamp(m_clock.nowUtc()));
    if (!facts)
        return facts.error();
    // A backup is a copy of everything: it is audited like an export, and
    // without its audit event it does not stay.
    WriteScope scope(m_db, session.actor(), m_clock);
    Status audited = scope.isActive()
            ? scope.audit(QStringLiteral("backup"), QStringLiteral("database"), {}, {}, displayName(outPath))
            : Status(scope.error());
    if (audited)
        audited = scope.commit();
    if (!audited) {
        removeCopy(outPath);
        QFile::remove(KeyFile::pathFor(outPath));
        return audited.error();
    }
    return toPreview(facts.value(), outPath, m_db);
}

Result<QString> BackupService::backupIfDue(const Session &session, const QString &folder, int keep)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ManageBackups); !allowed)
        return allowed.error();
    if (keep < 1)
        return Error{BackupText::tr("Keep at least one backup."), QStringLiteral("keep"), {}};
    if (!QFileInfo(folder).isDir())
        return pathError(BackupText::tr("The backup folder does not exist."), folder);

    const QDateTime now = m_clock.nowUtc();
    const QStringList existing = dailyBackups(folder);
    if (!existing.isEmpty()) {
        const QString stamp = dailyBackupName().match(existing.last()).captured(1);
        const QDateTime newest = QDateTime::fromString(stamp, kStampFormat);  // local time
        const qint64 age = newest.isValid() ? newest.secsTo(now) : kDaySecs;
        // A newest backup dated more than a day ahead means the clock was set back: do not wait for it.
        if (age < kDaySecs && age > -kDaySecs)
            return QString();
    }
    const QString name = QStringLiteral("care-backup-%1.care").arg(localStamp(now));
    const QString path = QDir(folder).filePath(name);
    if (auto made = backup(session, path); !made)
        return made.error();

    // Keep the newest `keep`, always including the one just made; other files are never touched.
    QStringList older = dailyBackups(folder);
    older.removeAll(name);
    while (older.size() + 1 > keep) {
        const QString oldest = QDir(folder).filePath(older.takeFirst());
        QFile::remove(oldest);
        QFile::remove(KeyFile::pathFor(oldest));
    }
    return path;
}

Result<BackupPreview> BackupService::preview(const QString &backupPath) const
{
    auto facts = BackupFile::inspect(backupPath, m_db.fileKeyHex());
    if (!facts)
        return facts.error();
    const QString name = displayName(backupPath);
    if (auto keys = KeyFile::read(KeyFile::pathFor(backupPath)); !keys)
        return pathError(BackupText::tr("The key file of the backup “%1” is missing or damaged (%2): keep each "
                                        "backup together with its key file “%3”.")
                                 .arg(name, keys.error().message, displayName(KeyFile::pathFor(backupPath))),
                         KeyFile::pathFor(backupPath));
    if (facts->applicationId != kCareApplicationId)
        return pathError(
                BackupText::tr("The file “%1” is an SQLite database of another program, not a Care backup.").arg(name),
                backupPath);
    if (facts->schemaVersion > Database::latestSchemaVersion())
        return pathError(BackupText::tr("The backup “%1” was made by a newer version of Care (schema %2; this "
                                        "version knows up to %3). Update Care to restore it.")
                                 .arg(name)
                                 .arg(facts->schemaVersion)
                                 .arg(Database::latestSchemaVersion()),
                         backupPath);
    if (!facts->integrityProblems.isEmpty())
        return pathError(BackupText::tr("The backup “%1” is damaged and cannot be used; the integrity check "
                                        "found: %2")
                                 .arg(name, facts->integrityProblems.mid(0, 3).join(QStringLiteral("; "))),
                         backupPath);
    return toPreview(facts.value(), backupPath, m_db);
}

Result<QString> BackupService::restore(const Session &session, const QString &backupPath)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ManageBackups); !allowed)
        return allowed.error();
    auto described = preview(backupPath);
    if (!described)
        return described.error();
    const QString name = displayName(backupPath);
    const QString livePath = m_db.path();
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(livePath).canonicalFilePath())
        return pathError(BackupText::tr("The file “%1” is the open database itself, not a backup.").arg(name),
                         backupPath);
    auto municipality = SchoolRepository(m_db).municipality();
    if (!municipality)
        return municipality.error();
    // A database without a municipality yet (a fresh install) takes any backup.
    if (municipality.value() && !described->sameMunicipality)
        return pathError(BackupText::tr("The backup “%1” is of another municipality (%2), not of this database; "
                                        "nothing was restored.")
                                 .arg(name, described->municipalityName),
                         backupPath);

    QString savedPath = livePath;
    if (savedPath.endsWith(QLatin1String(".care")))
        savedPath.chop(5);
    savedPath += QStringLiteral(".before-restore-%1.care").arg(localStamp(m_clock.nowUtc()));
    if (auto saved = writeCheckedCopy(m_db, savedPath, toStoredTimestamp(m_clock.nowUtc())); !saved)
        return Error{BackupText::tr("The current content could not be saved first, so nothing was restored: %1")
                             .arg(saved.error().message),
                     {},
                     saved.error().location};

    auto backupKeys = KeyFile::read(KeyFile::pathFor(backupPath));
    if (!backupKeys)
        return backupKeys.error();
    auto liveKeys = m_db.readKeyFile();
    if (!liveKeys)
        return liveKeys.error();
    // The restored file may hold other users: its own key slots come with
    // it. The field key in memory goes, and afterwards the caller re-opens
    // the database and signs in again.
    m_db.setFieldCipher({});
    m_db.closeThreadConnection();
    if (auto copied = BackupFile::copy(backupPath, livePath, m_db.fileKeyHex()); !copied)
        return Error{BackupText::tr("The backup “%1” could not be restored, and the database was not changed: %2")
                             .arg(name, copied.error().message),
                     {},
                     copied.error().location};
    backupKeys->failures = liveKeys->failures;
    if (auto keys = m_db.writeKeyFile(*backupKeys); !keys)
        return keys.error();

    // Opening again migrates a backup of an older schema up to date.
    if (auto reopened = m_db.reopen(); !reopened) {
        m_db.close();
        return Error{BackupText::tr("The backup was restored, but the database could not be opened afterwards: %1 "
                                    "The content from before the restore is in “%2”.")
                             .arg(reopened.error().message, displayName(savedPath)),
                     {},
                     reopened.error().location};
    }
    Status audited;
    {
        WriteScope scope(m_db, session.actor(), m_clock);
        audited = scope.isActive() ? scope.audit(QStringLiteral("restore"), QStringLiteral("database"), {}, {}, name)
                                   : Status(scope.error());
        if (audited)
            audited = scope.commit();
    }
    m_db.close();
    if (!audited)
        return audited.error();
    return savedPath;
}

Status BackupService::checkIntegrity() const
{
    auto problems = BackupFile::integrityProblems(m_db.connection());
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return pathError(BackupText::tr("The database “%1” is damaged; the integrity check found: %2. Restore "
                                        "the latest backup.")
                                 .arg(displayName(m_db.path()), problems->mid(0, 3).join(QStringLiteral("; "))),
                         m_db.path());
    return {};
}

} // namespace care
