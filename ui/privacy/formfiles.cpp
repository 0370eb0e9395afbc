#include "privacy/formfiles.h"

#include "io/openedfiles.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace care::ui {

namespace {

constexpr qint64 kMaxFormBytes = 10 * 1024 * 1024;  // as ConsentService accepts

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

Status FormFiles::open(const ScannedForm &form, const Opener &opener)
{
    auto path = OpenedFiles().writeForm(form.content);
    if (!path)
        return path.error();
    const bool opened = opener ? opener(path.value())
                               : QDesktopServices::openUrl(QUrl::fromLocalFile(path.value()));
    if (!opened)
        return Error{tr("No program on this computer opens the form “%1”.").arg(form.fileName), {}, {}};
    return {};
}

void FormFiles::removeOpened()
{
    (void)OpenedFiles().removeAll();
}

} // namespace care::ui
