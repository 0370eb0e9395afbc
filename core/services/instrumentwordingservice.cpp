#include "services/instrumentwordingservice.h"

#include "security/accesscontrol.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QMap>

namespace care {

struct InstrumentWordingText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentWordingText)
};

InstrumentWordingService::InstrumentWordingService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<WordingChange>> InstrumentWordingService::import(const Session &session,
                                                              const QList<WordingEntry> &entries)
{
    if (auto allowed = AccessControl(m_db, m_clock).check(session, Capability::ManageSettings); !allowed)
        return allowed.error();
    if (entries.isEmpty())
        return Error{InstrumentWordingText::tr("There is no wording to import."), {}, {}};
    // instrument/language → texts, in a stable order.
    QMap<std::pair<QString, QString>, QHash<QString, QString>> groups;
    for (const WordingEntry &entry : entries)
        groups[{entry.instrumentId, entry.language}].insert(entry.itemKey, entry.text);

    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    QList<WordingChange> changes;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto change = InstrumentWordingRepository::replace(scope, it.key().first, it.key().second, it.value());
        if (!change)
            return change.error();
        const QString summary = QStringLiteral("%1 texts: %2 added, %3 changed, %4 removed")
                                        .arg(it.value().size())
                                        .arg(change->added)
                                        .arg(change->changed)
                                        .arg(change->removed);
        if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("instrument_wording"),
                                 it.key().first + QLatin1Char('/') + it.key().second, {}, summary);
            !s)
            return s.error();
        changes << change.value();
    }
    if (auto s = scope.commit(); !s)
        return s.error();
    return changes;
}

Result<QHash<QString, QString>> InstrumentWordingService::texts(const Session &session, const QString &instrumentId,
                                                                const QString &language) const
{
    if (!session.isValid())
        return Error{InstrumentWordingText::tr("Sign in to read the wording of questionnaires."), {}, {}};
    return InstrumentWordingRepository(m_db).texts(instrumentId, language);
}

}  // namespace care
