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
    // The values as the file has them, without the empty ones at the end:
    // never padded to the header's width, so memory follows the data.
    QStringList values;

    // The value in this column; empty past the record's last value.
    QString value(qsizetype column) const { return column < values.size() ? values.at(column) : QString(); }
};

// A CSV file as read: the header (names trimmed) and the records under it.
struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;  // blank lines left out

    // Index of a column by name (case-insensitive), −1 if absent.
    int column(const QString &name) const;
};

// What a CSV file may hold. The whole file is read into memory, so its size
// is checked before it is read, and columns and rows while it is split: a
// wrong or hostile file is refused with a message naming the limit instead
// of taking the PC's memory.
struct CsvLimits {
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxColumns = 256;
    int maxRows = 100'000;  // data rows under the header
};

// Reads RFC 4180 CSV: UTF-8 (a byte-order mark is skipped), comma-separated,
// values in double quotes may hold commas, quotes ("") and line breaks; CRLF
// or LF line ends. Errors name the row: text that is not UTF-8 (a file saved
// in the Thai Windows code page), a quote left open, a quote in the middle
// of an unquoted value, a row with more values than the header, and the
// file (`fileName`, when given) beyond a limit.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits = {}, const QString &fileName = {});

// The bytes of a CSV file; refuses a file larger than limits.maxBytes
// without reading it. Errors name the file.
Result<QByteArray> readCsvBytes(const QString &path, const CsvLimits &limits = {});

}  // namespace care
