#pragma once

#include "clirunner.h"
#include "studentsfixture.h"

#include <QString>
#include <QStringList>

namespace care::test {

// The students fixture plus the people the security tests need, all with
// the password kTestPassword (minimal Argon2id cost, so sign-in is fast):
// "admin", "director" (fixture school, created the students), "teacher"
// (homeroom of ป.4/1, where the three students are), and at a second school
// of the municipality (code 40010099) "otherdirector" and "otherteacher",
// with one student of their own, วิไล ทองดี. The database is closed.
struct SecurityFixture {
    StudentsFixture students;
    QString otherSchoolId;
    QString otherClassroomId;
    QString otherStudentId;

    const QString &path() const { return students.base.path; }
};

SecurityFixture makeSecurityFixture();

// care-cli ARGUMENTS signed in as `username` (kTestPassword unless given).
CliRun runAs(const QString &username, const QStringList &arguments, const QString &password = kTestPassword);

// Names of the fixture's students that a refusal must never print.
QStringList fixtureStudentNames();
// True when none of those names appears in the run's stdout or stderr.
bool revealsNoName(const CliRun &run);

} // namespace care::test
