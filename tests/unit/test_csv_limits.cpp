// CSV files beyond what Care reads at once are refused with the limit and
// the file named, and what is read takes memory in proportion to the data.
#include "io/csvreader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace care;

namespace {

QByteArray repeated(const QByteArray &line, int times)
{
    QByteArray all;
    all.reserve(line.size() * times);
    for (int i = 0; i < times; ++i)
        all += line;
    return all;
}

qsizetype storedValues(const CsvTable &table)
{
    qsizetype count = 0;
    for (const CsvRecord &record : table.records)
        count += record.values.size();
    return count;
}

}  // namespace

TEST_CASE("CSV: a record keeps the values the file has, not the header's width", "[csv][limits]")
{
    QByteArray text = "a";
    for (int c = 2; c <= 200; ++c)
        text += ",c" + QByteArray::number(c);
    text += '\n' + repeated("1\n", 5000);
    auto table = readCsv(text);
    INFO((table.ok() ? std::string() : table.error().describe().toStdString()));
    REQUIRE(table.ok());
    REQUIRE(table->header.size() == 200);
    REQUIRE(table->records.size() == 5000);
    CHECK(storedValues(table.value()) == 5000);  // not 200 × 5000
    CHECK(table->records.first().value(0) == QStringLiteral("1"));
    CHECK(table->records.first().value(199).isEmpty());
    CHECK(table->records.first().value(5000).isEmpty());

    // Empty values are stored only where a later value needs their place.
    auto gaps = readCsv("a,b,c,d\n,,x,,\n");
    REQUIRE(gaps.ok());
    CHECK(gaps->records.first().values == QStringList{QString(), QString(), QStringLiteral("x")});
}

TEST_CASE("CSV: too many columns are refused, naming the limit and the file", "[csv][limits]")
{
    const CsvLimits limits;
    REQUIRE(limits.maxColumns == 256);
    QByteArray wideHeader = "h1";
    for (int c = 2; c <= 257; ++c)
        wideHeader += ",h" + QByteArray::number(c);
    auto header = readCsv(wideHeader + "\n1\n", limits, QStringLiteral("คะแนน.csv"));
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().message.contains(QStringLiteral("256")));
    CHECK(header.error().message.contains(QStringLiteral("“คะแนน.csv”")));
    CHECK(header.error().message.contains(QStringLiteral("row 1")));

    // A row of a million commas before a value: refused without storing them.
    const QByteArray commas(1'000'000, ',');
    auto row = readCsv("a,b\n" + commas + "x\n", limits, QStringLiteral("wide.csv"));
    REQUIRE_FALSE(row.ok());
    CHECK(row.error().message.contains(QStringLiteral("row 2")));
    CHECK(row.error().location == QStringLiteral("wide.csv"));

    // The same commas at a row's end are empty cells a spreadsheet added.
    auto trailing = readCsv("a,b\n1,2" + commas + "\n");
    INFO((trailing.ok() ? std::string() : trailing.error().describe().toStdString()));
    REQUIRE(trailing.ok());
    CHECK(trailing->records.first().values.size() == 2);
}

TEST_CASE("CSV: too many rows are refused, naming the limit and the file", "[csv][limits]")
{
    const CsvLimits limits;
    REQUIRE(limits.maxRows == 100'000);
    const QByteArray atLimit = "a\n" + repeated("1\n", 100'000);
    auto fits = readCsv(atLimit, limits, QStringLiteral("rows.csv"));
    REQUIRE(fits.ok());
    CHECK(fits->records.size() == 100'000);

    auto over = readCsv(atLimit + "1\n", limits, QStringLiteral("rows.csv"));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(QLocale().toString(100'000)));  // as the user's language writes it
    CHECK(over.error().message.contains(QStringLiteral("“rows.csv”")));

    // Blank lines are not rows.
    CHECK(readCsv(atLimit + repeated("\n", 10) + ",,\n", limits).ok());
}

TEST_CASE("CSV: a file larger than the limit is refused before it is read", "[csv][limits]")
{
    REQUIRE(CsvLimits().maxBytes == 32 * 1024 * 1024);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(CsvLimits().maxBytes + 1));  // sparse: nothing is written
    }
    auto huge = readCsvBytes(path);
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("“huge.csv”")));
    CHECK(huge.error().message.contains(QStringLiteral("32")));
    CHECK(huge.error().location.endsWith(QStringLiteral("huge.csv")));

    CsvLimits small;
    small.maxBytes = 10;
    const QString smallPath = dir.filePath(QStringLiteral("small.csv"));
    {
        QFile file(smallPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
    }
    auto fits = readCsvBytes(smallPath, small);
    REQUIRE(fits.ok());
    CHECK(fits.value() == QByteArray("a,b\n1,2\n"));
    CHECK_FALSE(readCsv(QByteArray("a,b\n1,2\n3,4\n"), small).ok());

    auto missing = readCsvBytes(dir.filePath(QStringLiteral("none.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("“none.csv”")));
}
