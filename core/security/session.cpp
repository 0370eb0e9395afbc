#include "security/session.h"

namespace care {

Session::Session(QString userId, QString username, QString displayName, Role role, QString schoolId,
                 QSet<QString> classroomIds, QDateTime signedInAtUtc)
    : m_userId(std::move(userId)), m_username(std::move(username)), m_displayName(std::move(displayName)),
      m_role(role), m_schoolId(std::move(schoolId)), m_classroomIds(std::move(classroomIds)),
      m_signedInAt(std::move(signedInAtUtc))
{
}

Actor Session::actor() const
{
    return Actor{m_userId, m_displayName.isEmpty() ? m_username : m_displayName};
}

} // namespace care
