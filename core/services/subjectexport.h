#pragma once

#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace care {

class Clock;

// PDPA subject access: everything Care holds about one child — identity,
// enrollment, attendance, grades, guardians, household (opened), consent
// decisions, and the audit trail of who did and viewed what — as one JSON
// document. Audited as an export. The PDF rendering of the same document is
// in reports/ (it needs QtGui).
class SubjectExport {
public:
    SubjectExport(Database &db, const Clock &clock);

    Result<QJsonObject> collect(const Session &session, const QString &studentId);
    // Writes <dir>/<student>-subject-access.json through QSaveFile (0600).
    Result<QString> writeJson(const QJsonObject &document, const QString &directory) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
