#include "app/startup.h"

#include "app/appsettings.h"
#include "app/databasefiles.h"
#include "app/firstrundialog.h"

#include <QDir>
#include <QFileInfo>

namespace care::ui {

DatabasePtr Startup::chooseDatabase(const StartupRequest &request, QWidget *parent)
{
    QString notice;
    if (!request.databasePath.isEmpty()) {
        if (DatabasePtr db = DatabaseFiles::open(parent, request.databasePath))
            return db;
        notice = tr("The database given on the command line could not be opened.");
    } else if (request.demo) {
        if (DatabasePtr db = DatabaseFiles::openOrCreateDefaultDemo(parent))
            return db;
    } else if (const QString last = appsettings::lastDatabase(); !last.isEmpty()) {
        if (!QFileInfo::exists(last)) {
            notice = tr("The database used last time is no longer there: %1").arg(QDir::toNativeSeparators(last));
        } else if (DatabasePtr db = DatabaseFiles::open(parent, last)) {
            return db;
        } else {
            notice = tr("The database used last time could not be opened: %1").arg(QDir::toNativeSeparators(last));
        }
    }
    FirstRunDialog dialog(parent);
    dialog.setNotice(notice);
    return dialog.exec() == QDialog::Accepted ? dialog.database() : nullptr;
}

} // namespace care::ui
