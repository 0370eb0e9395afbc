#pragma once

#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace care {

class Clock;

struct RetentionCandidate {
    QString studentId;
    QString schoolId;
    QString status;    // left / graduated / ... (never "studying")
    QDate leftOn;      // end of the last academic year they were enrolled in
};

struct RetentionPlan {
    int yearsAfterLeaving = 5;  // setting "retention.years", default 5
    QDate cutOff;               // left on or before this date → anonymised
    QList<RetentionCandidate> candidates;
};

// PDPA retention: students who left school more than N years ago lose their
// identity (names, IDs, exact birth date, address, guardians, household
// details, sealed notes, attachments, and the identity in old change-log
// payloads); sex, birth year, school, enrollments, attendance, grades and
// later statistics stay, so aggregate counts do not change.
class RetentionService {
public:
    RetentionService(Database &db, const Clock &clock);

    Result<RetentionPlan> preview(const Session &session) const;
    // Anonymises the plan's students in one write (audited with the count).
    // Returns how many were anonymised. Administrator (run_retention) only.
    Result<int> run(const Session &session);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
