#pragma once

#include "security/roles.h"
#include "storage/writescope.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace care {

// The signed-in user as core sees them: made only by AccountService on a
// successful sign-in (or by tests), never from a value a user typed. Every
// core service that touches a child's record takes the session and checks it
// through AccessControl before reading or writing.
class Session {
public:
    Session() = default;
    Session(QString userId, QString username, QString displayName, Role role, QString schoolId,
            QSet<QString> classroomIds, QDateTime signedInAtUtc);

    bool isValid() const { return !m_userId.isEmpty(); }
    const QString &userId() const { return m_userId; }
    const QString &username() const { return m_username; }
    const QString &displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    const QString &schoolId() const { return m_schoolId; }          // empty for admin and officer
    const QSet<QString> &classroomIds() const { return m_classroomIds; } // teacher / visitor assignments
    const QDateTime &signedInAtUtc() const { return m_signedInAt; }

    // The audit/change-log identity of this user's writes.
    Actor actor() const;

private:
    QString m_userId;
    QString m_username;
    QString m_displayName;
    Role m_role = Role::Teacher;
    QString m_schoolId;
    QSet<QString> m_classroomIds;
    QDateTime m_signedInAt;
};

} // namespace care
