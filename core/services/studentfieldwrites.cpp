// StudentService::writeFields: a save, an undo or a redo writes the fields
// it changed and nothing else, and refuses when one of them was changed
// since by someone else (DESIGN.md §4).
#include "services/studentservice.h"

#include "domain/validation.h"
#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/studentfamilywrites.h"
#include "services/studentwrites.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct StudentFieldText {
    Q_DECLARE_TR_FUNCTIONS(StudentFieldText)
};

namespace {

Error changedSinceError(EditPurpose purpose, int fields, const QString &firstField)
{
    QString message;
    switch (purpose) {
    case EditPurpose::Save:
        message = StudentFieldText::tr("Nothing was saved: %n field(s) you changed were changed by someone else "
                                       "after you opened the student's record.",
                                       nullptr, fields);
        break;
    case EditPurpose::Undo:
        message = StudentFieldText::tr("Nothing was undone: %n field(s) of this change were changed again since.",
                                       nullptr, fields);
        break;
    case EditPurpose::Redo:
        message = StudentFieldText::tr("Nothing was redone: %n field(s) of this change were changed again since.",
                                       nullptr, fields);
        break;
    }
    return Error{message, firstField, {}};
}

QString auditSummary(EditPurpose purpose, const QList<RecordField> &fields)
{
    if (purpose == EditPurpose::Save)
        return {};
    QStringList names;
    for (const RecordField &f : fields)
        if (!names.contains(f.name))
            names << f.name;
    const QString what = purpose == EditPurpose::Undo ? QStringLiteral("undo") : QStringLiteral("redo");
    return QStringLiteral("%1: %2").arg(what, names.join(QStringLiteral(", ")));
}

bool touches(const QList<RecordField> &fields, RecordPart part)
{
    return std::any_of(fields.begin(), fields.end(), [part](const RecordField &f) { return f.part == part; });
}

// The student as stored now, with the family when the edit concerns it.
Result<StudentRecord> storedRecord(StudentRepository &repo, const QString &id, bool withFamily)
{
    StudentRecord current;
    auto student = repo.student(id);
    if (!student)
        return student.error();
    current.student = student.value();
    if (!withFamily)
        return current;
    auto household = repo.household(current.student.householdId);
    if (!household)
        return household.error();
    current.household = household.value();
    auto links = repo.guardians(id);
    if (!links)
        return links.error();
    current.guardians = links.value();
    return current;
}

}  // namespace

Result<StudentRecord> StudentService::writeFields(const StudentRecord &from, const StudentRecord &to,
                                                  EditPurpose purpose, const Session &session,
                                                  QList<RecordField> *changedSince)
{
    if (changedSince)
        changedSince->clear();
    const QString id = to.student.id;
    if (from.student.id != id)
        return Error{StudentFieldText::tr("The change names two different students; nothing was saved."), {}, id};
    const AccessControl access(m_db, m_clock);
    const auto identityUpdate = access.check(session, Action::Update, Section::Identity, id);
    const auto familyUpdate = access.check(session, Action::Update, Section::Family, id);
    if (!identityUpdate && !familyUpdate)
        return identityUpdate.error();

    StudentRepository repo(m_db);
    // The comparison and the write happen in this one transaction: nobody
    // can change a field between the two.
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    const bool withFamily = from.household || to.household || !from.guardians.isEmpty() || !to.guardians.isEmpty();
    auto stored = storedRecord(repo, id, withFamily);
    if (!stored)
        return stored.error();
    const StudentRecord &current = stored.value();

    StudentRecord target = current;
    StudentRecord written = to;
    QList<RecordField> applied;
    QList<RecordField> conflicts;
    for (const RecordField &field : recordfields::differences(from, to)) {
        if (recordfields::same(current, from, field)) {
            recordfields::copy(target, to, field);
            applied << field;
        } else if (!recordfields::same(current, to, field)) {
            conflicts << recordfields::explain(current, from, field);
        }
    }
    // Guardians added in this edit have no id yet: nobody else can have changed them.
    for (GuardianLink &link : written.guardians)
        if (link.guardian.id.isEmpty()) {
            link.guardian.id = scope.makeId();
            target.guardians << link;
            applied << RecordField{RecordPart::Guardian, kLinkedField, link.guardian.id};
        }
    if (!conflicts.isEmpty()) {
        if (changedSince)
            *changedSince = conflicts;
        return changedSinceError(purpose, int(conflicts.size()), conflicts.first().name);
    }
    if (applied.isEmpty())
        return written;  // everything already holds the wanted values
    if (const QList<Error> errors = validate(target); !errors.isEmpty())
        return errors.first();

    const bool identityChanges = touches(applied, RecordPart::Student);
    const bool householdChanges = touches(applied, RecordPart::Household);
    const bool guardiansChange = touches(applied, RecordPart::Guardian);
    if (identityChanges && !identityUpdate)
        return identityUpdate.error();
    if (identityChanges && target.student.schoolId != current.student.schoolId)
        if (auto allowed = access.checkSchool(session, Action::Update, Section::Identity, target.student.schoolId);
            !allowed)
            return allowed.error();
    if ((householdChanges || guardiansChange) && !familyUpdate)
        return familyUpdate.error();

    Student after = target.student;
    after.citizenId = normalizeCitizenId(after.citizenId);
    QString leftHousehold;  // a household this student no longer lives in
    if (householdChanges) {
        if (target.household) {
            Household &h = *target.household;
            if (current.household && current.household->id == h.id) {
                if (auto st = StudentRepository::update(scope, *current.household, h); !st)
                    return st.error();
            } else if (auto st = studentfamily::storeHousehold(scope, repo, h); !st) {
                return st.error();
            }
            after.householdId = h.id;
            if (written.household)
                written.household->id = h.id;
            written.student.householdId = h.id;
        } else {
            leftHousehold = current.student.householdId;
            after.householdId.clear();
            written.student.householdId.clear();
        }
    }
    if (auto changed = StudentRepository::update(scope, current.student, after); !changed)
        return changed.error();
    if (!leftHousehold.isEmpty())
        if (auto st = StudentRepository::removeHouseholdIfUnused(scope, leftHousehold); !st)
            return st.error();
    if (guardiansChange)
        if (auto st = studentfamily::writeGuardians(scope, repo, id, target.guardians); !st)
            return st.error();
    // Everybody living in a changed household is judged again in this write;
    // a student who left one, on their own.
    if (householdChanges) {
        const Status recomputed = after.householdId.isEmpty()
                ? RiskService::recomputeIn(scope, id)
                : RiskService::recomputeHouseholdIn(scope, after.householdId);
        if (!recomputed)
            return recomputed.error();
    }
    QList<Section> sections;
    if (identityChanges)
        sections << Section::Identity;
    if (householdChanges || guardiansChange)
        sections << Section::Family;
    if (auto st = studentwrites::auditSections(scope, QStringLiteral("update"), id, sections,
                                               studentwrites::grantReason({&identityUpdate, &familyUpdate}),
                                               auditSummary(purpose, applied));
        !st)
        return st.error();
    if (auto st = scope.commit(); !st)
        return st.error();
    return written;
}

}  // namespace care
