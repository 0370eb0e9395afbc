#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli backup and restore: copies of the database made with SQLite's
// online backup API, checked, encrypted as the database is; a restore
// previews the backup first and refuses damaged or foreign files.
class BackupCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    // arguments[0] is "backup" or "restore".
    static int backup(const QStringList &arguments);
    static int restore(const QStringList &arguments);
};

} // namespace care::cli
