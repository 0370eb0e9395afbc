#include "storage/retentionrepository.h"

#include "domain/enums.h"
#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }

Result<QList<QStringList>> rowsWhere(WriteScope &scope, const QString &sql, const QString &value, int columns)
{
    QSqlQuery q(scope.connection());
    q.prepare(sql);
    q.addBindValue(value);
    if (auto s = execStatement(q, QStringLiteral("read rows for retention")); !s)
        return s.error();
    QList<QStringList> rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i).toString();
        rows << row;
    }
    return rows;
}

} // namespace

Result<QList<ExpiredLeaver>> RetentionRepository::expiredLeavers(const QDate &cutOff) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.school_id, s.status, max(y.ends_on) AS left_on "
        "FROM student s JOIN enrollment e ON e.student_id = s.id "
        "JOIN academic_year y ON y.id = e.academic_year_id "
        "WHERE s.status <> ? AND s.anonymised_at IS NULL "
        "GROUP BY s.id HAVING max(y.ends_on) <= ? ORDER BY left_on, s.id"));
    q.addBindValue(code(StudentStatus::Studying));
    q.addBindValue(cutOff.toString(Qt::ISODate));
    if (auto s = execStatement(q, QStringLiteral("list expired leavers")); !s)
        return s.error();
    QList<ExpiredLeaver> leavers;
    while (q.next())
        leavers << ExpiredLeaver{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 dateFrom(q.value(3))};
    return leavers;
}

Result<QStringList> RetentionRepository::consentIds(WriteScope &scope, const QString &studentId)
{
    auto rows = rowsWhere(scope, QStringLiteral("SELECT id FROM consent WHERE student_id = ?"), studentId, 1);
    if (!rows)
        return rows.error();
    QStringList ids;
    for (const QStringList &row : rows.value())
        ids << row.first();
    return ids;
}

Status RetentionRepository::clearConsentDetails(WriteScope &scope, const QString &studentId)
{
    auto rows = rowsWhere(scope,
                          QStringLiteral("SELECT id, guardian_id, note, form_attachment_id FROM consent "
                                         "WHERE student_id = ?"),
                          studentId, 4);
    if (!rows)
        return rows.error();
    const QString table = QStringLiteral("consent");
    for (const QStringList &row : rows.value()) {
        TableRow before{table, row.at(0), {}};
        before.set(QStringLiteral("guardian_id"), row.at(1).isEmpty() ? nullText() : QVariant(row.at(1)))
            .set(QStringLiteral("note"), row.at(2))
            .set(QStringLiteral("form_attachment_id"), row.at(3).isEmpty() ? nullText() : QVariant(row.at(3)));
        TableRow after{table, row.at(0), {}};
        after.set(QStringLiteral("guardian_id"), nullText())
            .set(QStringLiteral("note"), QStringLiteral(""))
            .set(QStringLiteral("form_attachment_id"), nullText());
        if (auto s = updateRow(scope, before, after); !s)
            return s.error();
    }
    return {};
}

Status RetentionRepository::detachConsentFromGuardian(WriteScope &scope, const QString &guardianId)
{
    auto rows = rowsWhere(scope, QStringLiteral("SELECT id FROM consent WHERE guardian_id = ?"), guardianId, 1);
    if (!rows)
        return rows.error();
    for (const QStringList &row : rows.value()) {
        const TableRow before{QStringLiteral("consent"), row.first(), {{QStringLiteral("guardian_id"), guardianId}}};
        const TableRow after{QStringLiteral("consent"), row.first(), {{QStringLiteral("guardian_id"), nullText()}}};
        if (auto s = updateRow(scope, before, after); !s)
            return s.error();
    }
    return {};
}

Result<QStringList> RetentionRepository::removeAttachments(WriteScope &scope, const QString &studentId)
{
    auto rows = rowsWhere(scope, QStringLiteral("SELECT id FROM attachment WHERE student_id = ?"), studentId, 1);
    if (!rows)
        return rows.error();
    QStringList ids;
    for (const QStringList &row : rows.value()) {
        if (auto s = deleteRow(scope, QStringLiteral("attachment"), row.first()); !s)
            return s.error();
        ids << row.first();
    }
    return ids;
}

Result<bool> RetentionRepository::guardianLinked(WriteScope &scope, const QString &guardianId)
{
    auto rows = rowsWhere(scope, QStringLiteral("SELECT 1 FROM student_guardian WHERE guardian_id = ? LIMIT 1"),
                          guardianId, 1);
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<bool> RetentionRepository::exists(WriteScope &scope, const QString &table, const QString &id)
{
    auto rows = rowsWhere(scope, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), id, 1);
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Status RetentionRepository::markAnonymised(WriteScope &scope, const QString &studentId)
{
    const TableRow before{QStringLiteral("student"), studentId, {{QStringLiteral("anonymised_at"), nullText()}}};
    const TableRow after{QStringLiteral("student"), studentId, {{QStringLiteral("anonymised_at"), scope.now()}}};
    auto changed = updateRow(scope, before, after);
    if (!changed)
        return changed.error();
    return {};
}

} // namespace care
