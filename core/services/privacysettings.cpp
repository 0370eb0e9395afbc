#include "services/privacysettings.h"

#include "security/accesscontrol.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <utility>

namespace care {

struct PrivacySettingsText {
    Q_DECLARE_TR_FUNCTIONS(PrivacySettingsText)
};

namespace {

const QString kBackupFolder = QStringLiteral("backup.folder");
const QString kBackupKeep = QStringLiteral("backup.keep");
const QString kBackupDaily = QStringLiteral("backup.daily");
const QString kRetentionYears = QStringLiteral("retention.years");
const QString kBreakGlassHours = QStringLiteral("access.break_glass_hours");

int intSetting(const Database &db, const QString &key, int fallback, int lowest, int highest)
{
    bool ok = false;
    const int value = db.setting(key).trimmed().toInt(&ok);
    return ok && value >= lowest && value <= highest ? value : fallback;
}

// Settings and their audit event in one transaction: Database::setSetting
// runs on this thread's connection, the one the WriteScope holds open.
Status saveAudited(Database &db, const Session &session, const Clock &clock,
                   const QList<std::pair<QString, QString>> &values)
{
    WriteScope scope(db, session.actor(), clock);
    if (!scope.isActive())
        return scope.error();
    for (const auto &[key, value] : values) {
        if (auto s = db.setSetting(key, value); !s)
            return s;
        if (auto s = scope.audit(QStringLiteral("update"), QStringLiteral("setting"), key, {},
                                 QStringLiteral("%1=%2").arg(key, value));
            !s)
            return s;
    }
    return scope.commit();
}

} // namespace

PrivacySettings::PrivacySettings(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

BackupSchedule PrivacySettings::backupSchedule() const
{
    BackupSchedule schedule;
    schedule.folder = m_db.setting(kBackupFolder);
    schedule.keep = intSetting(m_db, kBackupKeep, BackupSchedule::kDefaultKeep, 1, 365);
    schedule.daily = m_db.setting(kBackupDaily, QStringLiteral("1")) != QLatin1String("0");
    return schedule;
}

Status PrivacySettings::setBackupSchedule(const Session &session, const BackupSchedule &schedule)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ManageBackups); !allowed)
        return allowed;
    if (schedule.keep < 1 || schedule.keep > 365)
        return Error{PrivacySettingsText::tr("Keep between 1 and 365 backups."), QStringLiteral("keep"), {}};
    const QString folder = schedule.folder.trimmed();
    if (folder.isEmpty() && schedule.daily)
        return Error{PrivacySettingsText::tr("Choose a folder for the daily backups."), QStringLiteral("folder"), {}};
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return Error{PrivacySettingsText::tr("The backup folder does not exist. Choose an existing folder."),
                     QStringLiteral("folder"), QDir::toNativeSeparators(folder)};
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    return saveAudited(m_db, session, m_clock,
                       {{kBackupFolder, absolute},
                        {kBackupKeep, QString::number(schedule.keep)},
                        {kBackupDaily, schedule.daily ? QStringLiteral("1") : QStringLiteral("0")}});
}

int PrivacySettings::retentionYears() const
{
    return intSetting(m_db, kRetentionYears, kDefaultRetentionYears, 1, 100);
}

Status PrivacySettings::setRetentionYears(const Session &session, int years)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::RunRetention); !allowed)
        return allowed;
    // Fewer than one year would anonymise children who have only just left.
    if (years < 1 || years > 100)
        return Error{PrivacySettingsText::tr("The retention period must be a whole number of years from 1 to 100."),
                     QStringLiteral("years"), {}};
    return saveAudited(m_db, session, m_clock, {{kRetentionYears, QString::number(years)}});
}

int PrivacySettings::breakGlassHours() const
{
    return intSetting(m_db, kBreakGlassHours, kDefaultBreakGlassHours, 1, 24 * 30);
}

} // namespace care
