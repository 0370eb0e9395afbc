#include "services/studentservice.h"

#include "domain/validation.h"
#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/studentfamilywrites.h"
#include "services/studentwrites.h"
#include "services/subjectredaction.h"
#include "storage/indicatorrepository.h"
#include "storage/riskrepository.h"
#include "storage/schoolrepository.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct StudentServiceText {
    Q_DECLARE_TR_FUNCTIONS(StudentServiceText)
};

using studentfamily::guardiansDiffer;
using studentfamily::householdDiffers;
using studentfamily::storeHousehold;
using studentfamily::writeGuardians;
using studentwrites::auditSections;
using studentwrites::grantReason;

StudentService::StudentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<Error> StudentService::validate(const StudentRecord &record) const
{
    Student s = record.student;
    s.citizenId = normalizeCitizenId(s.citizenId);
    QList<Error> errors = validateStudent(s, m_clock.today());
    const bool idValid = std::none_of(errors.begin(), errors.end(),
                                      [](const Error &e) { return e.field == QLatin1String("citizenId"); });
    if (!s.citizenId.isEmpty() && idValid) {
        StudentRepository repo(m_db);
        auto taken = repo.citizenIdTaken(s.citizenId, s.id);
        if (!taken)
            errors << taken.error();
        else if (taken.value())
            errors << Error{StudentServiceText::tr("Another student already has this ID number."),
                            QStringLiteral("citizenId"), {}};
    }
    if (record.household)
        errors << validateHousehold(*record.household);
    for (int i = 0; i < record.guardians.size(); ++i)
        for (Error e : validateGuardian(record.guardians.at(i).guardian)) {
            e.location = StudentServiceText::tr("guardian %1").arg(i + 1);
            errors << e;
        }
    return errors;
}

Result<QString> StudentService::create(StudentRecord record, const Session &session)
{
    const AccessControl access(m_db, m_clock);
    Student &s = record.student;
    const bool withFamily = record.household || !record.guardians.isEmpty();
    if (auto allowed = access.checkSchool(session, Action::Create, Section::Identity, s.schoolId); !allowed)
        return allowed.error();
    if (withFamily)
        if (auto allowed = access.checkSchool(session, Action::Create, Section::Family, s.schoolId); !allowed)
            return allowed.error();
    if (const QList<Error> errors = validate(record); !errors.isEmpty())
        return errors.first();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (s.id.isEmpty())
        s.id = scope.makeId();
    else if (!isUuid(s.id))
        return Error{StudentServiceText::tr("The student's record id is not valid."), {}, s.id};
    s.citizenId = normalizeCitizenId(s.citizenId);
    s.createdAt = s.updatedAt = m_clock.nowUtc();
    StudentRepository repo(m_db);
    s.householdId.clear();
    if (record.household) {
        if (auto st = storeHousehold(scope, repo, *record.household); !st)
            return st.error();
        s.householdId = record.household->id;
        // Siblings already living there see a changed household at once.
        if (auto st = RiskService::recomputeHouseholdIn(scope, s.householdId); !st)
            return st.error();
    }
    if (auto st = StudentRepository::insert(scope, s); !st)
        return st.error();
    if (auto st = writeGuardians(scope, repo, s.id, record.guardians); !st)
        return st.error();
    if (!record.classroomId.isEmpty()) {
        auto classroom = SchoolRepository(m_db).classroom(record.classroomId);
        if (!classroom)
            return Error{classroom.error().message, QStringLiteral("classroomId"), {}};
        // Enrolling elsewhere would put the child in another school's classes.
        if (classroom->schoolId != s.schoolId)
            return Error{StudentServiceText::tr("The classroom belongs to another school than the student's."),
                         QStringLiteral("classroomId"), {}};
        Enrollment e{scope.makeId(), s.id, record.classroomId, classroom->academicYearId, record.classNumber};
        if (auto st = StudentRepository::insert(scope, e); !st)
            return st.error();
    }
    QList<Section> sections{Section::Identity};
    if (withFamily)
        sections << Section::Family;
    if (auto st = auditSections(scope, QStringLiteral("create"), s.id, sections, {}); !st)
        return st.error();
    if (auto st = scope.commit(); !st)
        return st.error();
    return s.id;
}

Status StudentService::update(const StudentRecord &record, const Session &session)
{
    const AccessControl access(m_db, m_clock);
    const QString id = record.student.id;
    const auto identityUpdate = access.check(session, Action::Update, Section::Identity, id);
    const auto familyUpdate = access.check(session, Action::Update, Section::Family, id);
    if (!identityUpdate && !familyUpdate)
        return identityUpdate.error();
    if (const QList<Error> errors = validate(record); !errors.isEmpty())
        return errors.first();
    StudentRepository repo(m_db);
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto before = repo.student(id);
    if (!before)
        return before.error();

    // A session that may not see the family and sends none leaves it alone.
    const bool familyGiven = record.household || !record.guardians.isEmpty();
    const bool touchFamily = familyGiven || access.check(session, Action::View, Section::Family, id).ok();
    std::optional<Household> storedHousehold;
    bool householdChanges = false;
    bool guardiansChange = false;
    if (touchFamily) {
        if (record.household) {
            auto stored = repo.household(before->householdId);
            if (!stored)
                return stored.error();
            storedHousehold = stored.value();
            householdChanges = householdDiffers(storedHousehold, *record.household);
        }
        auto links = repo.guardians(id);
        if (!links)
            return links.error();
        guardiansChange = guardiansDiffer(links.value(), record.guardians);
    }
    Student after = record.student;
    after.citizenId = normalizeCitizenId(after.citizenId);
    after.householdId = before->householdId;
    after.createdAt = before->createdAt;
    after.updatedAt = before->updatedAt;
    const bool identityChanges = !(after == before.value());

    if (identityChanges && !identityUpdate)
        return identityUpdate.error();
    if (identityChanges && after.schoolId != before->schoolId)
        if (auto allowed = access.checkSchool(session, Action::Update, Section::Identity, after.schoolId); !allowed)
            return allowed;
    if ((householdChanges || guardiansChange) && !familyUpdate)
        return familyUpdate.error();
    if (!identityChanges && !householdChanges && !guardiansChange)
        return {};  // nothing to save

    if (householdChanges) {
        Household h = *record.household;
        h.id = storedHousehold ? storedHousehold->id : QString();
        if (storedHousehold) {
            if (auto st = StudentRepository::update(scope, *storedHousehold, h); !st)
                return st.error();
        } else if (auto st = storeHousehold(scope, repo, h); !st) {
            return st;
        }
        after.householdId = h.id;
    }
    if (auto changed = StudentRepository::update(scope, before.value(), after); !changed)
        return changed.error();
    if (guardiansChange)
        if (auto st = writeGuardians(scope, repo, id, record.guardians); !st)
            return st;
    // Everybody living in a changed household is judged again in this write.
    if (householdChanges)
        if (auto st = RiskService::recomputeHouseholdIn(scope, after.householdId); !st)
            return st;
    QList<Section> sections;
    if (identityChanges)
        sections << Section::Identity;
    if (householdChanges || guardiansChange)
        sections << Section::Family;
    if (auto st = auditSections(scope, QStringLiteral("update"), id, sections,
                                grantReason({&identityUpdate, &familyUpdate}));
        !st)
        return st;
    return scope.commit();
}

Status StudentService::remove(const QString &studentId, const Session &session)
{
    const auto allowed = AccessControl(m_db, m_clock).check(session, Action::Delete, Section::Identity, studentId);
    if (!allowed)
        return allowed.error();
    StudentRepository repo(m_db);
    SubjectRedaction redaction(m_db);
    if (auto st = redaction.eraseFreedContent(); !st)
        return st;
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto st = redaction.begin(scope); !st)
        return st;
    auto student = repo.student(studentId);
    if (!student)
        return student.error();
    auto links = repo.guardians(studentId);
    if (!links)
        return links.error();
    if (auto st = studentwrites::deleteStudent(scope, student.value(), links.value()); !st)
        return st;
    // The deleted rows' old values leave the change log and the search index too.
    if (auto st = redaction.finish(scope, QStringLiteral("delete")); !st)
        return st;
    if (auto st = auditSections(scope, QStringLiteral("delete"), studentId, {Section::Identity}, allowed->reason); !st)
        return st;
    if (auto st = scope.commit(); !st)
        return st;
    redaction.checkpoint();
    return {};
}

} // namespace care
