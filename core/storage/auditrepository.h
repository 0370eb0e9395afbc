#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace care {

// One audit_event row as stored; actor is "userId|name" for a signed-in
// user or a tool's name.
struct AuditRow {
    qint64 seq = 0;
    QString id;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString section;
    QString summary;
    QString reason;
    QString prevHash;
    QString hash;
    int chainVersion = 0;  // 0: plain SHA-256 of an earlier version; 1: keyed MAC with seq

    // The columns auditEventHash() and auditEventMac() cover, in column order.
    QStringList hashedFields() const;
};

// Which events to list. Empty fields do not filter.
struct AuditRowQuery {
    QString actorUserId;  // events written by this user
    QString entityId;     // events about this record (a student's id)
    QString action;
    QString fromUtc;       // stored timestamps: at >= fromUtc
    QString beforeUtc;     // at < beforeUtc
    qint64 beforeSeq = 0;  // only seq < beforeSeq (0 = from the newest)
    int limit = 500;
    // Only events about students or users of this school, or written by its users.
    QString schoolId;
};

// All SQL of the audit trail's readers. Writing is WriteScope::audit.
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Result<qint64> count() const;
    // Every event in seq order, one row at a time (constant memory);
    // visit returns false to stop early.
    Status forEachInOrder(const std::function<bool(const AuditRow &)> &visit) const;
    // Newest first.
    Result<QList<AuditRow>> find(const AuditRowQuery &query) const;
    // The school of a student ("" if there is no such student).
    Result<QString> schoolOfStudent(const QString &studentId) const;

private:
    Database &m_db;
};

} // namespace care
