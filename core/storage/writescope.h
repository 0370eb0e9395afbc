#pragma once

#include "storage/database.h"
#include "security/secretbytes.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace care {

class Clock;
class IdGenerator;

// Who is writing. Issue-level security adds the signed-in user; until then
// the actor is the OS account or a named tool ("demo", "cli").
struct Actor {
    QString userId;
    QString name;
    static Actor system(const QString &tool);
};

enum class ChangeOperation { Insert, Update, Delete };

// Identity and order of one change-log entry.
struct ChangeStamp {
    QString changeId;
    QString hlc;  // hybrid logical clock: ms-counter-device
};

// One write = one transaction that also appends its audit event and its
// change-log entry. Nothing is visible unless commit() succeeds; leaving the
// scope without commit rolls everything back.
class WriteScope {
public:
    // ids: generator for change-log and audit ids; null = the process-wide v7 generator.
    WriteScope(Database &db, Actor actor, const Clock &clock, IdGenerator *ids = nullptr);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    // False if the transaction could not start; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    QSqlDatabase connection() const { return m_connection; }
    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Actor &actor() const { return m_actor; }
    QString now() const;  // stored timestamp of this write
    QString makeId();     // a new record id from this write's generator

    // Records one changed row for sync: the fields that changed (all on insert).
    Status recordChange(const QString &entity, const QString &entityId, ChangeOperation op,
                        const QJsonObject &fields);
    // The next change's id and clock value (recordChange takes one itself;
    // bulk writers that insert change-log rows in batches take them here).
    ChangeStamp stampChange();
    // Appends one audit event, chained to the previous one by a MAC keyed
    // with the database's audit key that covers its seq and every column.
    Status audit(const QString &action, const QString &entity, const QString &entityId,
                 const QString &section = {}, const QString &summary = {}, const QString &reason = {});
    // The same, written in the name of `who` rather than this write's actor.
    Status auditAs(const Actor &who, const QString &action, const QString &entity, const QString &entityId,
                   const QString &section = {}, const QString &summary = {}, const QString &reason = {});

    // A statement prepared once per write and reused: bulk imports bind and
    // run the same INSERT thousands of times without re-parsing it.
    Result<QSqlQuery *> prepared(const QString &sql);

    Status commit();
    void rollback();

private:
    Database &m_db;
    Actor m_actor;
    const Clock &m_clock;
    IdGenerator *m_ids = nullptr;
    QSqlDatabase m_connection;
    bool m_active = false;
    bool m_finished = false;
    Error m_error;
    QHash<QString, QSqlQuery> m_statements;
    QString m_lastAuditHash;
    qint64 m_lastAuditSeq = 0;
    bool m_lastAuditLoaded = false;
    qint64 m_hlcMs = 0;
    int m_hlcCounter = 0;
};

QString changeOperationCode(ChangeOperation op);
// The newest change-log position (0 when empty) as `connection` sees it: in
// its transaction, the position of that transaction's snapshot.
Result<qint64> lastChangeSeq(const QSqlDatabase &connection);
// SHA-256 over an audit event's stored columns (id … reason, prev_hash): the
// chain of events written before the keyed chain (chain_version 0).
QString auditEventHash(const QStringList &fieldsInColumnOrder);
// The keyed chain (chain_version 1): BLAKE2b-256 keyed with the audit key
// over the event's seq and stored columns (id … reason, prev_hash), as hex.
// Without the database key nobody can write an event that verifies.
QString auditEventMac(const SecretBytes &auditKey, qint64 seq, const QStringList &fieldsInColumnOrder);
// What the first event links to.
QString auditGenesisHash();

} // namespace care
