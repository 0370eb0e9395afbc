#include "storage/consentrepository.h"

#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QString kConsentSelect = QStringLiteral(
    "SELECT c.id, c.student_id, c.guardian_id, c.purpose, c.decision, c.decided_on, c.recorded_by, "
    "       c.form_attachment_id, c.note, c.created_at, a.file_name "
    "FROM consent c LEFT JOIN attachment a ON a.id = c.form_attachment_id ");

// Newest first; the id (UUID v7, time-ordered) breaks a tie within one millisecond.
const QString kNewestFirst = QStringLiteral(" ORDER BY c.decided_on DESC, c.created_at DESC, c.id DESC");

ConsentRow consentFromQuery(const QSqlQuery &q)
{
    ConsentRow row;
    row.id = q.value(0).toString();
    row.studentId = q.value(1).toString();
    row.guardianId = q.value(2).toString();
    row.purpose = q.value(3).toString();
    row.decision = q.value(4).toString();
    row.decidedOn = dateFrom(q.value(5));
    row.recordedBy = q.value(6).toString();
    row.formAttachmentId = q.value(7).toString();
    row.sealedNote = q.value(8).toString();
    row.createdAt = q.value(9).toString();
    row.formFileName = q.value(10).toString();
    return row;
}

} // namespace

SealContext ConsentRepository::noteContext(const QString &consentId)
{
    return SealContext{QStringLiteral("consent"), QStringLiteral("note"), consentId};
}

SealContext ConsentRepository::contentContext(const QString &attachmentId)
{
    return SealContext{QStringLiteral("attachment"), QStringLiteral("content"), attachmentId};
}

Status ConsentRepository::insert(WriteScope &scope, const ConsentRow &row)
{
    TableRow table{QStringLiteral("consent"), row.id, {}};
    table.set(QStringLiteral("student_id"), row.studentId)
        .set(QStringLiteral("guardian_id"), nullableText(row.guardianId))
        .set(QStringLiteral("purpose"), row.purpose)
        .set(QStringLiteral("decision"), row.decision)
        .set(QStringLiteral("decided_on"), dateValue(row.decidedOn))
        .set(QStringLiteral("recorded_by"), row.recordedBy)
        .set(QStringLiteral("form_attachment_id"), nullableText(row.formAttachmentId))
        .set(QStringLiteral("note"), row.sealedNote)
        .set(QStringLiteral("created_at"), row.createdAt);
    return insertRow(scope, table);
}

Status ConsentRepository::insert(WriteScope &scope, const AttachmentRow &row)
{
    TableRow table{QStringLiteral("attachment"), row.id, {}};
    table.set(QStringLiteral("student_id"), row.studentId)
        .set(QStringLiteral("kind"), row.kind)
        .set(QStringLiteral("file_name"), row.fileName)
        .set(QStringLiteral("mime_type"), row.mimeType)
        .set(QStringLiteral("byte_count"), row.byteCount)
        .set(QStringLiteral("content"), row.sealedContent)
        .set(QStringLiteral("created_at"), row.createdAt)
        .set(QStringLiteral("created_by"), row.createdBy);
    return insertRow(scope, table);
}

Result<QList<ConsentRow>> ConsentRepository::forStudent(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kConsentSelect + QStringLiteral("WHERE c.student_id = ?") + kNewestFirst);
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("list consent")); !s)
        return s.error();
    QList<ConsentRow> rows;
    while (q.next())
        rows << consentFromQuery(q);
    return rows;
}

Result<std::optional<ConsentRow>> ConsentRepository::latest(const QString &studentId, const QString &purpose) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kConsentSelect + QStringLiteral("WHERE c.student_id = ? AND c.purpose = ?") + kNewestFirst +
              QStringLiteral(" LIMIT 1"));
    q.addBindValue(studentId);
    q.addBindValue(purpose);
    if (auto s = execStatement(q, QStringLiteral("read latest consent")); !s)
        return s.error();
    if (!q.next())
        return std::optional<ConsentRow>();
    return std::optional<ConsentRow>(consentFromQuery(q));
}

Result<std::optional<AttachmentRow>> ConsentRepository::attachment(const QString &id, bool withContent) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, student_id, kind, file_name, mime_type, byte_count, created_at, "
                             "created_by, %1 FROM attachment WHERE id = ?")
                  .arg(withContent ? QStringLiteral("content") : QStringLiteral("NULL")));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("read attachment")); !s)
        return s.error();
    if (!q.next())
        return std::optional<AttachmentRow>();
    AttachmentRow row;
    row.id = q.value(0).toString();
    row.studentId = q.value(1).toString();
    row.kind = q.value(2).toString();
    row.fileName = q.value(3).toString();
    row.mimeType = q.value(4).toString();
    row.byteCount = q.value(5).toLongLong();
    row.createdAt = q.value(6).toString();
    row.createdBy = q.value(7).toString();
    row.sealedContent = q.value(8).toByteArray();
    return std::optional<AttachmentRow>(row);
}

Result<bool> ConsentRepository::guardianLinked(const QString &studentId, const QString &guardianId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM student_guardian WHERE student_id = ? AND guardian_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(guardianId);
    if (auto s = execStatement(q, QStringLiteral("check guardian link")); !s)
        return s.error();
    return q.next();
}

} // namespace care
