// AuditService::findStudent: the student an audit filter is about.
#include "services/auditservice.h"

#include "security/accesscontrol.h"
#include "services/studentdirectory.h"

namespace care {

Result<QString> AuditService::findStudent(const Session &session, const QString &text) const
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ViewAudit); !allowed)
        return allowed.error();
    // The students whose events list() shows this session.
    StudentListScope scope = StudentListScope::everyone();
    if (isSchoolRole(session.role())) {
        scope = StudentListScope::nobody();
        scope.rule = StudentListScope::Rule::School;
        scope.schoolId = session.schoolId();
    }
    auto ids = StudentDirectory::exactMatches(m_db, scope, session.schoolId(), text);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return StudentDirectory::notFound(text);
    if (ids->size() > 1)
        return StudentDirectory::ambiguous(text);
    return ids->first();
}

}  // namespace care
