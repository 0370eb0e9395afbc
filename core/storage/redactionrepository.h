#pragma once

#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace care {

// How an old change-log payload loses its plain values: either all of them
// (a record deleted now) or the listed fields, replaced by their anonymised
// values. Either way the payload gets "redacted": true.
struct ChangeRedaction {
    bool wholePayload = false;
    QJsonObject replacements;
};

// The SQL that makes removed personal data leave the file: old change-log
// payloads, the search index and freed pages. The one rule for old change-log
// entries (docs/security.md): only their payload may be cleared; their
// identity, order and clock stay, and the write that clears them appends a
// redaction entry that says which records it covered.
class RedactionRepository {
public:
    explicit RedactionRepository(Database &db) : m_db(db) {}

    static QString key(const QString &entity, const QString &entityId);  // "entity/id"

    // The records deleted by the caller's write so far: the keys of its
    // tombstones after `afterSeq`.
    static Result<QStringList> deletedSince(WriteScope &scope, qint64 afterSeq);
    // Rewrites payloads of entries up to `upToSeq` whose key is in
    // `redactions`; returns how many entries changed.
    static Result<int> redactChangeLog(WriteScope &scope, const QHash<QString, ChangeRedaction> &redactions,
                                       qint64 upToSeq);
    // After rows left the student search index in this write: where the
    // library removes a deleted row's tokens at once (FTS5 'secure-delete',
    // set by schema 6) nothing is left to do; otherwise the index is merged,
    // which drops them.
    static Status purgeSearchIndex(WriteScope &scope);
    static Result<bool> searchIndexErasesInPlace(const QSqlDatabase &connection);

    // While on, SQLite overwrites deleted rows and freed pages with zeros, so
    // removed names do not linger in the file's free space (this connection).
    Status setEraseFreedContent(bool on) const;
    // Copies the write-ahead log into the file and empties it, so old page
    // images go too; best effort (a reader elsewhere may hold the log).
    void checkpoint() const;

private:
    Database &m_db;
};

}  // namespace care
