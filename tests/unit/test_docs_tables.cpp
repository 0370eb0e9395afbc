// The Markdown tables of README.md and docs/*.md render as tables: every
// line starting with "|" belongs to a block that follows a blank line, has
// a header and a delimiter row, and the same number of cells in each row.
// A row left below the table (after a paragraph) would show as plain text.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace {

QString sourceFile(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(CARE_TEST_DATA_DIR "/../../") + relative);
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

bool isTableLine(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('|'));
}

// Cells of a row: its "|" separators that are not escaped as "\|".
int cellCount(const QString &row)
{
    QString text = row.trimmed();
    text.remove(QStringLiteral("\\|"));
    if (text.startsWith(QLatin1Char('|')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('|')))
        text.chop(1);
    return int(text.count(QLatin1Char('|'))) + 1;
}

bool isDelimiterRow(const QString &row)
{
    static const QRegularExpression delimiter(QStringLiteral(R"(^\|?(\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?$)"));
    return delimiter.match(row.trimmed()).hasMatch();
}

// Problems of the tables of one file, as "FILE:LINE: what".
QStringList tableProblems(const QString &name)
{
    const QStringList lines = linesOf(sourceFile(name));
    QStringList problems;
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().startsWith(QLatin1String("```")))
            inFence = !inFence;
        if (inFence || !isTableLine(lines.at(i)))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(name).arg(i + 1);
        int end = i;
        while (end < lines.size() && isTableLine(lines.at(end)))
            ++end;
        if (i > 0 && !lines.at(i - 1).trimmed().isEmpty())
            problems << where + QStringLiteral("table rows right after a paragraph");
        if (end - i < 2 || !isDelimiterRow(lines.at(i + 1)))
            problems << where + QStringLiteral("table rows without a header and delimiter row");
        for (int row = i; row < end; ++row)
            if (cellCount(lines.at(row)) != cellCount(lines.at(i)))
                problems << QStringLiteral("%1:%2: a row with another number of cells than its header")
                                    .arg(name)
                                    .arg(row + 1);
        i = end - 1;
    }
    return problems;
}

}  // namespace

TEST_CASE("Table rows of the README and docs stand inside their tables", "[docs]")
{
    QStringList files{QStringLiteral("README.md"), QStringLiteral("CONTRIBUTING.md"), QStringLiteral("SECURITY.md")};
    const QDir docs(sourceFile(QStringLiteral("docs")));
    REQUIRE(docs.exists());
    for (const QString &doc : docs.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files << QStringLiteral("docs/") + doc;
    for (const QString &file : files) {
        const QStringList problems = tableProblems(file);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The README's command-line table lists every care-cli command", "[docs]")
{
    const QStringList lines = linesOf(sourceFile(QStringLiteral("README.md")));
    const qsizetype header = lines.indexOf(QStringLiteral("| command | does |"));
    REQUIRE(header >= 0);
    QString table;
    for (qsizetype i = header; i < lines.size() && isTableLine(lines.at(i)); ++i)
        table += lines.at(i) + QLatin1Char('\n');
    for (const char *command : {"students search", "students show", "validate-id", "users add", "audit verify",
                                "audit list", "backup", "restore", "retention run", "export subject", "score",
                                "instruments list", "screen import", "risk recompute"}) {
        INFO(command);
        CHECK(table.contains(QStringLiteral("`care-cli ") + QLatin1String(command)));
    }
}
