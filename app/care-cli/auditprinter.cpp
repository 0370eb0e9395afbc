#include "auditprinter.h"

#include "texttable.h"

#include "locale/dates.h"
#include "util/clock.h"

#include <QJsonObject>

namespace care::cli {
namespace {

const QString kNone = QStringLiteral("-");

QString orNone(const QString &text) { return text.isEmpty() ? kNone : text; }

} // namespace

QString AuditPrinter::table(const QList<AuditEvent> &events)
{
    TextTable table;
    table.setHeader({tr("#"), tr("Time"), tr("User"), tr("Action"), tr("Section"), tr("Record"), tr("Summary"),
                     tr("Reason")});
    for (const AuditEvent &event : events) {
        const QDateTime at = fromStoredTimestamp(event.at);
        const QString record = event.entity.isEmpty() ? kNone : event.entity + QLatin1Char(' ') + event.entityId;
        table.addRow({QString::number(event.seq), at.isValid() ? formatDateTime(at) : event.at,
                      orNone(event.actorName), event.action, orNone(event.section), record, orNone(event.summary),
                      orNone(event.reason)});
    }
    return table.render();
}

QJsonArray AuditPrinter::json(const QList<AuditEvent> &events)
{
    QJsonArray array;
    for (const AuditEvent &event : events) {
        QJsonObject object;
        object.insert(QStringLiteral("seq"), event.seq);
        object.insert(QStringLiteral("id"), event.id);
        object.insert(QStringLiteral("at"), event.at);
        object.insert(QStringLiteral("actorId"), event.actorId);
        object.insert(QStringLiteral("actorName"), event.actorName);
        object.insert(QStringLiteral("action"), event.action);
        object.insert(QStringLiteral("entity"), event.entity);
        object.insert(QStringLiteral("entityId"), event.entityId);
        object.insert(QStringLiteral("section"), event.section);
        object.insert(QStringLiteral("summary"), event.summary);
        object.insert(QStringLiteral("reason"), event.reason);
        array.append(object);
    }
    return array;
}

} // namespace care::cli
