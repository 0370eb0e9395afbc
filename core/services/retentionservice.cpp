#include "services/retentionservice.h"

#include "security/accesscontrol.h"
#include "services/privacysettings.h"
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

Status anonymiseStudent(WriteScope &scope, const QString &studentId, QHash<QString, ChangeRedaction> &redactions)
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
        redactions.insert(Repo::redactionKey(QStringLiteral("consent"), id), ChangeRedaction{false, consentFields});
    if (auto s = Repo::clearConsentDetails(scope, studentId); !s)
        return s;
    auto attachments = Repo::removeAttachments(scope, studentId);
    if (!attachments)
        return attachments.error();
    for (const QString &id : attachments.value())
        redactions.insert(Repo::redactionKey(QStringLiteral("attachment"), id), ChangeRedaction{true, {}});

    for (const GuardianLink &link : links.value()) {
        const QString guardianId = link.guardian.id;
        if (auto s = StudentRepository::unlink(scope, studentId, guardianId); !s)
            return s;
        const QString linkId = studentId + QLatin1Char(':') + guardianId;
        redactions.insert(Repo::redactionKey(QStringLiteral("student_guardian"), linkId), ChangeRedaction{true, {}});
        auto linked = Repo::guardianLinked(scope, guardianId);
        if (!linked)
            return linked.error();
        if (linked.value())
            continue;  // a sibling still has this guardian
        if (auto s = Repo::detachConsentFromGuardian(scope, guardianId); !s)
            return s;
        if (auto s = StudentRepository::removeGuardianIfUnlinked(scope, guardianId); !s)
            return s;
        redactions.insert(Repo::redactionKey(QStringLiteral("guardian"), guardianId), ChangeRedaction{true, {}});
    }

    const Student after = anonymised(before.value());
    if (auto changed = StudentRepository::update(scope, before.value(), after); !changed)
        return changed.error();
    redactions.insert(Repo::redactionKey(QStringLiteral("student"), studentId),
                      ChangeRedaction{false, studentReplacements(after)});
    const QString householdId = before->householdId;
    if (!householdId.isEmpty()) {
        if (auto s = StudentRepository::removeHouseholdIfUnused(scope, householdId); !s)
            return s;
        auto kept = Repo::exists(scope, QStringLiteral("household"), householdId);
        if (!kept)
            return kept.error();
        if (!kept.value())
            redactions.insert(Repo::redactionKey(QStringLiteral("household"), householdId), ChangeRedaction{true, {}});
    }
    return Repo::markAnonymised(scope, studentId);
}

// Zero-filling of freed space for the length of the anonymising write.
class EraseFreedContent {
public:
    explicit EraseFreedContent(const RetentionRepository &repo) : m_repo(repo) {}
    ~EraseFreedContent() { (void)m_repo.setEraseFreedContent(false); }
    EraseFreedContent(const EraseFreedContent &) = delete;
    EraseFreedContent &operator=(const EraseFreedContent &) = delete;
    Status start() const { return m_repo.setEraseFreedContent(true); }

private:
    const RetentionRepository &m_repo;
};

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
        const EraseFreedContent erase(repo);
        if (auto s = erase.start(); !s)
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
        auto lastSeq = lastChangeSeq(scope.connection());
        if (!lastSeq)
            return lastSeq.error();
        QHash<QString, ChangeRedaction> redactions;
        for (const ExpiredLeaver &leaver : current.value())
            if (auto s = anonymiseStudent(scope, leaver.studentId, redactions); !s)
                return s.error();
        if (auto redacted = RetentionRepository::redactChangeLog(scope, redactions, lastSeq.value()); !redacted)
            return redacted.error();
        if (auto s = RetentionRepository::compactSearchIndex(scope); !s)
            return s.error();
        count = int(current->size());
        if (auto s = scope.audit(QStringLiteral("anonymise"), QStringLiteral("student"), QString(),
                                 code(Section::Identity), QStringLiteral("count=%1").arg(count));
            !s)
            return s.error();
        if (auto s = scope.commit(); !s)
            return s.error();
    }
    repo.checkpoint();
    return count;
}

} // namespace care
