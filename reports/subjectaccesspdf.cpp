#include "subjectaccesspdf.h"

#include "reportfonts.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace care::reports {

namespace {

QFont reportFont()
{
    QFont font = withBundledThaiFallback(QGuiApplication::font());
    font.setPointSizeF(9.5);
    return font;
}

} // namespace

Result<QString> SubjectAccessPdf::write(const QJsonObject &document, const QString &directory, Language language)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("The PDF could not be made: this program has no graphical text engine running."), {}, {}};
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists())
        return Error{tr("The folder to export into does not exist. Choose an existing folder."), {}, directory};
    const QString studentId =
        document.value(QLatin1String("student")).toObject().value(QLatin1String("id")).toString();
    if (studentId.isEmpty() || studentId.contains(QLatin1Char('/')) || studentId.contains(QLatin1Char('\\')))
        return Error{tr("The export has no student record id."), {}, {}};
    registerBundledFonts();

    // Named by record id, never by the child's name.
    const QString path = dir.filePath(studentId + QStringLiteral("-subject-access.pdf"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The PDF file could not be created: %1").arg(file.errorString()), {}, path};
    // Owner-only before any byte is written, so the temporary file is private too.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        // No page margins here: QTextDocument::print lays the text out 2 cm
        // inside the page and puts the page number in the bottom margin.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Subject access report"));
        writer.setCreator(QStringLiteral("Care"));
        QTextDocument text;
        text.setDefaultFont(reportFont());
        text.setHtml(html(document, language));
        text.print(&writer);
    }
    if (file.size() == 0) {
        file.cancelWriting();
        return Error{tr("The PDF could not be made."), {}, path};
    }
    if (!file.commit())
        return Error{tr("The PDF file could not be written: %1").arg(file.errorString()), {}, path};
    return path;
}

} // namespace care::reports
