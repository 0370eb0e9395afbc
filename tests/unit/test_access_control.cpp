// AccessControl and StudentService against the whole permission matrix:
// every role × action × section, in scope and out of scope; consent for
// health staff; disabled, unknown and stale sessions; another school's user
// against every StudentService method; list scopes.
#include "accessfixture.h"
#include "rowcounts.h"

#include "security/accesscontrol.h"
#include "storage/studentsearch.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace care;
using namespace care::test;

namespace {

// A refusal says what was refused and never names the child. A change the
// role may make in no section is refused naming one of the sections.
void checkRefusal(const Error &error, Action action, Section section, std::optional<Section> orSection = {})
{
    INFO("message: " << error.message.toStdString());
    CHECK(error.message.contains(label(action)));
    CHECK((error.message.contains(label(section)) || (orSection && error.message.contains(label(*orSection)))));
    for (const QString &name : {AccessFixture::inClassName(), AccessFixture::sameSchoolName(),
                                AccessFixture::otherSchoolName(), QStringLiteral("ลับเฉพาะ")})
        CHECK_FALSE(error.message.contains(name));
}

// Students a role's scope must not reach, from the fixture.
QStringList outOfScope(const AccessFixture &f, Role role)
{
    switch (PermissionMatrix::standard().scope(role)) {
    case ScopeRule::None:
        return {f.inClass, f.sameSchool, f.otherSchoolStudent};
    case ScopeRule::School:
        return {f.otherSchoolStudent};
    case ScopeRule::Classrooms:
    case ScopeRule::Referred:
        return {f.sameSchool, f.otherSchoolStudent};
    }
    return {};
}

QSet<QString> listed(Database &db, const StudentListScope &scope)
{
    StudentFilter filter(scope);
    auto rows = StudentSearch(db).page(filter, StudentSort::Name, true, 0, 1000);
    REQUIRE(rows.ok());
    QSet<QString> ids;
    for (const StudentListRow &row : rows.value())
        ids.insert(row.id);
    auto count = StudentSearch(db).count(filter);
    REQUIRE(count.ok());
    CHECK(count.value() == ids.size());
    return ids;
}

const QStringList kCounted{QStringLiteral("student"),    QStringLiteral("household"),
                           QStringLiteral("guardian"),   QStringLiteral("student_guardian"),
                           QStringLiteral("enrollment"), QStringLiteral("audit_event"),
                           QStringLiteral("change_log")};

}  // namespace

TEST_CASE("AccessControl follows the matrix for every role, action and section, in and out of scope",
          "[access][matrix]")
{
    AccessFixture f = makeAccessFixture();
    const PermissionMatrix &matrix = PermissionMatrix::standard();
    const AccessControl access(*f.t.db, testClock());
    for (Role role : allRoles()) {
        INFO("role " << code(role).toStdString());
        const Session session = reachingSession(f, role, f.inClass);
        const bool hasScope = matrix.scope(role) != ScopeRule::None;
        for (Section section : allSections())
            for (Action action : allActions()) {
                INFO(code(action).toStdString() << " " << code(section).toStdString());
                auto inScope = access.check(session, action, section, f.inClass);
                CHECK(inScope.ok() == (hasScope && matrix.allows(role, action, section)));
                if (inScope)
                    CHECK(inScope->basis == AccessBasis::Scope);
                else
                    checkRefusal(inScope.error(), action, section);
                for (const QString &student : outOfScope(f, role)) {
                    auto refused = access.check(session, action, section, student);
                    REQUIRE_FALSE(refused.ok());
                    checkRefusal(refused.error(), action, section);
                }
            }
        for (Capability capability : allCapabilities())
            CHECK(access.check(session, capability).ok() == matrix.allows(role, capability));

        QList<Section> viewable;
        for (Section section : allSections())
            if (hasScope && matrix.allows(role, Action::View, section))
                viewable << section;
        CHECK(access.viewableSections(session, f.inClass) == viewable);
        CHECK(access.viewableSections(session, f.otherSchoolStudent).isEmpty());

        const bool createsHere
                = matrix.scope(role) == ScopeRule::School && matrix.allows(role, Action::Create, Section::Identity);
        CHECK(access.checkSchool(session, Action::Create, Section::Identity, f.t.schoolId).ok() == createsHere);
        CHECK_FALSE(access.checkSchool(session, Action::Create, Section::Identity, f.other.schoolId).ok());
    }
}

TEST_CASE("StudentService offers each role exactly the identity and family actions of the matrix",
          "[access][matrix][service]")
{
    AccessFixture f = makeAccessFixture();
    const PermissionMatrix &matrix = PermissionMatrix::standard();
    StudentService service(*f.t.db, testClock());
    const auto full = service.load(f.director, f.inClass);
    REQUIRE(full.ok());
    REQUIRE(full->household);
    REQUIRE(full->guardians.size() == 1);  // the record every role is tried on
    qint64 serial = 600;
    for (Role role : allRoles()) {
        INFO("role " << code(role).toStdString());
        const Session session = reachingSession(f, role, f.inClass);
        const bool hasScope = matrix.scope(role) != ScopeRule::None;
        const auto may
                = [&](Action action, Section section) { return hasScope && matrix.allows(role, action, section); };

        // view identity (and family only with family/view)
        auto loaded = service.load(session, f.inClass);
        REQUIRE(loaded.ok() == may(Action::View, Section::Identity));
        auto profile = service.profile(session, f.inClass);
        REQUIRE(profile.ok() == may(Action::View, Section::Identity));
        if (loaded) {
            CHECK(loaded->household.has_value() == may(Action::View, Section::Family));
            CHECK(loaded->guardians.isEmpty() == !may(Action::View, Section::Family));
            CHECK(profile->household.has_value() == may(Action::View, Section::Family));
            CHECK(profile->guardians.isEmpty() == !may(Action::View, Section::Family));
            CHECK(profile->enrollments.size() == 1);
        } else {
            checkRefusal(loaded.error(), Action::View, Section::Identity);
        }

        // update identity / update family, each on the record as now stored
        auto current = service.load(f.director, f.inClass);
        REQUIRE(current.ok());
        StudentRecord renamed = current.value();
        renamed.student.nickname = QStringLiteral("nick-") + code(role);
        const Status identityUpdate = service.update(renamed, session);
        CHECK(identityUpdate.ok() == may(Action::Update, Section::Identity));
        if (!identityUpdate)
            checkRefusal(identityUpdate.error(), Action::Update, Section::Identity, Section::Family);
        current = service.load(f.director, f.inClass);
        REQUIRE(current.ok());
        StudentRecord rephoned = current.value();
        rephoned.guardians[0].guardian.phone = QStringLiteral("089-555-%1").arg(serial, 4, 10, QLatin1Char('0'));
        const Status familyUpdate = service.update(rephoned, session);
        CHECK(familyUpdate.ok() == may(Action::Update, Section::Family));
        if (!familyUpdate)
            checkRefusal(familyUpdate.error(), Action::Update, Section::Family, Section::Identity);

        // create, with and without family, here and at another school
        StudentRecord plain = makeStudentRecord(f.t, QStringLiteral("ใหม่"), code(role), nationalIdFor(++serial));
        const bool createsHere
                = matrix.scope(role) == ScopeRule::School && matrix.allows(role, Action::Create, Section::Identity);
        auto created = service.create(plain, session);
        CHECK(created.ok() == createsHere);
        StudentRecord withFamily = studentWithFamily(f.t, QStringLiteral("ครอบครัว"), ++serial);
        CHECK(service.create(withFamily, session).ok()
              == (createsHere && matrix.allows(role, Action::Create, Section::Family)));
        StudentRecord elsewhere = makeStudentRecord(f.t, QStringLiteral("ที่อื่น"), code(role), nationalIdFor(++serial));
        elsewhere.student.schoolId = f.other.schoolId;
        elsewhere.classroomId = f.other.classroomId;
        CHECK_FALSE(service.create(elsewhere, session).ok());

        // delete a student this role reaches
        const QString disposable
                = createStudent(*f.t.db, f.director,
                                makeStudentRecord(f.t, QStringLiteral("ลบได้"), code(role), nationalIdFor(++serial)));
        const Session reaching = role == Role::HealthStaff ? reachingSession(f, role, disposable) : session;
        const Status removed = service.remove(disposable, reaching);
        CHECK(removed.ok() == may(Action::Delete, Section::Identity));
        if (!removed)
            checkRefusal(removed.error(), Action::Delete, Section::Identity);

        // out of scope: every method refused, nothing written
        for (const QString &student : outOfScope(f, role)) {
            const Session &owner = student == f.otherSchoolStudent ? f.otherDirector : f.director;
            auto stored = service.load(owner, student);
            REQUIRE(stored.ok());
            StudentRecord changed = stored.value();
            changed.student.nickname = QStringLiteral("แอบแก้");
            const auto before = rowCounts(*f.t.db, kCounted);
            CHECK_FALSE(service.load(session, student).ok());
            CHECK_FALSE(service.profile(session, student).ok());
            CHECK_FALSE(service.update(changed, session).ok());
            CHECK_FALSE(service.remove(student, session).ok());
            CHECK(rowCounts(*f.t.db, kCounted) == before);
        }
    }
}

TEST_CASE("views of the family section are audited, identity-only views are not", "[access][audit]")
{
    AccessFixture f = makeAccessFixture();
    StudentService service(*f.t.db, testClock());
    const Session teacher = sessionFor(f.t, Role::Teacher, {f.t.classroomId});
    const int before = int(auditTrail(*f.t.db, f.inClass).size());
    REQUIRE(service.profile(teacher, f.inClass).ok());
    QStringList trail = auditTrail(*f.t.db, f.inClass);
    REQUIRE(trail.size() == before + 1);
    CHECK(trail.last() == QStringLiteral("view/family/"));

    const Session nurse = reachingSession(f, Role::HealthStaff, f.inClass);
    const int afterTeacher = int(auditTrail(*f.t.db, f.inClass).size());
    REQUIRE(service.profile(nurse, f.inClass).ok());
    CHECK(auditTrail(*f.t.db, f.inClass).size() == afterTeacher);
}

TEST_CASE("health staff reach a referred student only while the guardian's consent stands", "[access][consent]")
{
    AccessFixture f = makeAccessFixture();
    const AccessControl access(*f.t.db, testClock());
    const Session nurse = sessionFor(f.t, Role::HealthStaff);
    const Session counsellor = sessionFor(f.t, Role::Counsellor);

    // A child not referred to them is refused as one nobody has.
    auto notReferred = access.check(nurse, Action::View, Section::Health, f.inClass);
    REQUIRE_FALSE(notReferred.ok());
    auto nobody = access.check(nurse, Action::View, Section::Health, QStringLiteral("no-such-student"));
    REQUIRE_FALSE(nobody.ok());
    CHECK(notReferred.error().message == nobody.error().message);

    refer(*f.t.db, f.inClass, nurse.userId());
    auto noConsent = access.check(nurse, Action::View, Section::Health, f.inClass);
    REQUIRE_FALSE(noConsent.ok());
    CHECK(noConsent.error().message.contains(QStringLiteral("consent")));
    CHECK(listed(*f.t.db, access.listScope(nurse)).isEmpty());

    decideHealthSharing(f.t, counsellor, f.inClass, ConsentDecision::Given, testClock().today().addDays(-1));
    CHECK(access.check(nurse, Action::View, Section::Health, f.inClass).ok());
    CHECK(access.check(nurse, Action::Update, Section::Health, f.inClass).ok());
    CHECK(listed(*f.t.db, access.listScope(nurse)) == QSet<QString>{f.inClass});

    decideHealthSharing(f.t, counsellor, f.inClass, ConsentDecision::Withdrawn, testClock().today());
    CHECK_FALSE(access.check(nurse, Action::View, Section::Health, f.inClass).ok());
    CHECK(listed(*f.t.db, access.listScope(nurse)).isEmpty());
}

TEST_CASE("disabled, unknown and stale sessions are refused everything", "[access][session]")
{
    AccessFixture f = makeAccessFixture();
    const AccessControl access(*f.t.db, testClock());
    StudentService service(*f.t.db, testClock());
    const Session teacher = sessionFor(f.t, Role::Teacher, {f.t.classroomId});
    REQUIRE(access.check(teacher, Action::View, Section::Identity, f.inClass).ok());

    SECTION("disabled")
    {
        REQUIRE(AccountService(*f.t.db, testClock()).setDisabled(f.t.admin, teacher.userId(), true).ok());
        auto refused = access.check(teacher, Action::View, Section::Identity, f.inClass);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("disabled")));
        CHECK_FALSE(service.load(teacher, f.inClass).ok());
        CHECK(access.viewableSections(teacher, f.inClass).isEmpty());
        CHECK(listed(*f.t.db, access.listScope(teacher)).isEmpty());
        const Session disabledDirector = sessionFor(f.t, Role::Director);
        REQUIRE(AccountService(*f.t.db, testClock()).setDisabled(f.t.admin, disabledDirector.userId(), true).ok());
        CHECK_FALSE(access.check(disabledDirector, Capability::ManageUsers).ok());
    }
    SECTION("unknown user")
    {
        const Session made(QStringLiteral("0190a000-0000-7000-8000-00000000beef"), QStringLiteral("ghost"),
                           QStringLiteral("Ghost"), Role::Director, f.t.schoolId, {}, testClock().nowUtc());
        auto refused = access.check(made, Action::View, Section::Identity, f.inClass);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("not known")));
        CHECK_FALSE(service.load(made, f.inClass).ok());
    }
    SECTION("a session claiming another role or school than its account")
    {
        const Session promoted(teacher.userId(), teacher.username(), teacher.displayName(), Role::Director,
                               teacher.schoolId(), {}, testClock().nowUtc());
        CHECK_FALSE(access.check(promoted, Action::Delete, Section::Identity, f.inClass).ok());
        const Session moved(f.director.userId(), f.director.username(), f.director.displayName(), Role::Director,
                            f.other.schoolId, {}, testClock().nowUtc());
        CHECK_FALSE(access.check(moved, Action::View, Section::Identity, f.otherSchoolStudent).ok());
    }
    SECTION("no session")
    {
        CHECK_FALSE(access.check(Session(), Action::View, Section::Identity, f.inClass).ok());
        CHECK_FALSE(access.check(Session(), Capability::ViewAudit).ok());
    }
}

TEST_CASE("another school's user is refused by every StudentService method", "[access][service]")
{
    AccessFixture f = makeAccessFixture();
    StudentService service(*f.t.db, testClock());
    auto stored = service.load(f.director, f.inClass);
    REQUIRE(stored.ok());
    for (Role role : {Role::Director, Role::Counsellor, Role::Teacher, Role::VisitCoordinator, Role::HealthStaff}) {
        INFO("role " << code(role).toStdString());
        const bool hasClasses = role == Role::Teacher || role == Role::VisitCoordinator;
        const Session outsider = userAt(f.t, role, f.other.schoolId,
                                        hasClasses ? QSet<QString>{f.other.classroomId} : QSet<QString>{});
        const auto before = rowCounts(*f.t.db, kCounted);
        auto loaded = service.load(outsider, f.inClass);
        REQUIRE_FALSE(loaded.ok());
        checkRefusal(loaded.error(), Action::View, Section::Identity);
        CHECK_FALSE(service.profile(outsider, f.inClass).ok());
        StudentRecord changed = stored.value();
        changed.student.nickname = QStringLiteral("แอบแก้");
        changed.guardians[0].guardian.phone = QStringLiteral("089-999-9999");
        CHECK_FALSE(service.update(changed, outsider).ok());
        CHECK_FALSE(service.remove(f.inClass, outsider).ok());
        StudentRecord intruder = makeStudentRecord(f.t, QStringLiteral("แทรก"), QStringLiteral("เข้ามา"));
        CHECK_FALSE(service.create(intruder, outsider).ok());
        CHECK(rowCounts(*f.t.db, kCounted) == before);
    }
}

TEST_CASE("lists contain only the students a session reaches", "[access][list]")
{
    AccessFixture f = makeAccessFixture();
    const AccessControl access(*f.t.db, testClock());
    CHECK(listed(*f.t.db, access.listScope(f.director)) == QSet<QString>{f.inClass, f.sameSchool});
    CHECK(listed(*f.t.db, access.listScope(f.otherDirector)) == QSet<QString>{f.otherSchoolStudent});
    CHECK(listed(*f.t.db, access.listScope(sessionFor(f.t, Role::Counsellor)))
          == QSet<QString>{f.inClass, f.sameSchool});
    for (Role role : {Role::Teacher, Role::VisitCoordinator})
        CHECK(listed(*f.t.db, access.listScope(sessionFor(f.t, role, {f.t.classroomId}))) == QSet<QString>{f.inClass});
    CHECK(listed(*f.t.db, access.listScope(sessionFor(f.t, Role::Teacher))).isEmpty());  // no classes
    CHECK(listed(*f.t.db, access.listScope(reachingSession(f, Role::HealthStaff, f.sameSchool)))
          == QSet<QString>{f.sameSchool});
    CHECK(listed(*f.t.db, access.listScope(f.t.admin)).isEmpty());
    CHECK(listed(*f.t.db, access.listScope(sessionFor(f.t, Role::MunicipalOfficer))).isEmpty());
    CHECK(listed(*f.t.db, access.listScope(Session())).isEmpty());
    CHECK(listed(*f.t.db, StudentListScope::everyone()).size() == 3);  // tools and tests only, by name

    // Scope combines with the other filters.
    StudentFilter filter(access.listScope(f.director));
    filter.text = AccessFixture::otherSchoolName();
    CHECK(StudentSearch(*f.t.db).count(filter).value() == 0);
    filter.text = AccessFixture::sameSchoolName();
    CHECK(StudentSearch(*f.t.db).count(filter).value() == 1);
}
