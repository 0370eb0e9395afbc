#pragma once

#include "screening/wording.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/instrumentwordingrepository.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace care {

class Clock;

// The licensed item wording of instruments (the SDQ's may not ship with
// Care): a municipality imports it from a wording file, and the screens show
// it instead of bare item numbers.
class InstrumentWordingService {
public:
    InstrumentWordingService(Database &db, const Clock &clock);

    // Replaces, for each instrument and language in the entries, the whole
    // stored wording with the entries' texts, in one write with one audit
    // event per instrument and language. Needs the manage_settings capability.
    Result<QList<WordingChange>> import(const Session &session, const QList<WordingEntry> &entries);

    // Wording key → text; empty when none is installed. The wording is not
    // about anybody, so any signed-in user may read it.
    Result<QHash<QString, QString>> texts(const Session &session, const QString &instrumentId,
                                          const QString &language) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace care
