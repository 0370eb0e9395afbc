#pragma once

#include "security/roles.h"
#include "security/session.h"
#include "services/studentservice.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace care::test {

// A fresh Care database in a temporary folder with the minimum a student
// needs: one municipality, one primary school, academic year 2568 BE with
// two terms, and classroom ป.4/1. The folder is removed with the struct.
// The database is set up (AccountService::setUp, minimal Argon2id cost) with
// the administrator "admin" (password kTestPassword), who stays signed in:
// the key is unlocked, so sealed fields can be read and written.
struct TestDatabase {
    std::unique_ptr<QTemporaryDir> dir;  // pointer: keeps the struct movable
    DatabasePtr db;
    QString path;                        // the .care file
    QString municipalityId;
    QString schoolId;
    QString yearId;
    QString termIds[2];
    QString classroomId;
    Session admin;                       // signed-in system administrator
    QString recoveryKey;                 // from set-up
};

// The password of every fixture user.
inline const QString kTestPassword = QStringLiteral("correct horse battery");

// The clock every fixture write uses (2025-06-02 09:00 UTC, inside term 1).
const FixedClock &testClock();

// Builds the database; fails the running Catch2 test if anything goes wrong.
TestDatabase makeTestDatabase();

// A real user with this role (minimal password cost, password kTestPassword),
// at the fixture school for school roles, assigned to `classroomIds` (teacher,
// visitor); returns their session. The database key stays unlocked. An empty
// username makes a unique one from the role.
Session sessionFor(TestDatabase &t, Role role, QSet<QString> classroomIds = {}, QString username = {});

// The error of a failed Result as text for INFO(), empty when it succeeded.
template <typename T>
std::string errorText(const Result<T> &result)
{
    return result.ok() ? std::string() : result.error().describe().toStdString();
}

// A valid 13-digit national ID made from a serial number (check digit computed).
QString nationalIdFor(qint64 serial);

// A valid record for the fixture's school, enrolled in its classroom, born
// 2015-06-10, with no household or guardians; empty citizenId = IdKind::None.
StudentRecord makeStudentRecord(const TestDatabase &t, const QString &firstNameTh, const QString &lastNameTh,
                                const QString &citizenId = {});

} // namespace care::test
