// care-cli export subject writes the PDPA subject-access JSON and PDF
// (owner-only) for a student the user may export; for a student of another
// school every command is refused without a name or a file.
#include "securityfixture.h"

#include "domain/validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

QStringList exportSubject(const SecurityFixture &f, const QString &student, const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("subject"), QStringLiteral("--db"), f.path(),
            QStringLiteral("--student"), student, QStringLiteral("--out"), out};
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("export subject writes JSON and PDF readable by the owner only", "[cli][export]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const CliRun run = runAs(QStringLiteral("director"),
                             exportSubject(f, formatCitizenId(f.students.somchaiCitizenId), out.path()));
    INFO(run);
    REQUIRE(run.exitCode == 0);
    const QString json = out.filePath(f.students.somchaiId + QStringLiteral("-subject-access.json"));
    const QString pdf = out.filePath(f.students.somchaiId + QStringLiteral("-subject-access.pdf"));
    CHECK(filesIn(out.path()) == QStringList{QFileInfo(json).fileName(), QFileInfo(pdf).fileName()});
    for (const QString &path : {json, pdf}) {
        INFO(path.toStdString());
        REQUIRE(QFile::exists(path));
        CHECK(QFileInfo(path).size() > 0);
#ifndef _WIN32
        CHECK(QFileInfo(path).permissions()
              == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
#endif
    }
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.toJson().contains(f.students.somchaiId.toUtf8()));
    CHECK(document.toJson().contains(QStringLiteral("สมชาย").toUtf8()));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    const CliRun audit = runAs(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list"),
                                                         QStringLiteral("--db"), f.path(), QStringLiteral("--json"),
                                                         QStringLiteral("--action"), QStringLiteral("export")});
    CHECK(parseJson(audit).array().size() == 1);
}

TEST_CASE("export subject refuses a missing folder and a missing student", "[cli][export]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const CliRun noFolder = runAs(QStringLiteral("director"),
                                  exportSubject(f, f.students.somchaiId, out.filePath(QStringLiteral("missing"))));
    {
        INFO(noFolder);
        CHECK(noFolder.exitCode == 2);
        CHECK_FALSE(QFile::exists(out.filePath(QStringLiteral("missing"))));
    }
    const CliRun noStudent = runAs(QStringLiteral("director"), exportSubject(f, QStringLiteral("1234"), out.path()));
    INFO(noStudent);
    CHECK(noStudent.exitCode == 1);
    CHECK(filesIn(out.path()).isEmpty());
}

TEST_CASE("a user of another school gets nothing of the student from any command", "[cli][export]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString citizenId = formatCitizenId(f.students.somchaiCitizenId);
    const QList<QStringList> commands = {
        exportSubject(f, citizenId, out.path()),
        exportSubject(f, f.students.somchaiId, out.path()),
        {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), f.path(), citizenId},
        {QStringLiteral("students"), QStringLiteral("show"), QStringLiteral("--db"), f.path(), QStringLiteral("--json"),
         f.students.somchaiId},
    };
    for (const QString &user : {QStringLiteral("otherdirector"), QStringLiteral("otherteacher")}) {
        for (const QStringList &command : commands) {
            const CliRun run = runAs(user, command);
            INFO(user.toStdString() << ": " << command.join(QLatin1Char(' ')).toStdString() << "\n" << run);
            CHECK_FALSE(run.crashed);
            CHECK(run.exitCode == 1);  // as for a student nobody has
            CHECK(run.out.isEmpty());
            CHECK(revealsNoName(run));
            CHECK(filesIn(out.path()).isEmpty());
        }
    }
    // The teacher of the student's own classroom may view but not export.
    const CliRun teacher = runAs(QStringLiteral("teacher"), exportSubject(f, citizenId, out.path()));
    INFO(teacher);
    CHECK(teacher.exitCode == 3);
    CHECK(filesIn(out.path()).isEmpty());
}
