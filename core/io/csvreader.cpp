#include "io/csvreader.h"

#include <QCoreApplication>
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

bool isBlank(const QStringList &values)
{
    for (const QString &value : values)
        if (!value.trimmed().isEmpty())
            return false;
    return true;
}

// Splits the text into records of values; row numbers count records.
class Splitter {
public:
    explicit Splitter(const QString &text) : m_text(text) {}

    Result<QList<CsvRecord>> split()
    {
        QList<CsvRecord> records;
        int row = 1;
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            CsvRecord record{row, {}};
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
                                                    .arg(record.values.size() + 1));
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
                                                .arg(record.values.size() + 1));
                    value.clear();
                    quoted = true;
                    ++i;
                } else if (c == QLatin1Char(',')) {
                    record.values << value;
                    value.clear();
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
            record.values << value;
            records << record;
            ++row;
        }
        return records;
    }

private:
    const QString &m_text;
};

}  // namespace

int CsvTable::column(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Result<CsvTable> readCsv(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{CsvText::tr("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."), {}, {}};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto records = Splitter(text).split();
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
    for (qsizetype r = 1; r < all.size(); ++r) {
        CsvRecord &record = all[r];
        if (isBlank(record.values))
            continue;
        // Spreadsheets drop empty cells at a row's end and sometimes add them.
        while (record.values.size() > width && record.values.last().trimmed().isEmpty())
            record.values.removeLast();
        if (record.values.size() > width)
            return rowError(record.row,
                            CsvText::tr("%1 values but the first row names only %2 columns.")
                                    .arg(record.values.size())
                                    .arg(width));
        while (record.values.size() < width)
            record.values << QString();
        table.records << record;
    }
    return table;
}

}  // namespace care
