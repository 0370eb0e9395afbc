#include "services/consentservice.h"

#include "io/formtype.h"
#include "storage/consentrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace care {

struct ConsentText {
    Q_DECLARE_TR_FUNCTIONS(ConsentText)
};

namespace {

constexpr qint64 kMaxFormBytes = 10 * 1024 * 1024;

std::optional<ConsentDecision> consentDecisionFromCode(const QString &text)
{
    for (ConsentDecision d : {ConsentDecision::Given, ConsentDecision::Withdrawn})
        if (code(d) == text)
            return d;
    return std::nullopt;
}

Error lockedError()
{
    return Error{ConsentText::tr("Care is locked. Sign in again to read or record consent notes and forms."), {}, {}};
}

QString defaultFileName(const FormType &type)
{
    return QStringLiteral("consent-form.") + type.extension;
}

Status checkForm(ScannedForm &form)
{
    const QString field = QStringLiteral("form");
    if (form.content.isEmpty()) {
        if (!form.fileName.isEmpty())
            return Error{ConsentText::tr("The scanned form is an empty file."), field, form.fileName};
        return {};
    }
    if (form.content.size() > kMaxFormBytes)
        return Error{ConsentText::tr("The scanned form is larger than 10 MB. Scan it at a lower resolution."), field,
                     form.fileName};
    const std::optional<FormType> detected = detectFormType(form.content);
    if (!detected)
        return Error{ConsentText::tr("The scanned form must be a PDF, JPEG or PNG file."), field, form.fileName};
    if (!form.mimeType.isEmpty() && form.mimeType != detected->mimeType)
        return Error{ConsentText::tr("The scanned form's content does not match its file type (%1).")
                         .arg(form.mimeType),
                     field, form.fileName};
    form.mimeType = detected->mimeType;
    // Only the name is kept, never a folder path of the PC it came from.
    QString name = form.fileName.trimmed();
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));  // a Windows path, whatever the platform
    form.fileName = QFileInfo(name).fileName().left(255);
    if (form.fileName.isEmpty())
        form.fileName = defaultFileName(*detected);
    return {};
}

} // namespace

ConsentService::ConsentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QString> ConsentService::record(const Session &session, ConsentRecord decision, const ScannedForm &scanned)
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::Create, Section::Family, decision.studentId);
    if (!access)
        return access.error();
    if (code(decision.purpose).isEmpty())
        return Error{ConsentText::tr("Choose what the consent is for."), QStringLiteral("purpose"), {}};
    if (!decision.decidedOn.isValid())
        return Error{ConsentText::tr("Enter the date of the decision."), QStringLiteral("decidedOn"), {}};
    if (decision.decidedOn > m_clock.today())
        return Error{ConsentText::tr("The date of the decision is in the future."), QStringLiteral("decidedOn"), {}};
    ConsentRepository repo(m_db);
    if (!decision.guardianId.isEmpty()) {
        auto linked = repo.guardianLinked(decision.studentId, decision.guardianId);
        if (!linked)
            return linked.error();
        if (!linked.value())
            return Error{ConsentText::tr("The guardian who decided is not a guardian of this student."),
                         QStringLiteral("guardianId"), {}};
    }
    ScannedForm form = scanned;
    if (auto s = checkForm(form); !s)
        return s.error();
    decision.note = decision.note.trimmed();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher && (!form.content.isEmpty() || !decision.note.isEmpty()))
        return lockedError();

    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (!form.content.isEmpty()) {
        AttachmentRow attachment;
        attachment.id = scope.makeId();
        attachment.studentId = decision.studentId;
        attachment.kind = ConsentRepository::consentFormKind();
        attachment.fileName = form.fileName;
        attachment.mimeType = form.mimeType;
        attachment.byteCount = form.content.size();
        attachment.sealedContent = cipher->sealBytes(form.content, ConsentRepository::contentContext(attachment.id));
        attachment.createdAt = scope.now();
        attachment.createdBy = session.displayName();
        if (auto s = ConsentRepository::insert(scope, attachment); !s)
            return s.error();
        decision.formAttachmentId = attachment.id;
    } else {
        decision.formAttachmentId.clear();
    }
    ConsentRow row;
    row.id = scope.makeId();
    row.studentId = decision.studentId;
    row.guardianId = decision.guardianId;
    row.purpose = code(decision.purpose);
    row.decision = code(decision.decision);
    row.decidedOn = decision.decidedOn;
    row.recordedBy = session.displayName().isEmpty() ? session.username() : session.displayName();
    row.formAttachmentId = decision.formAttachmentId;
    if (!decision.note.isEmpty())
        row.sealedNote = cipher->sealText(decision.note, ConsentRepository::noteContext(row.id));
    row.createdAt = scope.now();
    if (auto s = ConsentRepository::insert(scope, row); !s)
        return s.error();
    // Codes only: the summary must never carry the note or a name.
    const QString summary = QStringLiteral("consent %1 %2 %3").arg(row.purpose, row.decision, row.id);
    if (auto s = scope.audit(QStringLiteral("create"), QStringLiteral("consent"), decision.studentId,
                             code(Section::Family), summary, access->reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return row.id;
}

Result<QList<ConsentRecord>> ConsentService::history(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Family, studentId);
    if (!access)
        return access.error();
    auto rows = ConsentRepository(m_db).forStudent(studentId);
    if (!rows)
        return rows.error();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    QList<ConsentRecord> records;
    bool notesOpened = false;
    for (const ConsentRow &row : rows.value()) {
        ConsentRecord r;
        r.id = row.id;
        r.studentId = row.studentId;
        r.guardianId = row.guardianId;
        r.purpose = consentPurposeFromCode(row.purpose).value_or(ConsentPurpose::Screening);
        r.decision = consentDecisionFromCode(row.decision).value_or(ConsentDecision::Withdrawn);
        r.decidedOn = row.decidedOn;
        r.recordedBy = row.recordedBy;
        r.formAttachmentId = row.formAttachmentId;
        if (!row.sealedNote.isEmpty()) {
            if (!cipher)
                return lockedError();
            auto note = cipher->openText(row.sealedNote, ConsentRepository::noteContext(row.id));
            if (!note)
                return note.error();
            r.note = note.value();
            notesOpened = true;
        }
        records << r;
    }
    // The decisions alone are not sensitive; their sealed notes are a view of
    // the family section.
    if (!notesOpened)
        return records;
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("view"), QStringLiteral("consent"), studentId, code(Section::Family),
                             QStringLiteral("consent history"), access->reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return records;
}

Result<ScannedForm> ConsentService::form(const Session &session, const QString &attachmentId) const
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::View, Section::Family); !role)
        return role.error();
    ConsentRepository repo(m_db);
    auto found = repo.attachment(attachmentId, false);
    if (!found)
        return found.error();
    const Error missing{ConsentText::tr("No scanned consent form has this id."), {}, attachmentId};
    if (!found.value() || found.value()->kind != ConsentRepository::consentFormKind())
        return missing;
    const QString studentId = found.value()->studentId;
    auto access = control.checkRecord(session, Action::View, Section::Family, studentId, missing);
    if (!access)
        return access.error();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return lockedError();
    auto stored = repo.attachment(attachmentId, true);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return missing;
    auto content = cipher->openBytes(stored.value()->sealedContent, ConsentRepository::contentContext(attachmentId));
    if (!content)
        return content.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("view"), QStringLiteral("attachment"), studentId, code(Section::Family),
                             QStringLiteral("consent form %1").arg(attachmentId), access->reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return ScannedForm{stored.value()->fileName, stored.value()->mimeType, content.value()};
}

Status ConsentService::requireConsent(const QString &studentId, ConsentPurpose purpose) const
{
    auto latest = ConsentRepository(m_db).latest(studentId, code(purpose));
    if (!latest)
        return latest.error();
    if (!latest.value())
        return Error{
            ConsentText::tr("No guardian consent for “%1” has been recorded for this student.").arg(label(purpose)),
            QStringLiteral("consent"), {}};
    if (latest.value()->decision != code(ConsentDecision::Given))
        return Error{ConsentText::tr("The guardian's consent for “%1” has been withdrawn.").arg(label(purpose)),
                     QStringLiteral("consent"), {}};
    return {};
}

} // namespace care
