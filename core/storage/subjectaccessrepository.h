#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace care {

// A break-the-glass grant on one student, with the name of who asked.
struct StudentAccessGrantRow {
    QString id;
    QString userId;
    QString userName;
    QString reason;
    QString grantedAt;  // stored timestamps
    QString expiresAt;
};

// Reads only the subject-access export needs beyond the student's profile,
// consent and audit trail (which have repositories of their own).
class SubjectAccessRepository {
public:
    explicit SubjectAccessRepository(Database &db) : m_db(db) {}

    // Every grant on the student, oldest first.
    Result<QList<StudentAccessGrantRow>> accessGrants(const QString &studentId) const;

private:
    Database &m_db;
};

} // namespace care
