// Set-up of a file migrated from schema 2: its household circumstances and
// their change-log history are still plain JSON until the database key exists.
#include "storage/studentrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace care {
namespace {

const QString kColumn = QStringLiteral("circumstances");

Status sealRows(WriteScope &scope, const FieldCipher &cipher)
{
    QSqlQuery q(scope.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, circumstances FROM household "
                               "WHERE circumstances <> '' AND substr(circumstances, 1, 3) <> 's1:'")))
        return storageError(q, QStringLiteral("find unprotected households"));
    QList<std::pair<QString, QString>> plain;
    while (q.next())
        plain.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[id, json] : plain) {
        // Through the entity, so the sealed JSON has exactly the form new rows get.
        Household h;
        h.id = id;
        if (auto s = applyCircumstancesJson(h, json); !s)
            return s;
        const QString sealed = cipher.sealText(circumstancesJson(h), circumstancesContext(id));
        const TableRow before{QStringLiteral("household"), id, {{kColumn, json}}};
        const TableRow after{QStringLiteral("household"), id, {{kColumn, sealed}}};
        if (auto s = updateRow(scope, before, after); !s)
            return s.error();
    }
    return {};
}

// Old change-log entries of households carry income, arrangement and notes
// as plain fields: they become one sealed "circumstances" field.
Status sealChangeLog(WriteScope &scope, const FieldCipher &cipher)
{
    static const QStringList oldFields{QStringLiteral("monthly_income"), QStringLiteral("living_arrangement"),
                                       QStringLiteral("notes")};
    QSqlQuery q(scope.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, entity_id, payload FROM change_log WHERE entity = 'household' AND "
                               "(json_type(payload, '$.monthly_income') IS NOT NULL OR "
                               " json_type(payload, '$.living_arrangement') IS NOT NULL OR "
                               " json_type(payload, '$.notes') IS NOT NULL)")))
        return storageError(q, QStringLiteral("find unprotected change-log entries"));
    struct Entry {
        qint64 seq;
        QString id;
        QByteArray payload;
    };
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8()});
    q.finish();
    QSqlQuery update(scope.connection());
    update.prepare(QStringLiteral("UPDATE change_log SET payload = ? WHERE seq = ?"));
    for (const Entry &e : entries) {
        QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
        QJsonObject circumstances;
        for (const QString &field : oldFields)
            if (payload.contains(field))
                circumstances.insert(field, payload.take(field));
        const QString json = QString::fromUtf8(QJsonDocument(circumstances).toJson(QJsonDocument::Compact));
        payload.insert(kColumn, cipher.sealText(json, circumstancesContext(e.id)));
        update.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        update.addBindValue(e.seq);
        if (auto s = execStatement(update, QStringLiteral("protect change-log entry")); !s)
            return s;
    }
    return {};
}

} // namespace

Status StudentRepository::sealPlainHouseholds(WriteScope &scope, const FieldCipher &cipher)
{
    if (auto s = sealRows(scope, cipher); !s)
        return s;
    return sealChangeLog(scope, cipher);
}

} // namespace care
