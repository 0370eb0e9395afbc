#pragma once

// The reading side of ScreeningImport: the header's columns and each row
// turned into a ScreeningEntry, with every problem named by row and column.
// Not a public API.

#include "io/csvreader.h"
#include "screening/instrumentregistry.h"
#include "security/session.h"
#include "services/screeningimport.h"
#include "services/screeningservice.h"
#include "storage/database.h"
#include "storage/studentsearch.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace care {
class Clock;
}

namespace care::importrows {

// Reads the records of one file against its header and the instruments.
class RowReader {
public:
    RowReader(Database &db, const Clock &clock, const Session &session, const InstrumentRegistry &registry,
              const CsvTable &table, QList<ImportProblem> &problems);

    // The entry of one record, or nullopt with its problems recorded.
    std::optional<ScreeningEntry> read(const CsvRecord &record);

private:
    QString value(const QString &column) const;
    void problem(const QString &column, const QString &message);
    QString student(const QString &text);  // record id; looked up once per text
    std::optional<int> choice(const QString &column, int min, int max, const QString &what);
    void readAnswers(const Instrument &instrument, ScreeningAnswers &answers);

    Database &m_db;
    const Session &m_session;
    const StudentListScope m_scope;  // who the file's rows may name
    const InstrumentRegistry &m_registry;
    const CsvTable &m_table;
    QList<ImportProblem> &m_problems;
    const CsvRecord *m_record = nullptr;
    bool m_ok = true;
    QHash<QString, QString> m_students;
};

// Unknown, repeated and missing columns of the header (row 1).
QList<ImportProblem> headerProblems(const CsvTable &table);
// The column a ScreeningService problem is about (from its field).
QString columnOf(const Error &error);

}  // namespace care::importrows
