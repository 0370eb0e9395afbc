#pragma once

#include <QString>

namespace care::folders {

// Where Care proposes to put its files. A database or a recovery key must
// not land in a folder a cloud service copies off the PC: on Windows the
// Documents folder is often inside OneDrive, and the roaming profile
// (AppDataLocation there) is copied to a server.

// This user's folder for Care on the local disk, never synced:
// QStandardPaths::AppLocalDataLocation (~/.local/share/Care/care on Linux,
// %LOCALAPPDATA%\Care\care on Windows).
QString localDataFolder();

// Whether a path looks inside a cloud-synced folder: under a OneDrive root
// Windows names in %OneDrive%, %OneDriveConsumer% or %OneDriveCommercial%,
// or with a folder named like a sync service (OneDrive…, Dropbox, Google
// Drive, iCloud Drive, Nextcloud, ownCloud, pCloud, MEGA, Box, Yandex.Disk).
bool looksCloudSynced(const QString &path);

// The folder a dialog for the database or the recovery key starts in:
// `preferred` (e.g. the last database's folder) when it exists and does
// not look cloud-synced, otherwise localDataFolder() (made if missing).
QString startFolder(const QString &preferred = {});

}  // namespace care::folders
