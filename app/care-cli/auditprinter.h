#pragma once

#include "services/auditservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace care::cli {

// The output of `care-cli audit list`: a table in the current language
// (times in local time, Buddhist Era in Thai), or JSON as stored.
class AuditPrinter {
    Q_DECLARE_TR_FUNCTIONS(AuditPrinter)
public:
    static QString table(const QList<AuditEvent> &events);
    static QJsonArray json(const QList<AuditEvent> &events);
};

} // namespace care::cli
