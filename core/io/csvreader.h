#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace care {

// One record of a CSV file with the row number a spreadsheet shows for it
// (the header is row 1; a value with a line break inside quotes still
// makes one row).
struct CsvRecord {
    int row = 0;
    QStringList values;
};

// A CSV file as read: the header (names trimmed) and the records under it.
struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;  // blank lines left out

    // Index of a column by name (case-insensitive), −1 if absent.
    int column(const QString &name) const;
};

// Reads RFC 4180 CSV: UTF-8 (a byte-order mark is skipped), comma-separated,
// values in double quotes may hold commas, quotes ("") and line breaks; CRLF
// or LF line ends. Errors name the row: text that is not UTF-8 (a file saved
// in the Thai Windows code page), a quote left open, a quote in the middle
// of an unquoted value, a row with more values than the header.
Result<CsvTable> readCsv(const QByteArray &bytes);

}  // namespace care
