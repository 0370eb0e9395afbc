#pragma once

#include "security/fieldcipher.h"
#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace care {

// One consent row as stored: codes for purpose and decision, the note sealed
// ("s1:…" or empty). formFileName is read from the attachment (not stored).
struct ConsentRow {
    QString id;
    QString studentId;
    QString guardianId;   // empty = NULL
    QString purpose;      // code
    QString decision;     // code
    QDate decidedOn;
    QString recordedBy;
    QString formAttachmentId;  // empty = NULL
    QString sealedNote;
    QString createdAt;    // stored timestamp
    QString formFileName;
};

// One attachment row; content is the sealed bytes (never the plain file).
struct AttachmentRow {
    QString id;
    QString studentId;
    QString kind;         // "consent_form"
    QString fileName;
    QString mimeType;
    qint64 byteCount = 0; // size of the plain file
    QByteArray sealedContent;
    QString createdAt;
    QString createdBy;
};

// All SQL of consent decisions and the files kept with them.
class ConsentRepository {
public:
    explicit ConsentRepository(Database &db) : m_db(db) {}

    static QString consentFormKind() { return QStringLiteral("consent_form"); }
    // Where the sealed values live (their associated data).
    static SealContext noteContext(const QString &consentId);
    static SealContext contentContext(const QString &attachmentId);

    // Change-logged inserts inside the caller's write (the caller audits).
    static Status insert(WriteScope &scope, const ConsentRow &row);
    static Status insert(WriteScope &scope, const AttachmentRow &row);

    // The student's decisions, newest first (decided_on, then created_at).
    Result<QList<ConsentRow>> forStudent(const QString &studentId) const;
    // The decision that counts for one purpose, if any.
    Result<std::optional<ConsentRow>> latest(const QString &studentId, const QString &purpose) const;
    // withContent = false skips the (up to 10 MiB) sealed bytes.
    Result<std::optional<AttachmentRow>> attachment(const QString &id, bool withContent) const;
    Result<bool> guardianLinked(const QString &studentId, const QString &guardianId) const;

private:
    Database &m_db;
};

} // namespace care
