// Screening answers from CSV: the file format, problems named by row and
// column, all rows or none.
#include "services/screeningimport.h"

#include "io/csvreader.h"
#include "recordsfixture.h"
#include "rowcounts.h"
#include "storage/studentrepository.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QStringList kTables{QStringLiteral("screening_result"), QStringLiteral("change_log"),
                          QStringLiteral("audit_event")};

QString header()
{
    QStringList columns{QStringLiteral("student"), QStringLiteral("instrument"), QStringLiteral("respondent"),
                        QStringLiteral("date")};
    for (int i = 1; i <= 25; ++i)
        columns << QStringLiteral("i%1").arg(i);
    columns << QStringLiteral("difficulties") << QStringLiteral("impact1") << QStringLiteral("impact2")
            << QStringLiteral("impact3") << QStringLiteral("age_reason");
    return columns.join(QLatin1Char(','));
}

// One row: 25 answers (all 1 unless changed), impact and reason optional.
QString row(const QString &student, const QString &date, QMap<int, QString> changed = {},
            const QString &impact = QStringLiteral(",,,"), const QString &reason = {},
            const QString &instrument = QStringLiteral("sdq-teacher-4-17"))
{
    QStringList values{student, instrument, QStringLiteral("teacher"), date};
    for (int i = 1; i <= 25; ++i)
        values << changed.value(i, QStringLiteral("1"));
    return values.join(QLatin1Char(',')) + QLatin1Char(',') + impact + QLatin1Char(',') + reason;
}

QByteArray file(const QStringList &rows)
{
    return (header() + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))).toUtf8();
}

QStringList described(const ScreeningImportResult &result)
{
    QStringList lines;
    for (const ImportProblem &p : result.problems)
        lines << p.describe();
    return lines;
}

}  // namespace

TEST_CASE("CSV: quotes, line breaks, a byte-order mark and short rows", "[csv]")
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "a, b ,c\r\n1,\"x, \"\"y\"\"\",3\r\n\r\n\"two\nlines\",5\n7\n";
    auto table = readCsv(text);
    INFO(errorText(table));
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(table->column(QStringLiteral("B")) == 1);
    REQUIRE(table->records.size() == 3);
    CHECK(table->records.at(0).values.at(1) == QStringLiteral("x, \"y\""));
    CHECK(table->records.at(0).row == 2);
    CHECK(table->records.at(1).values.at(0) == QStringLiteral("two\nlines"));
    CHECK(table->records.at(1).row == 4);  // the blank row 3 is skipped but counted
    CHECK(table->records.at(2).values == QStringList{QStringLiteral("7")});  // short rows are not padded
    CHECK(table->records.at(2).value(2).isEmpty());

    const auto open = readCsv("a,b\n1,\"open\n");
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(QStringLiteral("Row 2")));
    const auto stray = readCsv("a,b\n1,x\"y\n");
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().message.contains(QStringLiteral("Row 2")));
    const auto wide = readCsv("a,b\n1,2,3\n");
    REQUIRE_FALSE(wide.ok());
    CHECK(wide.error().message.contains(QStringLiteral("3 values")));
    CHECK(readCsv("a,b\n1,2,,\n").ok());                            // trailing empty cells
    const auto codePage = readCsv("name\n\xCA\xC1\xAA\xD2\xC2\n");  // "สมชาย" in TIS-620
    REQUIRE_FALSE(codePage.ok());
    CHECK(codePage.error().message.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(readCsv("").ok());
}

TEST_CASE("Screening import: a good file is saved in one step", "[screening][import]")
{
    RecordsFixture f;
    auto student = StudentRepository(*f.t.db).student(f.classmateId);
    REQUIRE(student.ok());
    const QByteArray csv = file(
            {row(f.studentId, QStringLiteral("2025-06-01")),
             // Buddhist Era date, impact answered ("definite" difficulties)
             row(f.classmateId, QStringLiteral("1/6/2568"), {{5, QStringLiteral("-")}}, QStringLiteral("2,1,2,3"))});
    auto result = ScreeningImport(*f.t.db, testClock()).run(f.teacher, csv);
    REQUIRE(result.ok());
    INFO(described(result.value()).join(QLatin1Char('\n')).toStdString());
    REQUIRE(result->problems.isEmpty());
    CHECK(result->rows == 2);
    CHECK(result->saved.created == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result WHERE screened_on = '2025-06-01'")) == 2);
    auto results = ScreeningService(*f.t.db, testClock()).results(f.teacher, f.classmateId);
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    CHECK_FALSE(results->first().answers.items.at(4).has_value());
    REQUIRE(results->first().answers.impact.has_value());
    CHECK(results->first().answers.impact->difficulties == 2);
    CHECK(results->first().scores.scores.value(QStringLiteral("impact")) == 3);  // 0 + 1 + 2

    // The same file again replaces, it does not duplicate.
    auto again = ScreeningImport(*f.t.db, testClock()).run(f.teacher, csv);
    REQUIRE(again.ok());
    CHECK(again->saved.replaced == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM screening_result")) == 2);
}

TEST_CASE("Screening import: every bad row is named by row and column, nothing is saved", "[screening][import]")
{
    RecordsFixture f;
    const auto before = rowCounts(*f.t.db, kTables);
    const QByteArray csv = file({row(f.studentId, QStringLiteral("2025-06-01")),
                                 row(f.classmateId, QStringLiteral("2025-06-01"), {{7, QStringLiteral("3")}}),
                                 row(QStringLiteral("no-such-student"), QStringLiteral("2025-06-01")),
                                 row(f.studentId, QStringLiteral("31/02/2568")),
                                 row(f.unnumberedId, QStringLiteral("2025-06-01"), {}, QStringLiteral(",,,"), {},
                                     QStringLiteral("sdq-nothing")),
                                 row(f.unnumberedId, QStringLiteral("2025-06-01"), {}, QStringLiteral(",,,"), {},
                                     QStringLiteral("sdq-self-11-17"))});
    auto result = ScreeningImport(*f.t.db, testClock()).run(f.teacher, csv);
    REQUIRE(result.ok());
    const QStringList problems = described(result.value());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 5);
    CHECK(problems.at(0).startsWith(QStringLiteral("row 3, column i7: “3” is not an answer to item 7")));
    CHECK(problems.at(1).startsWith(QStringLiteral("row 4, column student: no student you may see has")));
    CHECK(problems.at(2).startsWith(QStringLiteral("row 5, column date: ")));
    CHECK(problems.at(3).startsWith(QStringLiteral("row 6, column instrument: unknown instrument “sdq-nothing”")));
    CHECK(problems.at(4).startsWith(QStringLiteral("row 7, column respondent: ")));
    CHECK_FALSE(result->refused());
    CHECK(rowCounts(*f.t.db, kTables) == before);
}

TEST_CASE("Screening import: the header, refusals and the age reason", "[screening][import]")
{
    RecordsFixture f;
    const auto before = rowCounts(*f.t.db, kTables);
    ScreeningImport import(*f.t.db, testClock());

    auto badHeader = import.run(f.teacher, "student,instrument,when,i1\n");
    REQUIRE(badHeader.ok());
    QStringList problems = described(badHeader.value());
    CHECK(problems.contains(QStringLiteral("row 1, column when: unknown column; see docs/import-formats.md for the "
                                           "columns of a screening import.")));
    CHECK(problems.contains(QStringLiteral("row 1, column date: the column is missing.")));

    auto missingItem = import.run(f.teacher,
                                  QByteArray("student,instrument,date,i1\n") + f.studentId.toUtf8()
                                          + ",sdq-teacher-4-17,2025-06-01,1\n");
    REQUIRE(missingItem.ok());
    CHECK(described(missingItem.value()).first().startsWith(QStringLiteral("row 2, column i2: the column is missing")));

    // A child of another class is reported exactly as a record id nobody has.
    auto outOfScope = import.run(f.teacher, file({row(f.otherClassStudentId, QStringLiteral("2025-06-01"))}));
    REQUIRE(outOfScope.ok());
    REQUIRE(outOfScope->problems.size() == 1);
    CHECK(outOfScope->problems.first().column == QLatin1String("student"));
    CHECK_FALSE(outOfScope->problems.first().message.contains(QStringLiteral("มานี")));
    const QString nobodyId = QStringLiteral("0190a000-0000-7000-8000-00000000dead");
    auto nobody = import.run(f.teacher, file({row(nobodyId, QStringLiteral("2025-06-01"))}));
    REQUIRE(nobody.ok());
    REQUIRE(nobody->problems.size() == 1);
    CHECK(outOfScope->refused() == nobody->refused());
    CHECK(outOfScope->problems.first().message
          == QString(nobody->problems.first().message).replace(nobodyId, f.otherClassStudentId));

    const QString selfRow = row(f.studentId, QStringLiteral("2025-06-01"), {}, QStringLiteral(",,,"), {},
                                QStringLiteral("sdq-self-11-17"))
                                    .replace(QStringLiteral(",teacher,"), QStringLiteral(",self,"));
    auto young = import.run(f.teacher, file({selfRow}));
    REQUIRE(young.ok());
    REQUIRE(young->problems.size() == 1);
    CHECK(young->problems.first().column == QLatin1String("age_reason"));
    CHECK(rowCounts(*f.t.db, kTables) == before);

    auto withReason = import.run(f.teacher, file({selfRow + QStringLiteral("\"Whole class, as agreed\"")}));
    REQUIRE(withReason.ok());
    INFO(described(withReason.value()).join(QLatin1Char('\n')).toStdString());
    CHECK(withReason->problems.isEmpty());
    CHECK(withReason->saved.created == 1);
}
