#pragma once

#include "services/databasehandle.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace care::ui {

// The user's ways to get a database, each with its dialogs and its error
// messages. A null result means nothing was opened (cancelled, or the
// failure was shown to the user). Success remembers the file for the next start.
class DatabaseFiles {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)
public:
    static QString fileFilter();
    static QString defaultDemoPath();  // <local app data>/demo.care
    // Where the open and create dialogs start: the last database's folder,
    // or the local app-data folder (never a cloud-synced one).
    static QString startDirectory();

    // Opens an existing file; a failure (not a Care file, newer schema …)
    // is shown with Database::open's message and leaves the file untouched.
    static DatabasePtr open(QWidget *parent, const QString &path);
    static DatabasePtr chooseAndOpen(QWidget *parent);
    static DatabasePtr chooseAndCreateEmpty(QWidget *parent);

    // Creates the demo at `path` (worker thread, progress, Cancel) and opens it.
    static DatabasePtr createDemo(QWidget *parent, const QString &path);
    // The default demo: opens it if it exists, else creates it.
    static DatabasePtr openOrCreateDefaultDemo(QWidget *parent);
    // Menu command: if the default demo exists, asks whether to open it or start a new one.
    static DatabasePtr createDemoInteractively(QWidget *parent);

private:
    static void showError(QWidget *parent, const QString &title, const Error &error);
};

} // namespace care::ui
