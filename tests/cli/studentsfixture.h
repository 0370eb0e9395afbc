#pragma once

#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace care::test {

// Three students made through StudentService in the shared test database:
// สมชาย ศรีสุวรรณ (national ID, mother, household, term-1 attendance and
// grades), สมหญิง ใจดี (G-code) and ปิติ มั่นคง. They are created by
// "director", the director of the fixture school, who reaches them all
// (password kTestPassword, like "admin"). The database is closed again, so
// care-cli opens the file on its own.
struct StudentsFixture {
    TestDatabase base;
    QString somchaiId;
    QString somchaiCitizenId;
    QString somyingId;
    Session director;
};

StudentsFixture makeStudentsFixture();
QString nationalIdWithCheckDigit(const QString &first12);

// CARE_USER and CARE_PASSWORD for care-cli's sign-in.
QStringList signInAs(const QString &username, const QString &password = kTestPassword);

// care-cli students SUBCOMMAND --db <fixture> ARGUMENTS, signed in as
// "director" unless options.environment names another CARE_USER.
CliRun students(const QString &subcommand, const StudentsFixture &f, const QStringList &arguments,
                const CliOptions &options = {});
QJsonDocument parseJson(const CliRun &run);  // fails the test unless stdout is JSON
QStringList firstNames(const QJsonArray &rows);  // sorted firstNameTh values

} // namespace care::test
