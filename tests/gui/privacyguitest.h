// Shared by the privacy screen tests: a database with students made by the
// school's director, and contexts for the roles the screens are for.
#pragma once

#include "app/appcontext.h"
#include "security/session.h"
#include "services/studentservice.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <memory>

namespace care::test {

struct PrivacyFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);  // the fixture school's

    // A student of the fixture's classroom, made by the school's director.
    QString addStudent(const QString &firstName, qint64 idSerial, bool withGuardian = false)
    {
        StudentRecord record = makeStudentRecord(t, firstName, QStringLiteral("ใจดี"), nationalIdFor(idSerial));
        if (withGuardian) {
            GuardianLink mother;
            mother.guardian.prefix = QStringLiteral("นาง");
            mother.guardian.firstName = QStringLiteral("มาลี");
            mother.guardian.lastName = QStringLiteral("ใจดี");
            mother.relation = GuardianRelation::Mother;
            mother.isPrimary = true;
            record.guardians << mother;
        }
        auto id = StudentService(*t.db, testClock()).create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        return id.value();
    }

    std::unique_ptr<ui::AppContext> context(const Session &session)
    {
        return std::make_unique<ui::AppContext>(t.db, testClock(), session);
    }
};

} // namespace care::test
