#pragma once

#include "security/accesscontrol.h"
#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace care {

class Clock;

struct AccessGrant {
    QString id;
    QString userId;
    QString userName;
    QString studentId;
    QString studentName;   // for the director's list (empty when not viewable)
    QString reason;
    QDateTime grantedAtUtc;
    QDateTime expiresAtUtc;
};

// Break-the-glass: a user opens one record outside their scope after giving
// a reason. The grant lasts "access.break_glass_hours" (setting, default 3),
// is audited with its reason, and is listed for the school's director.
class AccessGrantService {
public:
    AccessGrantService(Database &db, const Clock &clock);

    // The record id of the student `text` names (record id, national ID /
    // G-code or a student number unique in the municipality), in any
    // school: only for a session with the break_the_glass capability, whose
    // purpose is to open records outside its scope.
    Result<QString> findStudent(const Session &session, const QString &text) const;
    // Refused without a reason (at least 10 characters), without the
    // break_the_glass capability, or for a student already in scope. A
    // grant allows reading only (view and print), never a change.
    Result<AccessGrant> open(const Session &session, const QString &studentId, const QString &reason);
    // Director: grants on their school's students; administrator: all.
    Result<QList<AccessGrant>> list(const Session &session, const QDateTime &sinceUtc) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
