#include "security/recoverykeysheet.h"

#include "locale/dates.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace care::ui {

namespace {
constexpr int kGroupsPerLine = 4;
constexpr int kGroupSize = 4;
} // namespace

RecoveryKeySheet::RecoveryKeySheet(QString key, QString databaseName, QDateTime createdUtc)
    : m_key(std::move(key)), m_databaseName(std::move(databaseName)), m_createdUtc(std::move(createdUtc))
{
}

QStringList RecoveryKeySheet::groups(const QString &key)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    QStringList parts = key.trimmed().split(separators, Qt::SkipEmptyParts);
    if (parts.size() != 1)
        return parts;
    QStringList chunks;
    for (qsizetype i = 0; i < parts.first().size(); i += kGroupSize)
        chunks << parts.first().mid(i, kGroupSize);
    return chunks;
}

QString RecoveryKeySheet::displayText(const QString &key)
{
    const QStringList all = groups(key);
    QStringList lines;
    for (qsizetype i = 0; i < all.size(); i += kGroupsPerLine)
        lines << all.mid(i, kGroupsPerLine).join(QStringLiteral("  "));
    return lines.join(QLatin1Char('\n'));
}

QString RecoveryKeySheet::html() const
{
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    QString keyLines = displayText(m_key).toHtmlEscaped();
    keyLines.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    keyLines.replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;&nbsp;"));  // HTML folds plain spaces
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<p style=\"font-family: '%3'; font-size: 20pt; font-weight: bold;\">%4</p>"
                          "<p>%5<br>%6</p><h3>%7</h3><ul><li>%8</li><li>%9</li><li>%10</li></ul>")
        .arg(tr("Care recovery key").toHtmlEscaped(),
             tr("This key opens the encrypted records of the Care database below when no administrator "
                "can sign in. Anyone who has it and a copy of the database can read them.").toHtmlEscaped(),
             mono, keyLines,
             tr("Database: %1").arg(m_databaseName).toHtmlEscaped(),
             tr("Made on: %1").arg(formatDateTime(m_createdUtc)).toHtmlEscaped(),
             tr("How to keep it").toHtmlEscaped(),
             tr("Keep this sheet in a locked place at the municipal office, away from the computer.").toHtmlEscaped(),
             tr("Do not photograph it, e-mail it or send it by chat.").toHtmlEscaped(),
             tr("If a new recovery key is made, destroy this sheet: it no longer works.").toHtmlEscaped());
}

QString RecoveryKeySheet::plainText() const
{
    return QStringLiteral("%1\n\n%2\n\n%3\n\n%4\n%5\n")
        .arg(tr("Care recovery key"),
             tr("This key opens the encrypted records of the Care database below when no administrator "
                "can sign in. Anyone who has it and a copy of the database can read them."),
             displayText(m_key), tr("Database: %1").arg(m_databaseName),
             tr("Made on: %1").arg(formatDateTime(m_createdUtc)));
}

void RecoveryKeySheet::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    document.setDefaultFont(QGuiApplication::font());
    document.setHtml(html());
    document.print(device);
}

Status RecoveryKeySheet::savePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The file could not be created: %1").arg(file.errorString()), {}, path};
    // Owner-only before the key is written, so the temporary file is private too.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        writer.setTitle(tr("Care recovery key"));
        writer.setCreator(QStringLiteral("Care"));
        render(&writer);
    }
    if (!file.commit())
        return Error{tr("The file could not be written: %1").arg(file.errorString()), {}, path};
    return {};
}

Status RecoveryKeySheet::saveText(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{tr("The file could not be created: %1").arg(file.errorString()), {}, path};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(plainText().toUtf8());
    if (!file.commit())
        return Error{tr("The file could not be written: %1").arg(file.errorString()), {}, path};
    return {};
}

} // namespace care::ui
