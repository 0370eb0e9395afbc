#include "app/databasefiles.h"

#include "app/appsettings.h"
#include "app/democreation.h"
#include "util/localfolders.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace care::ui {

QString DatabaseFiles::fileFilter() { return tr("Care databases (*.care);;All files (*)"); }

QString DatabaseFiles::defaultDemoPath()
{
    return QDir(folders::localDataFolder()).filePath(QStringLiteral("demo.care"));
}

QString DatabaseFiles::startDirectory()
{
    // Never Documents by default: on Windows it is often synced to OneDrive.
    const QString last = appsettings::lastDatabase();
    return folders::startFolder(last.isEmpty() ? QString() : QFileInfo(last).absolutePath());
}

void DatabaseFiles::showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, parent);
    if (!error.location.isEmpty())
        box.setInformativeText(tr("File: %1").arg(QDir::toNativeSeparators(error.location)));
    box.exec();
}

DatabasePtr DatabaseFiles::open(QWidget *parent, const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        Error error = opened.error();
        if (error.location.isEmpty())
            error.location = path;
        showError(parent, tr("Cannot open the database"), error);
        return nullptr;
    }
    appsettings::setLastDatabase(QFileInfo(path).absoluteFilePath());
    return opened.value();
}

DatabasePtr DatabaseFiles::chooseAndOpen(QWidget *parent)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Open a Care database"), startDirectory(), fileFilter());
    return path.isEmpty() ? nullptr : open(parent, path);
}

DatabasePtr DatabaseFiles::chooseAndCreateEmpty(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Create an empty Care database"), startDirectory(),
                                                fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return nullptr;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".care");
    if (QFileInfo::exists(path)) {
        // Never replace a file: it may hold a municipality's only copy of its records.
        showError(parent, tr("Cannot create the database"),
                  Error{tr("A file with this name already exists. Choose another name; Care does not "
                           "overwrite existing files."),
                        {}, path});
        return nullptr;
    }
    auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!created) {
        showError(parent, tr("Cannot create the database"), created.error());
        return nullptr;
    }
    appsettings::setLastDatabase(QFileInfo(path).absoluteFilePath());
    return created.value();
}

DatabasePtr DatabaseFiles::createDemo(QWidget *parent, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(parent, tr("Cannot create the demo"),
                  Error{tr("The folder for the demo database cannot be created."), {}, path});
        return nullptr;
    }
    const DemoCreation::Outcome outcome = DemoCreation::run(parent, path, demo::DemoOptions{});
    if (outcome.cancelled)
        return nullptr;
    if (!outcome.result) {
        showError(parent, tr("Cannot create the demo"), outcome.result.error());
        return nullptr;
    }
    return open(parent, path);
}

DatabasePtr DatabaseFiles::openOrCreateDefaultDemo(QWidget *parent)
{
    const QString path = defaultDemoPath();
    return QFileInfo::exists(path) ? open(parent, path) : createDemo(parent, path);
}

DatabasePtr DatabaseFiles::createDemoInteractively(QWidget *parent)
{
    const QString path = defaultDemoPath();
    if (!QFileInfo::exists(path))
        return createDemo(parent, path);

    QMessageBox box(QMessageBox::Question, tr("Demo municipality"),
                    tr("A demo database already exists. Open it, or replace it with a new demo?"),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Replacing deletes every change made in the demo. File: %1")
                               .arg(QDir::toNativeSeparators(path)));
    QPushButton *openButton = box.addButton(tr("Open the demo"), QMessageBox::AcceptRole);
    QPushButton *replaceButton = box.addButton(tr("Replace with a new demo"), QMessageBox::DestructiveRole);
    box.setDefaultButton(openButton);
    box.exec();
    if (box.clickedButton() == openButton)
        return open(parent, path);
    if (box.clickedButton() != replaceButton)
        return nullptr;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix)) {
            showError(parent, tr("Cannot create the demo"),
                      Error{tr("The old demo database cannot be removed. Close any other program using it."),
                            {}, path + suffix});
            return nullptr;
        }
    }
    return createDemo(parent, path);
}

} // namespace care::ui
