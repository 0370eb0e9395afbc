#pragma once

#include "security/accesscontrol.h"
#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace care {

class Clock;

struct AuditEvent {
    qint64 seq = 0;
    QString id;
    QString at;        // stored UTC timestamp
    QString actorId;   // user id ("" for tools)
    QString actorName;
    QString action;    // create, update, delete, view, export, print, sign_in, ...
    QString entity;
    QString entityId;
    QString section;
    QString summary;
    QString reason;    // break-the-glass reason
};

struct AuditFilter {
    QString userId;
    QString studentId;  // events whose entity_id is the student
    QString action;
    QDate from;         // inclusive, local calendar dates; invalid = open
    QDate to;
    int limit = 500;
    qint64 beforeSeq = 0;  // paging: only events older than this (0 = newest first)
};

struct AuditVerification {
    qint64 eventsChecked = 0;
    bool intact = true;
    qint64 firstBadSeq = 0;  // the first event whose hash or link fails
    QString problem;         // translated: what is wrong with it
    qint64 newestSeq = 0;    // the anchor to note down: a later check given it
    QString newestHash;      // proves that nothing up to it was cut off
};

// An event noted from an earlier check (seq and hash). The chain alone cannot
// show that its newest events were cut off; an anchor kept elsewhere can.
struct AuditAnchor {
    qint64 seq = 0;
    QString hash;
};

// Reading the audit trail. Writing is WriteScope::audit, in every write's
// own transaction; this service verifies the hash chain and lists events for
// those allowed to see them (administrator: all; director: their school's
// students and users).
class AuditService {
public:
    AuditService(Database &db, const Clock &clock);

    // Walks the whole chain (streaming, constant memory). progress(done, total)
    // may return false to cancel. Needs no sign-in: anyone may check integrity.
    Result<AuditVerification> verify(const std::function<bool(qint64, qint64)> &progress = {},
                                     const std::optional<AuditAnchor> &anchor = std::nullopt) const;
    Result<QList<AuditEvent>> list(const Session &session, const AuditFilter &filter) const;
    // The record id of the student `text` names (record id, national ID /
    // G-code or student number) among those whose events the session may
    // list (a director: their school's; the administrator: all). Needs
    // view_audit; any other student is answered as nobody.
    Result<QString> findStudent(const Session &session, const QString &text) const;
    // "Who viewed this": views of the student's sensitive sections, newest first.
    Result<QList<AuditEvent>> viewsOf(const Session &session, const QString &studentId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
