// IndicatorService: behaviour incidents, with their notes sealed.
#include "services/indicatorservice.h"

#include "locale/dates.h"
#include "security/accesscontrol.h"
#include "services/indicatorsupport.h"
#include "storage/indicatorrepository.h"
#include "storage/studentrepository.h"
#include "util/clock.h"

namespace care {

namespace {

const QString kEntity = QStringLiteral("behaviour_incident");

Error missingIncident(const QString &id)
{
    return Error{IndicatorServiceText::tr("No behaviour incident has this id."), QStringLiteral("id"), id};
}

// Date, note length and key of an incident about to be stored; the note trimmed.
Result<BehaviourIncident> checkedIncident(Database &db, const Clock &clock, BehaviourIncident incident)
{
    const QString field = QStringLiteral("occurredOn");
    if (!incident.occurredOn.isValid())
        return Error{IndicatorServiceText::tr("Enter the date of the incident."), field, {}};
    if (incident.occurredOn > clock.today())
        return Error{IndicatorServiceText::tr("The date of the incident (%1) is in the future.")
                             .arg(formatDate(incident.occurredOn)),
                     field,
                     {}};
    auto student = StudentRepository(db).student(incident.studentId);
    if (!student)
        return student.error();
    if (incident.occurredOn < student->birthDate)
        return Error{IndicatorServiceText::tr("The date of the incident (%1) is before the student's birth date.")
                             .arg(formatDate(incident.occurredOn)),
                     field,
                     {}};
    incident.note = incident.note.trimmed();
    if (incident.note.size() > IndicatorService::kMaxNoteLength)
        return Error{IndicatorServiceText::tr("The note is longer than %1 characters.")
                             .arg(IndicatorService::kMaxNoteLength),
                     QStringLiteral("note"),
                     {}};
    if (!incident.note.isEmpty() && !db.fieldCipher())
        return indicators::lockedError();
    return incident;
}

}  // namespace

Result<QString> IndicatorService::addIncident(const Session &session, const BehaviourIncident &incident)
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::Create, Section::Screening, incident.studentId);
    if (!access)
        return access.error();
    auto checked = checkedIncident(m_db, m_clock, incident);
    if (!checked)
        return checked.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    BehaviourIncidentRow row;
    row.id = scope.makeId();
    row.studentId = incident.studentId;
    row.occurredOn = checked->occurredOn;
    row.kind = code(checked->kind);
    row.severity = code(checked->severity);
    if (const FieldCipherPtr cipher = m_db.fieldCipher(); cipher && !checked->note.isEmpty())
        row.sealedNote = cipher->sealText(checked->note, IndicatorRepository::noteContext(row.id));
    row.recordedBy = session.userId();
    row.createdAt = scope.now();
    row.updatedAt = row.createdAt;
    if (auto s = IndicatorRepository::insert(scope, row); !s)
        return s.error();
    // Ids only: the kind of incident and the note stay out of the audit trail.
    if (auto s = indicators::finishWrite(scope, QStringLiteral("create"), kEntity, row.studentId, Section::Screening,
                                         QStringLiteral("behaviour incident %1").arg(row.id), access->reason);
        !s)
        return s.error();
    return row.id;
}

Status IndicatorService::updateIncident(const Session &session, const BehaviourIncident &incident)
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::Update, Section::Screening); !role)
        return role;
    IndicatorRepository repo(m_db);
    auto found = repo.incident(incident.id);
    if (!found)
        return found.error();
    if (!found.value())
        return missingIncident(incident.id);
    const BehaviourIncidentRow before = *found.value();
    auto access = control.checkRecord(session, Action::Update, Section::Screening, before.studentId,
                                      missingIncident(incident.id));
    if (!access)
        return access.error();
    BehaviourIncident edited = incident;
    edited.studentId = before.studentId;  // an incident never moves to another student
    auto checked = checkedIncident(m_db, m_clock, edited);
    if (!checked)
        return checked.error();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return indicators::lockedError();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    BehaviourIncidentRow after = before;
    after.occurredOn = checked->occurredOn;
    after.kind = code(checked->kind);
    after.severity = code(checked->severity);
    auto oldNote = cipher->openText(before.sealedNote, IndicatorRepository::noteContext(before.id));
    if (!oldNote)
        return oldNote.error();
    // Sealing twice gives different text: re-seal only a changed note.
    if (oldNote.value() != checked->note)
        after.sealedNote = cipher->sealText(checked->note, IndicatorRepository::noteContext(before.id));
    after.updatedAt = scope.now();
    auto changed = IndicatorRepository::update(scope, before, after);
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return {};
    return indicators::finishWrite(scope, QStringLiteral("update"), kEntity, before.studentId, Section::Screening,
                                   QStringLiteral("behaviour incident %1").arg(before.id), access->reason);
}

Status IndicatorService::removeIncident(const Session &session, const QString &incidentId)
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::Delete, Section::Screening); !role)
        return role;
    auto found = IndicatorRepository(m_db).incident(incidentId);
    if (!found)
        return found.error();
    if (!found.value())
        return missingIncident(incidentId);
    const QString studentId = found.value()->studentId;
    auto access = control.checkRecord(session, Action::Delete, Section::Screening, studentId,
                                      missingIncident(incidentId));
    if (!access)
        return access.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = IndicatorRepository::removeIncident(scope, incidentId); !s)
        return s;
    return indicators::finishWrite(scope, QStringLiteral("delete"), kEntity, studentId, Section::Screening,
                                   QStringLiteral("behaviour incident %1").arg(incidentId), access->reason);
}

Result<QList<BehaviourIncident>> IndicatorService::incidents(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Screening, studentId);
    if (!access)
        return access.error();
    auto rows = IndicatorRepository(m_db).incidents(studentId);
    if (!rows)
        return rows.error();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    QList<BehaviourIncident> list;
    for (const BehaviourIncidentRow &row : rows.value()) {
        BehaviourIncident incident;
        incident.id = row.id;
        incident.studentId = row.studentId;
        incident.occurredOn = row.occurredOn;
        incident.kind = fromCode<BehaviourKind>(row.kind).value_or(BehaviourKind::Other);
        incident.severity = fromCode<Severity>(row.severity).value_or(Severity::Serious);
        incident.recordedBy = row.recordedBy;
        incident.recordedByName = row.recordedByName;
        if (!row.sealedNote.isEmpty()) {
            if (!cipher)
                return indicators::lockedError();
            auto note = cipher->openText(row.sealedNote, IndicatorRepository::noteContext(row.id));
            if (!note)
                return note.error();
            incident.note = note.value();
        }
        list << incident;
    }
    if (list.isEmpty())
        return list;
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("view"), kEntity, studentId, code(Section::Screening),
                             QStringLiteral("behaviour incidents"), access->reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return list;
}

}  // namespace care
