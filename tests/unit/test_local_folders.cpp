// Default folders for the database and the recovery key stay off cloud-synced folders.
#include "util/localfolders.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace care;

TEST_CASE("Folders a cloud service syncs are recognised", "[folders]")
{
    for (const char *path :
         {"C:/Users/somchai/OneDrive/Documents/care.care", "C:\\Users\\somchai\\OneDrive - เทศบาลนครขอนแก่น\\Documents",
          "/home/somchai/Dropbox/care", "/home/somchai/Dropbox (Personal)/x.care",
          "/home/somchai/Google Drive/My Drive/backup", "/Users/s/Library/Mobile Documents/x",
          "/home/somchai/Nextcloud/care.care", "D:/MEGA/care.care"}) {
        INFO(path);
        CHECK(folders::looksCloudSynced(QString::fromUtf8(path)));
    }
    for (const char *path : {"/home/somchai/.local/share/Care/care", "C:/Users/somchai/AppData/Local/Care/care",
                             "D:/CareData/care.care", "/media/usb/recovery", ""}) {
        INFO(path);
        CHECK_FALSE(folders::looksCloudSynced(QString::fromUtf8(path)));
    }
    // OneDrive's root as Windows names it, whatever the folder is called.
    qputenv("OneDriveCommercial", "D:/Sync/Municipality");
    CHECK(folders::looksCloudSynced(QStringLiteral("d:\\sync\\municipality\\care\\care.care")));
    CHECK_FALSE(folders::looksCloudSynced(QStringLiteral("D:/Sync/Other/care.care")));
    qunsetenv("OneDriveCommercial");
}

TEST_CASE("Dialogs start in the local app-data folder, never Documents by default", "[folders]")
{
    const QString local = folders::localDataFolder();
    CHECK_FALSE(local.isEmpty());
    CHECK(local == QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    CHECK(local != QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    CHECK(folders::startFolder() == local);
    CHECK(QDir(local).exists());

    QTemporaryDir usual;
    REQUIRE(usual.isValid());
    CHECK(folders::startFolder(usual.path()) == usual.path());
    QTemporaryDir synced;
    REQUIRE(synced.isValid());
    REQUIRE(QDir(synced.path()).mkdir(QStringLiteral("OneDrive")));
    CHECK(folders::startFolder(synced.filePath(QStringLiteral("OneDrive"))) == local);
    CHECK(folders::startFolder(usual.filePath(QStringLiteral("gone"))) == local);
}
