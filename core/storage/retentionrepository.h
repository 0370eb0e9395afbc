#pragma once

#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace care {

struct ExpiredLeaver {
    QString studentId;
    QString schoolId;
    QString status;  // code, never "studying"
    QDate leftOn;    // end of the last academic year with an enrollment
};

// The SQL of the retention policy (anonymising records of children who left
// school long ago). Student, guardian and household rows themselves are
// changed through StudentRepository; this holds what only retention needs.
class RetentionRepository {
public:
    explicit RetentionRepository(Database &db) : m_db(db) {}

    // Students not studying any more, not yet anonymised, whose last enrolled
    // academic year ended on or before cutOff; oldest leavers first.
    Result<QList<ExpiredLeaver>> expiredLeavers(const QDate &cutOff) const;

    // Inside the caller's write; every changed row is change-logged.
    static Result<QStringList> consentIds(WriteScope &scope, const QString &studentId);
    // Clears note, guardian and form of the student's consent decisions
    // (purpose, decision and date stay for statistics).
    static Status clearConsentDetails(WriteScope &scope, const QString &studentId);
    // A guardian about to be deleted is unlinked from every consent row.
    static Status detachConsentFromGuardian(WriteScope &scope, const QString &guardianId);
    // Deletes the student's attachments; returns their ids.
    static Result<QStringList> removeAttachments(WriteScope &scope, const QString &studentId);
    static Result<bool> guardianLinked(WriteScope &scope, const QString &guardianId);
    static Result<bool> exists(WriteScope &scope, const QString &table, const QString &id);
    static Status markAnonymised(WriteScope &scope, const QString &studentId);

private:
    Database &m_db;
};

} // namespace care
