#include "io/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

namespace care {

struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};

namespace {

Error rowError(int row, const QString &problem)
{
    return Error{CsvText::tr("Row %1: %2").arg(row).arg(problem), {}, CsvText::tr("row %1").arg(row)};
}

QString fileLabel(const QString &fileName)
{
    return fileName.isEmpty() ? CsvText::tr("The CSV file") : CsvText::tr("The CSV file “%1”").arg(fileName);
}

Error tooLarge(const QString &fileName, const CsvLimits &limits, const QString &location)
{
    return Error{CsvText::tr("%1 is larger than %2, the most Care reads at once. Split it into smaller files and "
                             "import them one by one.")
                         .arg(fileLabel(fileName),
                              QLocale().formattedDataSize(limits.maxBytes, 0, QLocale::DataSizeTraditionalFormat)),
                 {},
                 location};
}

bool isBlank(const QStringList &values)
{
    for (const QString &value : values)
        if (!value.trimmed().isEmpty())
            return false;
    return true;
}

// Splits the text into records of values; row numbers count records.
// Blank records after the first are left out as they are met, and the
// limits are checked as the text is split, before memory is spent on it.
class Splitter {
public:
    Splitter(const QString &text, const CsvLimits &limits, const QString &fileName)
        : m_text(text), m_limits(limits), m_fileName(fileName)
    {}

    Result<QList<CsvRecord>> split()
    {
        QList<CsvRecord> records;
        int row = 1;
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            CsvRecord record{row, {}};
            int emptyValues = 0;  // empty values not stored yet: only a later value needs them
            QString value;
            bool quoted = false;
            bool endOfRecord = false;
            while (i < n && !endOfRecord) {
                const QChar c = m_text.at(i);
                if (quoted) {
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                            value += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        ++i;
                        // After a closing quote only a separator or a line end may follow.
                        if (i < n && m_text.at(i) != QLatin1Char(',') && m_text.at(i) != QLatin1Char('\r')
                            && m_text.at(i) != QLatin1Char('\n'))
                            return rowError(row,
                                            CsvText::tr("text follows a closing quote in value %1.")
                                                    .arg(record.values.size() + emptyValues + 1));
                        continue;
                    }
                    value += c;
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('"')) {
                    if (!value.trimmed().isEmpty())
                        return rowError(row,
                                        CsvText::tr("a quote in the middle of value %1; put the whole value "
                                                    "in quotes and double the quotes inside it.")
                                                .arg(record.values.size() + emptyValues + 1));
                    value.clear();
                    quoted = true;
                    ++i;
                } else if (c == QLatin1Char(',')) {
                    if (auto s = addValue(record, emptyValues, value); !s)
                        return s.error();
                    ++i;
                } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    ++i;
                    if (c == QLatin1Char('\r') && i < n && m_text.at(i) == QLatin1Char('\n'))
                        ++i;
                    endOfRecord = true;
                } else {
                    value += c;
                    ++i;
                }
            }
            if (quoted)
                return rowError(row, CsvText::tr("a quoted value is not closed before the end of the file."));
            if (auto s = addValue(record, emptyValues, value); !s)
                return s.error();
            // Empty values at the end are dropped (CsvRecord::value reads them
            // as empty), and blank records after the header are left out.
            if (records.isEmpty() || !isBlank(record.values)) {
                if (records.size() > m_limits.maxRows)  // the header and maxRows records are in
                    return Error{CsvText::tr("%1 has more than %L2 rows under its header. Split it into smaller "
                                             "files and import them one by one.")
                                         .arg(fileLabel(m_fileName))
                                         .arg(m_limits.maxRows),
                                 {},
                                 location(row)};
                records << std::move(record);
            }
            ++row;
        }
        return records;
    }

private:
    QString location(int row) const { return m_fileName.isEmpty() ? CsvText::tr("row %1").arg(row) : m_fileName; }

    Status addValue(CsvRecord &record, int &emptyValues, QString &value) const
    {
        if (value.isEmpty()) {
            ++emptyValues;
            return {};
        }
        if (record.values.size() + emptyValues + 1 > m_limits.maxColumns)
            return tooManyColumns(record.row);
        for (; emptyValues > 0; --emptyValues)
            record.values << QString();
        record.values << value;
        value.clear();
        return {};
    }

    Error tooManyColumns(int row) const
    {
        return Error{CsvText::tr("%1 has more than %L2 columns in row %3. Remove the columns that are not "
                                 "needed, and check that the values are separated by commas.")
                             .arg(fileLabel(m_fileName))
                             .arg(m_limits.maxColumns)
                             .arg(row),
                     {},
                     location(row)};
    }

    const QString &m_text;
    const CsvLimits &m_limits;
    const QString &m_fileName;
};

}  // namespace

int CsvTable::column(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits, const QString &fileName)
{
    if (bytes.size() > limits.maxBytes)
        return tooLarge(fileName, limits, fileName);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{CsvText::tr("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."), {}, {}};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto records = Splitter(text, limits, fileName).split();
    if (!records)
        return records.error();
    CsvTable table;
    QList<CsvRecord> all = std::move(records.value());
    if (all.isEmpty() || isBlank(all.first().values))
        return Error{CsvText::tr("The file is empty: its first row must name the columns."),
                     {},
                     CsvText::tr("row %1").arg(1)};
    for (const QString &name : all.first().values)
        table.header << name.trimmed();
    const qsizetype width = table.header.size();
    table.records.reserve(all.size() - 1);
    for (qsizetype r = 1; r < all.size(); ++r) {
        CsvRecord &record = all[r];
        // Spreadsheets drop empty cells at a row's end and sometimes add them.
        while (record.values.size() > width && record.values.last().trimmed().isEmpty())
            record.values.removeLast();
        if (record.values.size() > width)
            return rowError(record.row,
                            CsvText::tr("%1 values but the first row names only %2 columns.")
                                    .arg(record.values.size())
                                    .arg(width));
        table.records << std::move(record);
    }
    return table;
}

Result<QByteArray> readCsvBytes(const QString &path, const CsvLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{CsvText::tr("The CSV file “%1” cannot be read: %2").arg(name, file.errorString()), {}, shown};
    if (file.size() > limits.maxBytes)
        return tooLarge(name, limits, shown);
    // In pieces up to the limit: a pipe or a device has no size to check first.
    QByteArray bytes;
    bytes.reserve(qsizetype(file.size()));
    char piece[64 * 1024];
    qint64 n = 0;
    while ((n = file.read(piece, sizeof piece)) > 0) {
        if (bytes.size() + n > limits.maxBytes)
            return tooLarge(name, limits, shown);
        bytes.append(piece, qsizetype(n));
    }
    if (n < 0)
        return Error{CsvText::tr("The CSV file “%1” cannot be read: %2").arg(name, file.errorString()), {}, shown};
    return bytes;
}

}  // namespace care
