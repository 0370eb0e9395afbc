#include "storage/screeningrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace care {

struct ScreeningStorageText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningStorageText)
};

namespace {

const QString kColumns = QStringLiteral(
        "r.id, r.student_id, r.instrument_id, r.instrument_version, r.respondent, r.screened_on, r.band_set, "
        "r.content, "
        "r.summary, r.entered_by, coalesce(u.display_name, ''), r.created_at, r.updated_at, r.deleted_at");
const QString kFrom = QStringLiteral(" FROM screening_result r LEFT JOIN app_user u ON u.id = r.entered_by ");
const QString kNewestFirst = QStringLiteral(" ORDER BY r.screened_on DESC, r.created_at DESC, r.id DESC");

ScreeningResultRow rowFromQuery(const QSqlQuery &q)
{
    ScreeningResultRow row;
    row.id = q.value(0).toString();
    row.studentId = q.value(1).toString();
    row.instrumentId = q.value(2).toString();
    row.instrumentVersion = q.value(3).toString();
    row.respondent = q.value(4).toString();
    row.screenedOn = dateFrom(q.value(5));
    row.bandSet = q.value(6).toString();
    row.sealedContent = q.value(7).toString();
    row.sealedSummary = q.value(8).toString();
    row.enteredBy = q.value(9).toString();
    row.enteredByName = q.value(10).toString();
    row.createdAt = q.value(11).toString();
    row.updatedAt = q.value(12).toString();
    row.deletedAt = q.value(13).toString();
    return row;
}

Result<QList<ScreeningResultRow>> allRows(QSqlQuery &q, const QString &what)
{
    if (auto s = execStatement(q, what); !s)
        return s.error();
    QList<ScreeningResultRow> rows;
    while (q.next())
        rows << rowFromQuery(q);
    return rows;
}

// The columns an edit may change (never the student, the instrument or who entered it).
TableRow editableRow(const ScreeningResultRow &row)
{
    TableRow table{QStringLiteral("screening_result"), row.id, {}};
    table.set(QStringLiteral("instrument_version"), row.instrumentVersion)
            .set(QStringLiteral("respondent"), row.respondent)
            .set(QStringLiteral("screened_on"), dateValue(row.screenedOn))
            .set(QStringLiteral("band_set"), row.bandSet)
            .set(QStringLiteral("content"), row.sealedContent)
            .set(QStringLiteral("summary"), row.sealedSummary);
    return table;
}

TableRow stampRow(const QString &id, const QString &updatedAt, const QVariant &deletedAt)
{
    TableRow table{QStringLiteral("screening_result"), id, {}};
    table.set(QStringLiteral("updated_at"), updatedAt).set(QStringLiteral("deleted_at"), deletedAt);
    return table;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Error damagedSummary(const QString &entry)
{
    return Error{ScreeningStorageText::tr("A stored screening summary is damaged at “%1”.").arg(entry), {}, {}};
}

}  // namespace

QString formatScreeningSummary(const ScreeningSummary &summary)
{
    QStringList keys = summary.scores.keys();
    for (const QString &key : summary.bands.keys())
        if (!keys.contains(key))
            keys << key;
    keys.sort();
    QStringList entries;
    for (const QString &key : keys) {
        const std::optional<int> score = summary.scores.value(key);
        const std::optional<QString> band = summary.bands.value(key);
        entries << QStringLiteral("%1=%2:%3")
                           .arg(key, score ? QString::number(*score) : QStringLiteral("-"),
                                band && !band->isEmpty() ? *band : QStringLiteral("-"));
    }
    return entries.join(QLatin1Char(';'));
}

Result<ScreeningSummary> parseScreeningSummary(const QString &text)
{
    static const QRegularExpression entryPattern(QStringLiteral("^([a-z0-9_]+)=(-|-?[0-9]{1,6}):(-|[a-z0-9_]+)$"));
    ScreeningSummary summary;
    if (text.isEmpty())
        return summary;
    for (const QString &entry : text.split(QLatin1Char(';'))) {
        const QRegularExpressionMatch match = entryPattern.match(entry);
        if (!match.hasMatch())
            return damagedSummary(entry);
        const QString key = match.captured(1);
        if (summary.scores.contains(key))
            return damagedSummary(entry);
        const QString score = match.captured(2);
        const QString band = match.captured(3);
        summary.scores.insert(key, score == QLatin1String("-") ? std::nullopt : std::optional<int>(score.toInt()));
        summary.bands.insert(key, band == QLatin1String("-") ? std::nullopt : std::optional<QString>(band));
    }
    return summary;
}

SealContext ScreeningRepository::contentContext(const QString &resultId)
{
    return SealContext{QStringLiteral("screening_result"), QStringLiteral("content"), resultId};
}

SealContext ScreeningRepository::summaryContext(const QString &resultId)
{
    return SealContext{QStringLiteral("screening_result"), QStringLiteral("summary"), resultId};
}

Status ScreeningRepository::insert(WriteScope &scope, const ScreeningResultRow &row)
{
    TableRow table = editableRow(row);
    table.set(QStringLiteral("student_id"), row.studentId)
            .set(QStringLiteral("instrument_id"), row.instrumentId)
            .set(QStringLiteral("entered_by"), row.enteredBy)
            .set(QStringLiteral("created_at"), row.createdAt)
            .set(QStringLiteral("updated_at"), row.updatedAt)
            .set(QStringLiteral("deleted_at"), nullableText(row.deletedAt));
    return insertRow(scope, table);
}

Result<int> ScreeningRepository::update(WriteScope &scope, const ScreeningResultRow &before,
                                        const ScreeningResultRow &after)
{
    auto changed = updateRow(scope, editableRow(before), editableRow(after));
    if (!changed || changed.value() == 0)
        return changed;
    TableRow stampBefore{QStringLiteral("screening_result"), before.id, {}};
    stampBefore.set(QStringLiteral("updated_at"), before.updatedAt);
    TableRow stampAfter{QStringLiteral("screening_result"), before.id, {}};
    stampAfter.set(QStringLiteral("updated_at"), after.updatedAt);
    if (auto stamped = updateRow(scope, stampBefore, stampAfter); !stamped)
        return stamped.error();
    return changed;
}

Status ScreeningRepository::softDelete(WriteScope &scope, const ScreeningResultRow &row)
{
    const QString now = scope.now();
    auto changed = updateRow(scope, stampRow(row.id, row.updatedAt, nullableText(row.deletedAt)),
                             stampRow(row.id, now, now));
    if (!changed)
        return changed.error();
    return {};
}

Status ScreeningRepository::removeForStudent(WriteScope &scope, const QString &studentId)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("SELECT id FROM screening_result WHERE student_id = ?"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list screening results")); !s)
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids)
        if (auto s = deleteRow(scope, QStringLiteral("screening_result"), id); !s)
            return s;
    return {};
}

Result<std::optional<ScreeningResultRow>> ScreeningRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    auto rows = allRows(q, QStringLiteral("read screening result"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ScreeningResultRow>();
    return std::optional<ScreeningResultRow>(rows->first());
}

Result<QList<ScreeningResultRow>> ScreeningRepository::forStudent(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
              + QStringLiteral("WHERE r.student_id = ? AND r.deleted_at IS NULL") + kNewestFirst);
    q.addBindValue(studentId);
    return allRows(q, QStringLiteral("list screening results"));
}

Result<std::optional<ScreeningResultRow>>
ScreeningRepository::onDate(const QString &studentId, const QString &instrumentId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
              + QStringLiteral("WHERE r.student_id = ? AND r.instrument_id = ? AND r.screened_on = ? "
                               "AND r.deleted_at IS NULL")
              + kNewestFirst + QStringLiteral(" LIMIT 1"));
    q.addBindValue(studentId);
    q.addBindValue(instrumentId);
    q.addBindValue(dateValue(date));
    auto rows = allRows(q, QStringLiteral("read screening result"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ScreeningResultRow>();
    return std::optional<ScreeningResultRow>(rows->first());
}

Result<QList<ScreeningResultRow>>
ScreeningRepository::forClassroom(const QString &classroomId, const QString &instrumentId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
              + QStringLiteral("JOIN enrollment e ON e.student_id = r.student_id "
                               "WHERE e.classroom_id = ? AND r.instrument_id = ? AND r.screened_on = ? "
                               "AND r.deleted_at IS NULL")
              + kNewestFirst);
    q.addBindValue(classroomId);
    q.addBindValue(instrumentId);
    q.addBindValue(dateValue(date));
    return allRows(q, QStringLiteral("list class screening results"));
}

Result<QList<StoredScreeningSummary>>
ScreeningRepository::summaries(const QSqlDatabase &connection, const FieldCipher &cipher, const QString &studentId)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT r.id, r.instrument_id, r.instrument_version, r.respondent, r.screened_on, "
                             "r.band_set, r.summary FROM screening_result r "
                             "WHERE r.student_id = ? AND r.deleted_at IS NULL")
              + kNewestFirst);
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("read screening summaries")); !s)
        return s.error();
    QList<StoredScreeningSummary> list;
    while (q.next()) {
        StoredScreeningSummary item{q.value(0).toString(),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    dateFrom(q.value(4)),
                                    q.value(5).toString(),
                                    {}};
        auto plain = cipher.openText(q.value(6).toString(), summaryContext(item.resultId));
        if (!plain)
            return plain.error();
        auto parsed = parseScreeningSummary(plain.value());
        if (!parsed)
            return parsed.error();
        item.summary = parsed.value();
        list << item;
    }
    return list;
}

}  // namespace care
