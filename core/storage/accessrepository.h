#pragma once

#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace care {

// What access control needs to know about the user behind a session.
struct AccessUserRow {
    QString role;      // Role code as stored
    QString schoolId;  // empty = NULL
    bool disabled = false;
    QSet<QString> classroomIds;  // assignments as they are now (teachers, visitors)
};

// One break-the-glass grant as stored, with the names the review list shows.
struct AccessGrantRow {
    QString id;
    QString userId;
    QString userName;  // display name (read only)
    QString studentId;
    QString studentSchoolId;  // read only
    QString reason;
    QDateTime grantedAtUtc;
    QDateTime expiresAtUtc;
};

// All SQL of scope decisions: which school and classrooms a student is in,
// referrals, break-the-glass grants and the consent health staff need.
class AccessRepository {
public:
    explicit AccessRepository(Database &db) : m_db(db) {}

    Result<std::optional<AccessUserRow>> user(const QString &userId) const;
    // Empty optional if no such student.
    Result<std::optional<QString>> studentSchool(const QString &studentId) const;
    // The academic year `today` falls in, or the latest one begun before it
    // (the holidays between years still belong to the year just ended).
    Result<QString> currentAcademicYear(const QDate &today) const;
    // Classrooms the student is enrolled in for that year.
    Result<QSet<QString>> classroomsInYear(const QString &studentId, const QString &academicYearId) const;
    Result<bool> hasOpenReferral(const QString &userId, const QString &studentId) const;
    // The latest decision ("given"/"withdrawn") for a consent purpose; empty if none.
    Result<QString> latestConsentDecision(const QString &studentId, const QString &purpose) const;

    // The newest grant of this user on this student valid at `nowUtc`, if any.
    Result<std::optional<AccessGrantRow>> activeGrant(const QString &userId, const QString &studentId,
                                                      const QDateTime &nowUtc) const;
    // The reason of each student's grant to this user valid at `nowUtc`, by student id.
    Result<QHash<QString, QString>> activeGrantReasons(const QString &userId, const QDateTime &nowUtc) const;
    // Grants given since `sinceUtc`, newest first; schoolId empty = every school.
    Result<QList<AccessGrantRow>> grants(const QString &schoolId, const QDateTime &sinceUtc) const;
    // Change-logged insert inside the caller's write (the caller audits).
    static Status insert(WriteScope &scope, const AccessGrantRow &grant);

private:
    Database &m_db;
};

}  // namespace care
