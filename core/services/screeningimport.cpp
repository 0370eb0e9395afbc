#include "services/screeningimport.h"

#include "io/csvreader.h"
#include "services/screeningimportrows.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace care {

struct ScreeningImportText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningImportText)
};

using importrows::columnOf;
using importrows::headerProblems;
using importrows::RowReader;

QString ImportProblem::describe() const
{
    if (row == 0)
        return message;
    if (column.isEmpty())
        return ScreeningImportText::tr("row %1: %2").arg(row).arg(message);
    return ScreeningImportText::tr("row %1, column %2: %3").arg(row).arg(column, message);
}

bool ScreeningImportResult::refused() const
{
    return std::any_of(problems.begin(), problems.end(), [](const ImportProblem &p) { return p.refused; });
}

ScreeningImport::ScreeningImport(Database &db, const Clock &clock, const InstrumentRegistry &registry)
    : m_db(db), m_clock(clock), m_registry(registry)
{}

Result<ScreeningImportResult> ScreeningImport::run(const Session &session, const QByteArray &csv,
                                                   const QString &fileName)
{
    ScreeningImportResult result;
    auto table = readCsv(csv, CsvLimits(), fileName);
    if (!table) {
        result.problems << ImportProblem{0, {}, table.error().message, false};
        return result;
    }
    result.rows = int(table->records.size());
    result.problems = headerProblems(table.value());
    if (!result.problems.isEmpty())
        return result;
    if (table->records.isEmpty()) {
        result.problems << ImportProblem{
                0, {}, ScreeningImportText::tr("The file has no rows under its header."), false};
        return result;
    }
    RowReader reader(m_db, m_clock, session, m_registry, table.value(), result.problems);
    QList<ScreeningEntry> entries;
    QList<int> rows;
    for (const CsvRecord &record : table->records)
        if (auto entry = reader.read(record)) {
            entries << *entry;
            rows << record.row;
        }
    ScreeningService service(m_db, m_clock, m_registry);
    for (const ScreeningProblem &p : service.check(session, entries))
        result.problems << ImportProblem{rows.at(p.index), columnOf(p.error), p.error.message, p.refused};
    if (!result.problems.isEmpty()) {
        std::stable_sort(result.problems.begin(), result.problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
        return result;
    }
    auto saved = service.saveAll(session, entries);
    if (!saved)
        return saved.error();
    result.saved = saved.value();
    return result;
}

}  // namespace care
