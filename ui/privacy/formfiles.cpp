#include "privacy/formfiles.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

namespace care::ui {

namespace {

constexpr qint64 kMaxFormBytes = 10 * 1024 * 1024;  // as ConsentService accepts

// One private (0700) folder per run; QTemporaryDir removes it at exit.
QTemporaryDir &openedFormsDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/care-forms-XXXXXX"));
    return dir;
}

} // namespace

Result<ScannedForm> FormFiles::read(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile())
        return Error{tr("The file “%1” does not exist.").arg(info.fileName()), QStringLiteral("form"), shown};
    if (info.size() > kMaxFormBytes)
        return Error{tr("The scanned form is larger than 10 MB. Scan it at a lower resolution."),
                     QStringLiteral("form"), shown};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file “%1” cannot be read: %2").arg(info.fileName(), file.errorString()),
                     QStringLiteral("form"), shown};
    return ScannedForm{info.fileName(), QString(), file.readAll()};
}

Result<QString> FormFiles::writeTemporary(const ScannedForm &form)
{
    QTemporaryDir &dir = openedFormsDir();
    if (!dir.isValid())
        return Error{tr("No private temporary folder could be made to open the form in: %1").arg(dir.errorString()),
                     {}, {}};
    // The stored name is a bare file name (core strips folders); keep it that way.
    QString name = QFileInfo(form.fileName).fileName();
    if (name.isEmpty())
        name = QStringLiteral("consent-form");
    QString path = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2").arg(n).arg(name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The form could not be written to open it: %1").arg(file.errorString()), {}, {}};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(form.content) != form.content.size() || !file.commit())
        return Error{tr("The form could not be written to open it: %1").arg(file.errorString()), {}, {}};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

Status FormFiles::open(const ScannedForm &form, const Opener &opener)
{
    auto path = writeTemporary(form);
    if (!path)
        return path.error();
    const bool opened = opener ? opener(path.value())
                               : QDesktopServices::openUrl(QUrl::fromLocalFile(path.value()));
    if (!opened)
        return Error{tr("No program on this computer opens the form “%1”.").arg(form.fileName), {}, {}};
    return {};
}

} // namespace care::ui
