#pragma once

// Shared by the access tests: a second school, users at any school, and
// the audit events a test wrote.
#include "testdatabase.h"

#include "services/accountservice.h"
#include "services/consentservice.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QStringList>

namespace care::test {

struct OtherSchool {
    QString schoolId;
    QString classroomId;  // ป.1/1 in the fixture's academic year
};

// Another school of the fixture's municipality, with one classroom.
inline OtherSchool addOtherSchool(TestDatabase &t, const QString &schoolCode = QStringLiteral("40010099"))
{
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    REQUIRE(scope.isActive());
    School school;
    school.id = scope.makeId();
    school.municipalityId = t.municipalityId;
    school.code = schoolCode;
    school.nameTh = QStringLiteral("โรงเรียนเทศบาลอื่น ") + schoolCode;
    REQUIRE(SchoolRepository::insert(scope, school).ok());
    Classroom classroom{scope.makeId(), school.id, t.yearId, Grade::P1, 1, {}};
    REQUIRE(SchoolRepository::insert(scope, classroom).ok());
    REQUIRE(scope.commit().ok());
    return {school.id, classroom.id};
}

// A real user with this role at `schoolId` (ignored for admin and officer),
// assigned to `classroomIds`; returns their session.
inline Session userAt(TestDatabase &t, Role role, const QString &schoolId, QSet<QString> classroomIds = {})
{
    static int serial = 0;
    NewUser user;
    user.username = QStringLiteral("at%1%2").arg(code(role)).arg(++serial);
    user.displayName = QStringLiteral("Test ") + user.username;
    user.role = role;
    user.schoolId = isSchoolRole(role) ? schoolId : QString();
    user.classroomIds = std::move(classroomIds);
    user.password = kTestPassword;
    AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
    auto added = accounts.addUserUnchecked(t.admin, user);
    INFO("add user: " << errorText(added));
    REQUIRE(added.ok());
    return Session(added.value(), user.username, user.displayName, role, user.schoolId, user.classroomIds,
                   testClock().nowUtc());
}

// "action/section/reason" of the audit events on one entity, oldest first.
inline QStringList auditTrail(Database &db, const QString &entityId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT action, coalesce(section, ''), coalesce(reason, '') FROM audit_event "
                             "WHERE entity_id = ? ORDER BY seq"));
    q.addBindValue(entityId);
    REQUIRE(q.exec());
    QStringList events;
    while (q.next())
        events << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/')
                        + q.value(2).toString();
    return events;
}

// Three students seen from every role: one in the fixture classroom (with a
// household and a guardian), one in another class of the same school, one
// at another school. Names are distinctive so tests can check that no
// refusal reveals them.
struct AccessFixture {
    TestDatabase t;
    OtherSchool other;
    QString otherClassroom;  // same school, ป.5/1
    Session director;        // fixture school
    Session otherDirector;   // other school
    QString inClass;
    QString sameSchool;
    QString otherSchoolStudent;
    static QString inClassName() { return QStringLiteral("ปริศนา"); }
    static QString sameSchoolName() { return QStringLiteral("วรเชษฐ์"); }
    static QString otherSchoolName() { return QStringLiteral("ธีรวัฒน์"); }
};

inline StudentRecord studentWithFamily(const TestDatabase &t, const QString &firstName, qint64 serial)
{
    StudentRecord record = makeStudentRecord(t, firstName, QStringLiteral("ลับเฉพาะ"), nationalIdFor(serial));
    Household h;
    h.memberCount = 3;
    h.monthlyIncomeBaht = 6500;
    h.livingArrangement = LivingArrangement::Grandparents;
    record.household = h;
    GuardianLink link;
    link.guardian.firstName = QStringLiteral("บุญมา");
    link.guardian.lastName = QStringLiteral("ลับเฉพาะ");
    link.guardian.phone = QStringLiteral("081-000-1111");
    link.relation = GuardianRelation::Grandmother;
    link.isPrimary = true;
    record.guardians << link;
    return record;
}

inline QString createStudent(Database &db, const Session &session, const StudentRecord &record)
{
    auto created = StudentService(db, testClock()).create(record, session);
    INFO("create: " << errorText(created));
    REQUIRE(created.ok());
    return created.value();
}

inline AccessFixture makeAccessFixture()
{
    AccessFixture f{makeTestDatabase(), {}, {}, {}, {}, {}, {}, {}};
    f.other = addOtherSchool(f.t);
    {
        WriteScope scope(*f.t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(scope.isActive());
        Classroom p5{scope.makeId(), f.t.schoolId, f.t.yearId, Grade::P5, 1, {}};
        REQUIRE(SchoolRepository::insert(scope, p5).ok());
        REQUIRE(scope.commit().ok());
        f.otherClassroom = p5.id;
    }
    f.director = sessionFor(f.t, Role::Director);
    f.otherDirector = userAt(f.t, Role::Director, f.other.schoolId);
    f.inClass = createStudent(*f.t.db, f.director, studentWithFamily(f.t, AccessFixture::inClassName(), 501));
    StudentRecord same = studentWithFamily(f.t, AccessFixture::sameSchoolName(), 502);
    same.classroomId = f.otherClassroom;
    f.sameSchool = createStudent(*f.t.db, f.director, same);
    StudentRecord elsewhere = studentWithFamily(f.t, AccessFixture::otherSchoolName(), 503);
    elsewhere.student.schoolId = f.other.schoolId;
    elsewhere.classroomId = f.other.classroomId;
    f.otherSchoolStudent = createStudent(*f.t.db, f.otherDirector, elsewhere);
    return f;
}

// An open health referral of the student to the user (the referral feature will write these).
inline void refer(Database &db, const QString &studentId, const QString &userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO care_assignment(id, user_id, student_id, kind, assigned_at) "
                             "VALUES (?, ?, ?, 'health_referral', ?)"));
    q.addBindValue(QStringLiteral("ref-") + studentId + userId);
    q.addBindValue(userId);
    q.addBindValue(studentId);
    q.addBindValue(toStoredTimestamp(testClock().nowUtc()));
    REQUIRE(q.exec());
}

// The guardian's decision on sharing with health staff, recorded by a counsellor.
inline void decideHealthSharing(TestDatabase &t, const Session &counsellor, const QString &studentId,
                                ConsentDecision decision, const QDate &on)
{
    ConsentRecord consent;
    consent.studentId = studentId;
    consent.purpose = ConsentPurpose::HealthSharing;
    consent.decision = decision;
    consent.decidedOn = on;
    auto recorded = ConsentService(*t.db, testClock()).record(counsellor, consent);
    INFO("consent: " << errorText(recorded));
    REQUIRE(recorded.ok());
}

// A session of this role that reaches `studentId` by its scope where the
// role has one: teachers and visitors are assigned the fixture classroom,
// health staff get a referral with consent.
inline Session reachingSession(AccessFixture &f, Role role, const QString &studentId)
{
    switch (role) {
    case Role::SystemAdministrator:
        return f.t.admin;
    case Role::Director:
        return f.director;
    case Role::Teacher:
    case Role::VisitCoordinator:
        return sessionFor(f.t, role, {f.t.classroomId});
    case Role::HealthStaff: {
        const Session nurse = sessionFor(f.t, role);
        refer(*f.t.db, studentId, nurse.userId());
        decideHealthSharing(f.t, sessionFor(f.t, Role::Counsellor), studentId, ConsentDecision::Given,
                            testClock().today());
        return nurse;
    }
    case Role::MunicipalOfficer:
    case Role::Counsellor:
        break;
    }
    return sessionFor(f.t, role);
}

}  // namespace care::test
