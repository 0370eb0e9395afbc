#include "io/openedfiles.h"

#include "io/formtype.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <utility>

namespace care {

namespace {

constexpr QFileDevice::Permissions kOwnerFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kOwnerFile
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QString randomName(const QString &extension)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex()) + QLatin1Char('.') + extension;
}

}  // namespace

OpenedFiles::OpenedFiles(QString folder) : m_folder(std::move(folder)) {}

QString OpenedFiles::defaultFolder()
{
    const QString name = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("care")
                                                                       : QCoreApplication::applicationName();
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(name + QStringLiteral("-opened-files"));
#endif
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("opened-files"));
}

Status OpenedFiles::preparedFolder() const
{
    const QString shown = QDir::toNativeSeparators(m_folder);
    const QFileInfo info(m_folder);
    if (info.isSymLink())
        return Error{tr("The private folder for opened files is a link to another place; Care does not write "
                        "there. Delete the link: %1")
                             .arg(shown),
                     {},
                     shown};
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent) || !QDir(parent).mkdir(info.fileName(), kOwnerFolder))
            return Error{tr("The private folder for opened files cannot be created: %1").arg(shown), {}, shown};
    } else if (!info.isDir()) {
        return Error{tr("The private folder for opened files is taken by a file: %1").arg(shown), {}, shown};
    }
    // An existing folder made by something else is made owner-only before use.
    if ((QFileInfo(m_folder).permissions() & ~kOwnerFolder) != 0 && !QFile::setPermissions(m_folder, kOwnerFolder))
        return Error{tr("The private folder for opened files cannot be made private: %1").arg(shown), {}, shown};
    return {};
}

Result<QString> OpenedFiles::writeForm(const QByteArray &content) const
{
    const std::optional<FormType> type = detectFormType(content);
    if (!type)
        return Error{tr("The stored form is not a PDF, JPEG or PNG file, so Care does not hand it to another "
                        "program."),
                     {},
                     {}};
    if (auto s = preparedFolder(); !s)
        return s.error();
    const QString path = QDir(m_folder).filePath(randomName(type->extension));
    QFile file(path);
    // NewOnly: never an existing file or a link planted under the name.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
        return Error{tr("The form could not be written to open it: %1").arg(file.errorString()),
                     {},
                     QDir::toNativeSeparators(path)};
    if (file.write(content) != content.size() || !file.flush()) {
        const QString problem = file.errorString();
        file.close();
        QFile::remove(path);
        return Error{
                tr("The form could not be written to open it: %1").arg(problem), {}, QDir::toNativeSeparators(path)};
    }
    file.close();
    return path;
}

bool OpenedFiles::removeAll() const
{
    const QFileInfo info(m_folder);
    if (!info.isDir() || info.isSymLink())
        return !info.exists();
    bool all = true;
    const QFileInfoList files
            = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files)
        all = QFile::remove(file.absoluteFilePath()) && all;
    return all;
}

}  // namespace care
