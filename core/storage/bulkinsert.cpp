#include "storage/bulkinsert.h"

#include "storage/bulksession.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace care {

struct BulkInsertText {
    Q_DECLARE_TR_FUNCTIONS(BulkInsertText)
};

namespace {

// SQLite (3.32 and later) takes up to 32766 parameters per statement. A few
// hundred rows per statement is the sweet spot: each statement also flushes
// the student search index once, but preparing a longer one costs more than
// it saves.
constexpr int kMostParameters = 32766;
constexpr int kMostRows = 256;

const QStringList &changeLogColumns()
{
    static const QStringList columns{QStringLiteral("change_id"), QStringLiteral("entity"),
                                     QStringLiteral("entity_id"), QStringLiteral("operation"),
                                     QStringLiteral("payload"), QStringLiteral("hlc")};
    return columns;
}

QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// One table's change-log rows: entity and operation are the same for all of
// them (so they are part of the statement, not bound); the payload is bound
// as UTF-8 bytes and stored as text, with no UTF-16 round trip for the
// longest value of every change.
QStringList changeLogPlaceholders(const QString &table)
{
    return {QStringLiteral("?"), sqlText(table), QStringLiteral("?"),
            sqlText(changeOperationCode(ChangeOperation::Insert)), QStringLiteral("CAST(? AS TEXT)"),
            QStringLiteral("?")};
}

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    // Most values (ids, dates, sealed base64) need no escape: copy them whole.
    if (std::all_of(text.cbegin(), text.cend(),
                    [](QChar c) { return c.unicode() >= 0x20 && c != u'"' && c != u'\\'; })) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            out += c;
            continue;
        }
        out += QLatin1Char('\\');
        switch (u) {
        case u'"': out += QLatin1Char('"'); break;
        case u'\\': out += QLatin1Char('\\'); break;
        case u'\b': out += QLatin1Char('b'); break;
        case u'\f': out += QLatin1Char('f'); break;
        case u'\n': out += QLatin1Char('n'); break;
        case u'\r': out += QLatin1Char('r'); break;
        case u'\t': out += QLatin1Char('t'); break;
        default: out += QStringLiteral("u%1").arg(int(u), 4, 16, QLatin1Char('0')); break;
        }
    }
    out += QLatin1Char('"');
}

void appendJsonValue(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += QLatin1String("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        out += std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest) : QStringLiteral("null");
        return;
    }
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QMetaType::QByteArray:
        appendJsonString(out, QString::fromLatin1(value.toByteArray().toBase64()));
        return;
    default:
        appendJsonString(out, value.toString());
        return;
    }
}

} // namespace

QString BulkInsert::payload(const TableRow &row, IdColumn idColumn)
{
    QList<const std::pair<QString, QVariant> *> fields;
    fields.reserve(row.columns.size());
    for (const auto &field : row.columns)
        if (field.first != QLatin1String("sort_key"))
            fields << &field;
    const std::pair<QString, QVariant> id{QStringLiteral("id"), row.id};
    if (idColumn == IdColumn::Yes)
        fields << &id;
    // QJsonObject keeps its keys sorted.
    std::sort(fields.begin(), fields.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    QString out;
    out.reserve(64 + 32 * fields.size());
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(out, fields.at(i)->first);
        out += QLatin1Char(':');
        appendJsonValue(out, fields.at(i)->second);
    }
    out += QLatin1Char('}');
    return out;
}

BulkInsert::BulkInsert(WriteScope &scope, BulkSession *session, int mostRowsWaiting)
    : m_scope(scope), m_session(session), m_mostWaiting(std::max(1, mostRowsWaiting))
{
}

void BulkInsert::setTableOrder(const QStringList &tables)
{
    for (const QString &name : tables)
        if (std::none_of(m_tables.begin(), m_tables.end(), [&](const Table &t) { return t.name == name; }))
            m_tables.append(Table{name, {}, {}, {}, {}});  // columns come with the first row
}

BulkRow BulkInsert::prepare(const TableRow &row, IdColumn idColumn)
{
    BulkRow out{row.table, row.id, {}, {}, payload(row, idColumn).toUtf8()};
    out.columns.reserve(row.columns.size() + 1);
    out.values.reserve(row.columns.size() + 1);
    if (idColumn == IdColumn::Yes) {
        out.columns << QStringLiteral("id");
        out.values << row.id;
    }
    for (const auto &[column, value] : row.columns) {
        out.columns << column;
        out.values << value;
    }
    // Rows of one table share one column list, so add() compares a pointer,
    // not every name.
    thread_local QHash<QString, QStringList> knownColumns;
    QStringList &known = knownColumns[row.table];
    if (known == out.columns)
        out.columns = known;
    else
        known = out.columns;
    return out;
}

Status BulkInsert::add(BulkRow row)
{
    auto table = std::find_if(m_tables.begin(), m_tables.end(), [&](const Table &t) { return t.name == row.table; });
    if (table == m_tables.end()) {
        m_tables.append(Table{row.table, row.columns, {}, {}, {}});
        table = m_tables.end() - 1;
    } else if (table->columns.isEmpty()) {
        table->columns = row.columns;
    } else if (table->columns != row.columns) {
        return Error{BulkInsertText::tr("The rows to save do not all have the same fields."), {}, row.table};
    }
    table->rows.append(std::move(row.values));
    table->ids.append(std::move(row.id));
    table->payloads.append(std::move(row.payload));
    if (++m_waiting >= m_mostWaiting)
        return flush();
    return {};
}

Status BulkInsert::flush()
{
    for (Table &table : m_tables)
        if (auto s = writeTable(table); !s)
            return s;
    m_waiting = 0;
    return {};
}

Status BulkInsert::writeTable(Table &table)
{
    if (table.rows.isEmpty())
        return {};
    const QStringList placeholders(table.columns.size(), QStringLiteral("?"));
    const auto bindRow = [&](QSqlQuery &q, qsizetype row, int &parameter) {
        for (const QVariant &value : std::as_const(table.rows.at(row)))
            q.bindValue(parameter++, value);
    };
    if (auto s = write(table.name, table.columns, placeholders, table.rows.size(), bindRow,
                       QStringLiteral("insert into %1").arg(table.name));
        !s)
        return s;
    // Stamped now, in the order the rows were written.
    const auto bindChange = [&](QSqlQuery &q, qsizetype row, int &parameter) {
        const ChangeStamp stamp = m_scope.stampChange();
        q.bindValue(parameter++, stamp.changeId);
        q.bindValue(parameter++, table.ids.at(row));
        q.bindValue(parameter++, table.payloads.at(row));
        q.bindValue(parameter++, stamp.hlc);
    };
    const Status logged = write(QStringLiteral("change_log"), changeLogColumns(), changeLogPlaceholders(table.name),
                                table.rows.size(), bindChange, QStringLiteral("record change"));
    table.rows.clear();
    table.ids.clear();
    table.payloads.clear();
    return logged;
}

Status BulkInsert::write(const QString &table, const QStringList &columns, const QStringList &placeholders,
                         qsizetype rowCount, const RowBinder &bindRow, const QString &what)
{
    // Chunks of a power of two rows: few distinct statements to prepare.
    int mostRows = 1;
    while (mostRows < kMostRows && mostRows * 2 * columns.size() <= kMostParameters)
        mostRows *= 2;
    qsizetype next = 0;
    while (next < rowCount) {
        int chunk = mostRows;
        while (chunk > rowCount - next)
            chunk /= 2;
        auto prepared = statement(table, columns, placeholders, chunk);
        if (!prepared)
            return prepared.error();
        QSqlQuery &q = *prepared.value();
        int parameter = 0;
        for (int r = 0; r < chunk; ++r)
            bindRow(q, next + r, parameter);
        if (!q.exec())
            return storageError(q, what);
        next += chunk;
    }
    return {};
}

Result<QSqlQuery *> BulkInsert::statement(const QString &table, const QStringList &columns,
                                          const QStringList &placeholders, int rowCount)
{
    if (m_session)
        return m_session->insert(table, columns, placeholders, rowCount);
    const QString oneRow = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                            .arg(table, columns.join(QLatin1Char(',')),
                                 QStringList(rowCount, oneRow).join(QLatin1Char(',')));
    return m_scope.prepared(sql);
}

} // namespace care
