// Break-the-glass: a reason is required, the grant covers one student for
// one user, expires after "access.break_glass_hours", is audited with its
// reason and is listed for the director of the student's school only.
#include "accessfixture.h"
#include "rowcounts.h"

#include "security/accesscontrol.h"
#include "services/accessgrantservice.h"
#include "storage/studentsearch.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QString kReason = QStringLiteral("Hospital called: the child was admitted last night");
const QStringList kCounted{QStringLiteral("access_grant"), QStringLiteral("audit_event"), QStringLiteral("change_log")};

int listedCount(Database &db, const StudentListScope &scope)
{
    StudentFilter filter(scope);
    auto count = StudentSearch(db).count(filter);
    REQUIRE(count.ok());
    return count.value();
}

}  // namespace

TEST_CASE("break-the-glass is refused without a reason", "[breakglass]")
{
    AccessFixture f = makeAccessFixture();
    const Session officer = sessionFor(f.t, Role::MunicipalOfficer);
    AccessGrantService grants(*f.t.db, testClock());
    const auto before = rowCounts(*f.t.db, kCounted);
    for (const QString &reason : {QString(), QStringLiteral("   "), QStringLiteral("urgent")}) {
        auto refused = grants.open(officer, f.inClass, reason);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QLatin1String("reason"));
        CHECK(refused.error().message.contains(QStringLiteral("reason")));
    }
    CHECK(rowCounts(*f.t.db, kCounted) == before);
    CHECK_FALSE(AccessControl(*f.t.db, testClock()).check(officer, Action::View, Section::Identity, f.inClass).ok());
}

TEST_CASE("break-the-glass is refused to roles without it and for records already in scope", "[breakglass]")
{
    AccessFixture f = makeAccessFixture();
    AccessGrantService grants(*f.t.db, testClock());
    for (Role role : {Role::Counsellor, Role::Teacher, Role::VisitCoordinator, Role::HealthStaff}) {
        INFO("role " << code(role).toStdString());
        CHECK_FALSE(grants.open(sessionFor(f.t, role), f.otherSchoolStudent, kReason).ok());
    }
    auto inScope = grants.open(f.director, f.inClass, kReason);
    REQUIRE_FALSE(inScope.ok());
    CHECK(inScope.error().message.contains(QStringLiteral("already")));
    CHECK_FALSE(grants.open(sessionFor(f.t, Role::MunicipalOfficer),
                            QStringLiteral("0190a000-0000-7000-8000-00000000dead"), kReason)
                        .ok());
}

TEST_CASE("a grant opens that student only, for that user, with the reason audited", "[breakglass]")
{
    AccessFixture f = makeAccessFixture();
    const Session officer = sessionFor(f.t, Role::MunicipalOfficer);
    const Session otherOfficer = sessionFor(f.t, Role::MunicipalOfficer);
    AccessGrantService grants(*f.t.db, testClock());
    const AccessControl access(*f.t.db, testClock());

    auto grant = grants.open(officer, f.inClass, QStringLiteral("  ") + kReason + QStringLiteral("\n"));
    INFO(errorText(grant));
    REQUIRE(grant.ok());
    CHECK(grant->studentId == f.inClass);
    CHECK(grant->userId == officer.userId());
    CHECK(grant->reason == kReason);
    CHECK(grant->expiresAtUtc == testClock().nowUtc().addSecs(3 * 3600));
    CHECK(grant->studentName.contains(AccessFixture::inClassName()));

    auto decision = access.check(officer, Action::View, Section::Family, f.inClass);
    REQUIRE(decision.ok());
    CHECK(decision->basis == AccessBasis::BreakTheGlass);
    CHECK(decision->grantId == grant->id);
    CHECK(decision->reason == kReason);
    // Only what the matrix gives the role: an officer changes nothing and sees no health.
    CHECK_FALSE(access.check(officer, Action::Update, Section::Identity, f.inClass).ok());
    CHECK_FALSE(access.check(officer, Action::View, Section::Health, f.inClass).ok());
    // Not another student, not another user.
    CHECK_FALSE(access.check(officer, Action::View, Section::Identity, f.sameSchool).ok());
    CHECK_FALSE(access.check(otherOfficer, Action::View, Section::Identity, f.inClass).ok());
    CHECK(listedCount(*f.t.db, access.listScope(officer)) == 1);
    CHECK(listedCount(*f.t.db, access.listScope(otherOfficer)) == 0);

    const QStringList trailBefore = auditTrail(*f.t.db, f.inClass);
    CHECK(trailBefore.contains(QStringLiteral("break_the_glass//") + kReason));

    // Views under the grant carry its reason.
    auto loaded = StudentService(*f.t.db, testClock()).load(officer, f.inClass);
    REQUIRE(loaded.ok());
    CHECK(loaded->household.has_value());
    const QStringList trail = auditTrail(*f.t.db, f.inClass);
    REQUIRE(trail.size() == trailBefore.size() + 2);
    CHECK(trail.at(trail.size() - 2) == QStringLiteral("view/identity/") + kReason);
    CHECK(trail.last() == QStringLiteral("view/family/") + kReason);
}

TEST_CASE("a grant expires after the hours of the setting", "[breakglass]")
{
    AccessFixture f = makeAccessFixture();
    const Session officer = sessionFor(f.t, Role::MunicipalOfficer);
    FixedClock clock(testClock().nowUtc());
    const AccessControl access(*f.t.db, clock);

    SECTION("default: 3 hours")
    {
        REQUIRE(AccessGrantService(*f.t.db, clock).open(officer, f.inClass, kReason).ok());
        clock.advanceSecs(3 * 3600 - 1);
        CHECK(access.check(officer, Action::View, Section::Identity, f.inClass).ok());
        CHECK(listedCount(*f.t.db, access.listScope(officer)) == 1);
        clock.advanceSecs(1);
        auto expired = access.check(officer, Action::View, Section::Identity, f.inClass);
        REQUIRE_FALSE(expired.ok());
        CHECK(expired.error().message.contains(QStringLiteral("break-the-glass")));
        CHECK_FALSE(expired.error().message.contains(AccessFixture::inClassName()));
        CHECK(listedCount(*f.t.db, access.listScope(officer)) == 0);
        CHECK_FALSE(StudentService(*f.t.db, clock).load(officer, f.inClass).ok());
    }
    SECTION("access.break_glass_hours = 1")
    {
        REQUIRE(f.t.db->setSetting(QStringLiteral("access.break_glass_hours"), QStringLiteral("1")).ok());
        auto grant = AccessGrantService(*f.t.db, clock).open(officer, f.inClass, kReason);
        REQUIRE(grant.ok());
        CHECK(grant->expiresAtUtc == clock.nowUtc().addSecs(3600));
        clock.advanceSecs(3600 - 1);
        CHECK(access.check(officer, Action::View, Section::Identity, f.inClass).ok());
        clock.advanceSecs(1);
        CHECK_FALSE(access.check(officer, Action::View, Section::Identity, f.inClass).ok());
    }
    SECTION("a new grant after expiry opens the record again")
    {
        REQUIRE(AccessGrantService(*f.t.db, clock).open(officer, f.inClass, kReason).ok());
        clock.advanceSecs(4 * 3600);
        REQUIRE(AccessGrantService(*f.t.db, clock).open(officer, f.inClass, kReason).ok());
        CHECK(access.check(officer, Action::View, Section::Identity, f.inClass).ok());
    }
}

TEST_CASE("grants are listed for the director of the student's school, not of another", "[breakglass]")
{
    AccessFixture f = makeAccessFixture();
    const Session officer = sessionFor(f.t, Role::MunicipalOfficer);
    AccessGrantService grants(*f.t.db, testClock());
    REQUIRE(grants.open(officer, f.inClass, kReason).ok());
    REQUIRE(grants.open(f.t.admin, f.otherSchoolStudent, QStringLiteral("Subject-access request from the mother"))
                    .ok());
    // A director may open another school's record too; it shows at that school.
    REQUIRE(grants.open(f.otherDirector, f.sameSchool, QStringLiteral("Transfer: checking the previous school record"))
                    .ok());

    auto ownSchool = grants.list(f.director, testClock().nowUtc().addDays(-1));
    REQUIRE(ownSchool.ok());
    REQUIRE(ownSchool->size() == 2);
    QSet<QString> students;
    for (const AccessGrant &g : ownSchool.value()) {
        students.insert(g.studentId);
        CHECK_FALSE(g.studentName.isEmpty());  // the director may see who it was
        CHECK_FALSE(g.userName.isEmpty());
    }
    CHECK(students == QSet<QString>{f.inClass, f.sameSchool});

    auto otherSchool = grants.list(f.otherDirector, testClock().nowUtc().addDays(-1));
    REQUIRE(otherSchool.ok());
    REQUIRE(otherSchool->size() == 1);
    CHECK(otherSchool->first().studentId == f.otherSchoolStudent);
    CHECK(otherSchool->first().reason == QStringLiteral("Subject-access request from the mother"));

    auto all = grants.list(f.t.admin, {});
    REQUIRE(all.ok());
    CHECK(all->size() == 3);
    auto recent = grants.list(f.t.admin, testClock().nowUtc().addSecs(1));
    REQUIRE(recent.ok());
    CHECK(recent->isEmpty());

    for (Role role : {Role::Counsellor, Role::Teacher, Role::MunicipalOfficer})
        CHECK_FALSE(grants.list(sessionFor(f.t, role), {}).ok());
}
