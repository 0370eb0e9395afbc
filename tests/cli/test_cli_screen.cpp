// care-cli screen import|list: a good file is imported whole; a bad file is
// refused row by row and column by column with nothing written; a student
// outside the user's reach makes the whole import refused (exit 3).
#include "securityfixture.h"

#include "rawconnection.h"

#include "domain/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

QString header()
{
    QStringList columns{QStringLiteral("student"), QStringLiteral("instrument"), QStringLiteral("date")};
    for (int i = 1; i <= 25; ++i)
        columns << QStringLiteral("i%1").arg(i);
    return columns.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString row(const QString &student, const QString &date, int item = 0, const QString &answer = {})
{
    QStringList values{student, QStringLiteral("sdq-teacher-4-17"), date};
    for (int i = 1; i <= 25; ++i)
        values << (i == item ? answer : QString::number(i % 3));
    return values.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString writeCsv(const QTemporaryDir &dir, const QString &text)
{
    const QString path = dir.filePath(QStringLiteral("answers.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    return path;
}

QStringList importArgs(const SecurityFixture &f, const QString &csv)
{
    return {QStringLiteral("screen"), QStringLiteral("import"), QStringLiteral("--db"), f.path(), csv};
}

int storedResults(const SecurityFixture &f)
{
    RawConnection raw(f.path());
    return raw.scalar(QStringLiteral("SELECT count(*) FROM screening_result")).toInt();
}

}  // namespace

TEST_CASE("screen import saves a good file and screen list shows it", "[cli][screen]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv
            = writeCsv(dir,
                       header() + row(formatCitizenId(f.students.somchaiCitizenId), QStringLiteral("2025-06-01"))
                               + row(QStringLiteral("G123456789012"), QStringLiteral("01/06/2568")));
    const CliRun run = runAs(QStringLiteral("teacher"), importArgs(f, csv));
    INFO(run);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("Imported 2 screening results (2 new, 0 replaced)."));
    CHECK(storedResults(f) == 2);

    const CliRun list = runAs(QStringLiteral("teacher"),
                              {QStringLiteral("screen"), QStringLiteral("list"), QStringLiteral("--db"), f.path(),
                               QStringLiteral("--json"), f.students.somchaiId});
    const QJsonArray results = parseJson(list).array();
    REQUIRE(results.size() == 1);
    const QJsonObject result = results.first().toObject();
    CHECK(result.value(QStringLiteral("instrument")).toString() == QStringLiteral("sdq-teacher-4-17"));
    CHECK(result.value(QStringLiteral("respondent")).toString() == QStringLiteral("teacher"));
    CHECK(result.value(QStringLiteral("date")).toString() == QStringLiteral("2025-06-01"));
    CHECK(result.value(QStringLiteral("answers")).toArray().size() == 25);
    CHECK(result.value(QStringLiteral("scores")).toObject().contains(QStringLiteral("total_difficulties")));
    CHECK(result.value(QStringLiteral("bands")).toObject().contains(QStringLiteral("emotional")));

    const CliRun text = runAs(
            QStringLiteral("teacher"),
            {QStringLiteral("screen"), QStringLiteral("list"), QStringLiteral("--db"), f.path(), f.students.somchaiId});
    INFO(text);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("sdq-teacher-4-17")));

    // Importing the same file again replaces the results.
    const CliRun again = runAs(QStringLiteral("teacher"), importArgs(f, csv));
    INFO(again);
    CHECK(again.out.trimmed() == QStringLiteral("Imported 2 screening results (0 new, 2 replaced)."));
    CHECK(storedResults(f) == 2);
}

TEST_CASE("screen import names each bad row and column and writes nothing", "[cli][screen]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv
            = writeCsv(dir,
                       header() + row(f.students.somchaiId, QStringLiteral("2025-06-01"))
                               + row(f.students.somyingId, QStringLiteral("2025-06-01"), 7, QStringLiteral("3"))
                               + row(f.students.somchaiId, QStringLiteral("2026-13-01")));
    const CliRun run = runAs(QStringLiteral("teacher"), importArgs(f, csv));
    INFO(run);
    CHECK(run.exitCode == 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0)
          == QStringLiteral("row 3, column i7: “3” is not an answer to item 7: give 0 to 2, or leave it "
                            "empty."));
    CHECK(lines.at(1).startsWith(QStringLiteral("row 4, column date: ")));
    CHECK(lines.at(2) == QStringLiteral("Nothing was imported."));
    CHECK(run.out.isEmpty());
    CHECK(storedResults(f) == 0);
}

TEST_CASE("screen import refuses a student outside the user's reach", "[cli][screen]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = writeCsv(dir,
                                 header() + row(f.students.somchaiId, QStringLiteral("2025-06-01"))
                                         + row(nationalIdFor(424242), QStringLiteral("2025-06-01")));
    const CliRun run = runAs(QStringLiteral("teacher"), importArgs(f, csv));
    INFO(run);
    // Another school's child is reported as one nobody has.
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("row 3, column student: no student you may see has")));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(revealsNoName(run));
    CHECK(storedResults(f) == 0);

    // A missing file is a file problem; a missing argument is a usage error.
    const CliRun missing = runAs(QStringLiteral("teacher"), importArgs(f, dir.filePath(QStringLiteral("none.csv"))));
    CHECK(missing.exitCode == 2);
    const CliRun usage = runAs(QStringLiteral("teacher"),
                               {QStringLiteral("screen"), QStringLiteral("import"), QStringLiteral("--db"), f.path()});
    CHECK(usage.exitCode == 64);
}

TEST_CASE("screen import refuses a CSV file over the size limit before reading it", "[cli][files][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("ใหญ่เกิน.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(qint64(64) * 1024 * 1024));  // sparse
    }
    const CliRun run = runCli({QStringLiteral("screen"), QStringLiteral("import"), QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("none.care")), csv});
    INFO(run);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("“ใหญ่เกิน.csv”")));
    CHECK(run.err.contains(QStringLiteral("32 MB")));
}
