#pragma once

// What deleting or anonymising a child does beyond the rows themselves, so
// that the old names, ID numbers and addresses leave the whole file: old
// change-log payloads are cleared, one redaction entry tells sync which
// records were covered, the search index drops the old tokens and freed
// space is zero-filled. Shared by StudentService::remove and
// RetentionService::run. Not a public API.

#include "storage/database.h"
#include "storage/redactionrepository.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QHash>
#include <QString>

namespace care {

class SubjectRedaction {
public:
    explicit SubjectRedaction(Database &db) : m_repo(db) {}
    ~SubjectRedaction();  // zero-filling ends with the object
    SubjectRedaction(const SubjectRedaction &) = delete;
    SubjectRedaction &operator=(const SubjectRedaction &) = delete;

    // Before the write starts: deleted cells and freed pages are overwritten
    // with zeros on this connection until the object ends.
    Status eraseFreedContent();
    // First thing inside the write: the entries written before it are the
    // ones to redact.
    Status begin(WriteScope &scope);
    // The old entries of one record lose these values. Records deleted in
    // the write need no call: finish() clears them whole.
    void add(const QString &entity, const QString &entityId, const ChangeRedaction &redaction);
    // Last step before the commit: clears the old payloads, appends the
    // redaction entry ("redaction", insert) naming every record covered and
    // `reason` (delete, anonymise), and purges the search index.
    Status finish(WriteScope &scope, const QString &reason);
    // After the commit: old page images leave the write-ahead log.
    void checkpoint() const { m_repo.checkpoint(); }

private:
    RedactionRepository m_repo;
    bool m_erasing = false;
    qint64 m_upToSeq = -1;
    QHash<QString, ChangeRedaction> m_redactions;
};

}  // namespace care
