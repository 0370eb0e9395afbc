#pragma once

// Pieces the indicator and screening services share: their messages' context,
// the end of every write (audit, risk recompute, commit) and the checks of a
// term. Not a public API.

#include "security/roles.h"
#include "storage/database.h"
#include "storage/rosterrepository.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace care {

struct IndicatorServiceText {
    Q_DECLARE_TR_FUNCTIONS(IndicatorServiceText)
};

namespace indicators {

// "Care is locked…": sealed notes and answers need the database key.
Error lockedError();

// Appends the audit event, recomputes the student's risk inside the write
// and commits: the last steps of every indicator and screening write.
Status finishWrite(WriteScope &scope, const QString &action, const QString &entity, const QString &studentId,
                   Section section, const QString &summary, const QString &reason);

// The term with this id, in which the student is enrolled (its academic
// year); errors name `field`.
Result<TermInfo> enrolledTerm(Database &db, const QString &studentId, const QString &termId, const QString &field);
// The term that holds `date`, in which the student is enrolled.
Result<TermInfo> enrolledTermOn(Database &db, const QString &studentId, const QDate &date, const QString &field);

// Monday to Friday from the term's first to its last day.
int weekdays(const Term &term);
// "1/2568": term number and Buddhist Era year, as schools write it.
QString termName(const TermInfo &term);

}  // namespace indicators
}  // namespace care
