#include "util/localfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace care::folders {

namespace {

// Forward slashes whatever the platform: a Windows path is recognised on Linux too.
QString normalized(QString path)
{
    return QDir::cleanPath(path.replace(QLatin1Char('\\'), QLatin1Char('/')));
}

bool isUnder(const QString &path, const QString &root)
{
    if (root.isEmpty())
        return false;
    const QString folder = normalized(root);
    return path.compare(folder, Qt::CaseInsensitive) == 0
            || path.startsWith(folder + QLatin1Char('/'), Qt::CaseInsensitive);
}

bool isSyncFolderName(const QString &name)
{
    static const QStringList exact{QStringLiteral("Dropbox"),
                                   QStringLiteral("Google Drive"),
                                   QStringLiteral("GoogleDrive"),
                                   QStringLiteral("My Drive"),
                                   QStringLiteral("iCloudDrive"),
                                   QStringLiteral("iCloud Drive"),
                                   QStringLiteral("Mobile Documents"),
                                   QStringLiteral("CloudStorage"),
                                   QStringLiteral("Nextcloud"),
                                   QStringLiteral("ownCloud"),
                                   QStringLiteral("pCloudDrive"),
                                   QStringLiteral("pCloud Drive"),
                                   QStringLiteral("MEGA"),
                                   QStringLiteral("MEGAsync"),
                                   QStringLiteral("Box"),
                                   QStringLiteral("Box Sync"),
                                   QStringLiteral("Yandex.Disk")};
    for (const QString &known : exact)
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    // "OneDrive", "OneDrive - Municipality", "Dropbox (Personal)"
    return name.startsWith(QLatin1String("OneDrive"), Qt::CaseInsensitive)
            || name.startsWith(QLatin1String("Dropbox ("), Qt::CaseInsensitive);
}

}  // namespace

QString localDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

bool looksCloudSynced(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString clean = normalized(path);
    for (const char *variable : {"OneDrive", "OneDriveConsumer", "OneDriveCommercial"})
        if (isUnder(clean, qEnvironmentVariable(variable)))
            return true;
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (isSyncFolderName(part))
            return true;
    return false;
}

QString startFolder(const QString &preferred)
{
    if (!preferred.isEmpty() && QFileInfo(preferred).isDir()
        && !looksCloudSynced(QFileInfo(preferred).absoluteFilePath()))
        return preferred;
    const QString local = localDataFolder();
    QDir().mkpath(local);  // best effort: a dialog cannot start in a missing folder
    return local;
}

}  // namespace care::folders
