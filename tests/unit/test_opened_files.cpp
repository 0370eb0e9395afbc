// Forms handed to the system's viewer: named by their detected type in an
// owner-only folder that Care empties, never under the name stored with them.
#include "io/formtype.h"
#include "io/openedfiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace care;

namespace {

const QByteArray kPng = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(32, 'x');
constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOwnerFolder = kOwnerFile | QFile::ExeOwner | QFile::ExeUser;

}  // namespace

TEST_CASE("Form types are known by their first bytes only", "[consent][files]")
{
    CHECK(detectFormType("%PDF-1.7 ...")->extension == QStringLiteral("pdf"));
    CHECK(detectFormType("\xFF\xD8\xFF\xE0 jfif")->mimeType == QStringLiteral("image/jpeg"));
    CHECK(detectFormType(kPng)->extension == QStringLiteral("png"));
    for (const QByteArray &other : {QByteArray("MZ\x90\x00", 4), QByteArray("#!/bin/sh\n"), QByteArray("<html>"),
                                    QByteArray("[Desktop Entry]\nExec=sh"), QByteArray(), QByteArray(" %PDF-")})
        CHECK_FALSE(detectFormType(other).has_value());
}

TEST_CASE("An opened form gets a random name with its real type's extension, owner-only", "[consent][files]")
{
    QTemporaryDir base;
    REQUIRE(base.isValid());
    const OpenedFiles opened(base.filePath(QStringLiteral("opened")));

    auto first = opened.writeForm(kPng);
    INFO((first.ok() ? std::string() : first.error().describe().toStdString()));
    REQUIRE(first.ok());
    const QFileInfo file(first.value());
    CHECK(file.absolutePath() == QFileInfo(opened.folder()).absoluteFilePath());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.png$")).match(file.fileName()).hasMatch());
    CHECK(file.permissions() == kOwnerFile);
    CHECK(QFileInfo(opened.folder()).permissions() == kOwnerFolder);
    QFile copy(first.value());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == kPng);

    auto second = opened.writeForm("%PDF-1.4 form");
    REQUIRE(second.ok());
    CHECK(second.value().endsWith(QStringLiteral(".pdf")));
    CHECK(second.value() != first.value());

    // Content of another type is never handed to a program chosen by extension.
    auto script = opened.writeForm("#!/bin/sh\nrm -rf ~\n");
    REQUIRE_FALSE(script.ok());
    CHECK(script.error().message.contains(QStringLiteral("PDF, JPEG or PNG")));
    CHECK(QDir(opened.folder()).entryList(QDir::Files).size() == 2);

    CHECK(opened.removeAll());
    CHECK(QDir(opened.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(opened.removeAll());  // an empty or missing folder is fine
    CHECK(OpenedFiles(base.filePath(QStringLiteral("never-made"))).removeAll());
}

TEST_CASE("The opened-forms folder is made private, and a planted link is refused", "[consent][files]")
{
    QTemporaryDir base;
    REQUIRE(base.isValid());
    const QString shared = base.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(shared));
    REQUIRE(QFile::setPermissions(
            shared, kOwnerFolder | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    REQUIRE(OpenedFiles(shared).writeForm(kPng).ok());
    CHECK(QFileInfo(shared).permissions() == kOwnerFolder);

    const QString link = base.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(shared, link));
    auto refused = OpenedFiles(link).writeForm(kPng);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("link")));
}

TEST_CASE("The default opened-forms folder is Care's own, per application", "[consent][files]")
{
    const QString folder = OpenedFiles::defaultFolder();
    CHECK_FALSE(folder.isEmpty());
    CHECK((folder.contains(QCoreApplication::applicationName()) || folder.contains(QStringLiteral("opened-files"))));
    CHECK_FALSE(folder.startsWith(QDir::tempPath() + QStringLiteral("/care-forms")));
}
