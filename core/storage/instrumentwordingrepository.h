#pragma once

#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace care {

// What replacing one instrument's wording in one language changed.
struct WordingChange {
    QString instrumentId;
    QString language;
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
};

// All SQL of table instrument_wording: the licensed item texts a
// municipality installed, per instrument, language and wording key.
class InstrumentWordingRepository {
public:
    explicit InstrumentWordingRepository(Database &db) : m_db(db) {}

    // Makes the stored texts of the instrument in the language exactly
    // `texts` (wording key → text), inside the caller's write: rows that
    // differ are updated, new ones inserted, missing ones deleted, each
    // change logged for sync (the caller audits).
    static Result<WordingChange> replace(WriteScope &scope, const QString &instrumentId, const QString &language,
                                         const QHash<QString, QString> &texts);

    // Wording key → text of one instrument in one language (empty if none installed).
    Result<QHash<QString, QString>> texts(const QString &instrumentId, const QString &language) const;

private:
    Database &m_db;
};

}  // namespace care
