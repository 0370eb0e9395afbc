#include "services/studentwrites.h"

#include "storage/indicatorrepository.h"
#include "storage/riskrepository.h"
#include "storage/screeningrepository.h"
#include "storage/studentrepository.h"

namespace care::studentwrites {

Status auditSections(WriteScope &scope, const QString &action, const QString &studentId, const QList<Section> &sections,
                     const QString &reason, const QString &summary)
{
    for (Section section : sections)
        if (auto s = scope.audit(action, QStringLiteral("student"), studentId, code(section), summary, reason); !s)
            return s;
    return {};
}

QString grantReason(const QList<const Result<AccessDecision> *> &decisions)
{
    for (const Result<AccessDecision> *decision : decisions)
        if (decision->ok() && !decision->value().reason.isEmpty())
            return decision->value().reason;
    return {};
}

Status deleteStudent(WriteScope &scope, const Student &student, const QList<GuardianLink> &links)
{
    const QString &studentId = student.id;
    if (auto st = IndicatorRepository::removeForStudent(scope, studentId); !st)
        return st;
    if (auto st = ScreeningRepository::removeForStudent(scope, studentId); !st)
        return st;
    if (auto st = RiskRepository::removeForStudent(scope, studentId); !st)
        return st;
    if (auto st = StudentRepository::removeTermRecords(scope, studentId); !st)
        return st;
    if (auto st = StudentRepository::removeEnrollments(scope, studentId); !st)
        return st;
    for (const GuardianLink &link : links)
        if (auto st = StudentRepository::unlink(scope, studentId, link.guardian.id); !st)
            return st;
    if (auto st = StudentRepository::remove(scope, student); !st)
        return st;
    for (const GuardianLink &link : links)
        if (auto st = StudentRepository::removeGuardianIfUnlinked(scope, link.guardian.id); !st)
            return st;
    return StudentRepository::removeHouseholdIfUnused(scope, student.householdId);
}

}  // namespace care::studentwrites
