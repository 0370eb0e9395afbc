// The default folders for the database stay off Documents and cloud-synced folders.
#include "app/databasefiles.h"
#include "util/localfolders.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QStandardPaths>

using namespace care;
using namespace care::ui;

TEST_CASE("the database dialogs start outside Documents and cloud folders", "[gui][files][folders]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString start = DatabaseFiles::startDirectory();
    CHECK_FALSE(start.isEmpty());
    CHECK(start != QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    CHECK_FALSE(folders::looksCloudSynced(start));
    CHECK(QFileInfo(DatabaseFiles::defaultDemoPath()).absolutePath() == folders::localDataFolder());
}
