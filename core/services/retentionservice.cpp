#include "services/retentionservice.h"

#include "security/accesscontrol.h"
#include "services/privacysettings.h"
#include "services/subjectredaction.h"
#include "storage/retentionrepository.h"
#include "storage/studentrepository.h"
#include "util/clock.h"

#include <QJsonValue>

namespace care {

namespace {

// The identity a student keeps after anonymisation: sex, birth year, school,
// status and the area of the address (for statistics by district).
Student anonymised(const Student &s)
{
    Student a = s;
    a.idKind = IdKind::None;
    a.citizenId.clear();
    a.studentNumber.clear();
    a.prefix.clear();
    a.firstNameTh.clear();
    a.lastNameTh.clear();
    a.firstNameEn.clear();
    a.lastNameEn.clear();
    a.nickname.clear();
    if (s.birthDate.isValid())
        a.birthDate = QDate(s.birthDate.year(), 7, 1);
    a.address.houseNumber.clear();
    a.address.villageNumber.clear();
    a.address.community.clear();
    a.address.road.clear();
    a.householdId.clear();
    return a;
}

// The same fields in old change-log payloads, by column name.
QJsonObject studentReplacements(const Student &a)
{
    QJsonObject fields;
    for (const char *column : {"citizen_id", "student_number", "prefix", "first_name_th", "last_name_th",
                               "first_name_en", "last_name_en", "nickname", "house_number", "village_number",
                               "community", "road"})
        fields.insert(QLatin1String(column), QStringLiteral(""));
    fields.insert(QStringLiteral("id_kind"), code(IdKind::None));
    fields.insert(QStringLiteral("birth_date"), a.birthDate.toString(Qt::ISODate));
    fields.insert(QStringLiteral("household_id"), QJsonValue::Null);
    return fields;
}

// Records this removes entirely (attachments, guardian links, a guardian or
// household nobody else has) lose their old change-log payloads whole
// through their tombstones; the ones that stay lose the identifying fields.
Status anonymiseStudent(WriteScope &scope, const QString &studentId, SubjectRedaction &redaction)
{
    using Repo = RetentionRepository;
    StudentRepository students(scope.database());
    auto before = students.student(studentId);
    if (!before)
        return before.error();
    auto links = students.guardians(studentId);
    if (!links)
        return links.error();

    auto consents = Repo::consentIds(scope, studentId);
    if (!consents)
        return consents.error();
    const QJsonObject consentFields{{QStringLiteral("note"), QStringLiteral("")},
                                    {QStringLiteral("guardian_id"), QJsonValue::Null},
                                    {QStringLiteral("form_attachment_id"), QJsonValue::Null}};
    for (const QString &id : consents.value())
        redaction.add(QStringLiteral("consent"), id, ChangeRedaction{false, consentFields});
    if (auto s = Repo::clearConsentDetails(scope, studentId); !s)
        return s;
    if (auto attachments = Repo::removeAttachments(scope, studentId); !attachments)
        return attachments.error();

    for (const GuardianLink &link : links.value()) {
        const QString guardianId = link.guardian.id;
        if (auto s = StudentRepository::unlink(scope, studentId, guardianId); !s)
            return s;
        auto linked = Repo::guardianLinked(scope, guardianId);
        if (!linked)
            return linked.error();
        if (linked.value())
            continue;  // a sibling still has this guardian
        if (auto s = Repo::detachConsentFromGuardian(scope, guardianId); !s)
            return s;
        if (auto s = StudentRepository::removeGuardianIfUnlinked(scope, guardianId); !s)
            return s;
    }

    const Student after = anonymised(before.value());
    if (auto changed = StudentRepository::update(scope, before.value(), after); !changed)
        return changed.error();
    redaction.add(QStringLiteral("student"), studentId, ChangeRedaction{false, studentReplacements(after)});
    if (auto s = StudentRepository::removeHouseholdIfUnused(scope, before->householdId); !s)
        return s;
    return Repo::markAnonymised(scope, studentId);
}

} // namespace

RetentionService::RetentionService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<RetentionPlan> RetentionService::preview(const Session &session) const
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::RunRetention); !allowed)
        return allowed.error();
    RetentionPlan plan;
    // The setting is kept in range by PrivacySettings (1-100 years, else the default).
    plan.yearsAfterLeaving = PrivacySettings(m_db, m_clock).retentionYears();
    plan.cutOff = m_clock.today().addYears(-plan.yearsAfterLeaving);
    auto leavers = RetentionRepository(m_db).expiredLeavers(plan.cutOff);
    if (!leavers)
        return leavers.error();
    for (const ExpiredLeaver &l : leavers.value())
        plan.candidates << RetentionCandidate{l.studentId, l.schoolId, l.status, l.leftOn};
    return plan;
}

Result<int> RetentionService::run(const Session &session)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::RunRetention); !allowed)
        return allowed.error();
    const QDate cutOff = m_clock.today().addYears(-PrivacySettings(m_db, m_clock).retentionYears());
    RetentionRepository repo(m_db);
    auto leavers = repo.expiredLeavers(cutOff);
    if (!leavers)
        return leavers.error();
    if (leavers->isEmpty())
        return 0;

    int count = 0;
    {
        SubjectRedaction redaction(m_db);
        if (auto s = redaction.eraseFreedContent(); !s)
            return s.error();
        WriteScope scope(m_db, session.actor(), m_clock);
        if (!scope.isActive())
            return scope.error();
        // Read again inside the write: nobody can change the list in between.
        auto current = repo.expiredLeavers(cutOff);
        if (!current)
            return current.error();
        if (current->isEmpty())
            return 0;  // another run got there first; nothing to write
        if (auto s = redaction.begin(scope); !s)
            return s.error();
        for (const ExpiredLeaver &leaver : current.value())
            if (auto s = anonymiseStudent(scope, leaver.studentId, redaction); !s)
                return s.error();
        if (auto s = redaction.finish(scope, QStringLiteral("anonymise")); !s)
            return s.error();
        count = int(current->size());
        if (auto s = scope.audit(QStringLiteral("anonymise"), QStringLiteral("student"), QString(),
                                 code(Section::Identity), QStringLiteral("count=%1").arg(count));
            !s)
            return s.error();
        if (auto s = scope.commit(); !s)
            return s.error();
        redaction.checkpoint();
    }
    return count;
}

} // namespace care
