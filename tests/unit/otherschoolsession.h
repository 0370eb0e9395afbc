#pragma once

#include "storage/schoolrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

namespace care::test {

// A user of `role` at a second school of the municipality: for checks that a
// record of the fixture school stays out of reach.
inline Session otherSchoolSession(TestDatabase &t, Role role)
{
    School other;
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(scope.isActive());
        other.id = scope.makeId();
        other.municipalityId = t.municipalityId;
        other.code = QStringLiteral("40010%1").arg(other.id.right(3).toUpper());
        other.nameTh = QStringLiteral("โรงเรียนเทศบาลอื่น");
        other.kind = SchoolKind::Primary;
        REQUIRE(SchoolRepository::insert(scope, other).ok());
        REQUIRE(scope.commit().ok());
    }
    const QString fixtureSchool = t.schoolId;
    t.schoolId = other.id;  // sessionFor puts school roles at t.schoolId
    const Session session = sessionFor(t, role);
    t.schoolId = fixtureSchool;
    return session;
}

} // namespace care::test
