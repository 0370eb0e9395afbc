#pragma once

#include "screening/instrumentregistry.h"
#include "security/session.h"
#include "services/screeningservice.h"
#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace care {

class Clock;

// One thing wrong with an import file.
struct ImportProblem {
    int row = 0;           // as a spreadsheet numbers it (the header is row 1); 0 = the whole file
    QString column;        // the column's name in the header, e.g. "i7"; empty = the whole row
    QString message;       // translated
    bool refused = false;  // the user may not record this student's screening

    QString describe() const;  // "row 3, column i7: …"
};

struct ScreeningImportResult {
    int rows = 0;                   // data rows read
    ScreeningSaveCount saved;       // written (nothing when there are problems)
    QList<ImportProblem> problems;  // by row; any problem means nothing was written

    bool refused() const;  // some problem is a refusal
};

// `care-cli screen import`: screening answers in bulk from a CSV file
// (format in docs/import-formats.md). Every row is checked first — the
// student, instrument, respondent, date, band set, each answer, the age
// range and the user's right to record it; one bad row and nothing is
// written. Then all rows go in one transaction: a new result for a new
// student, instrument and date, the stored one replaced otherwise.
class ScreeningImport {
public:
    ScreeningImport(Database &db, const Clock &clock,
                    const InstrumentRegistry &registry = InstrumentRegistry::shipped());

    // `fileName` names the file in messages about the file as a whole (too
    // many rows or columns; see CsvLimits).
    Result<ScreeningImportResult> run(const Session &session, const QByteArray &csv, const QString &fileName = {});

private:
    Database &m_db;
    const Clock &m_clock;
    const InstrumentRegistry &m_registry;
};

}  // namespace care
