#pragma once

#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QHash>

namespace care::test {

// Students of a municipality some years on (the test clock is 2 June 2025,
// retention 5 years: leavers whose last school year ended by 2 June 2020).
struct RetentionFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);  // creates the students
    QString classroom2560;  // year ended 31 March 2018
    QString classroom2564;  // year ended 31 March 2022
    QString expiredId;      // left school after 2560, with family, consent and a form
    QString expiredTooId;   // moved away after 2560, no family
    QString recentId;       // enrolled 2560 and 2564, then left: not yet expired
    QString graduatedId;    // graduated in the current year
    QString studyingId;     // still studying, last enrolled in 2560
    QString siblingId;      // studying; shares the household and one guardian with expiredId
    QString sharedGuardianId;

    RetentionFixture()
    {
        classroom2560 = addYear(2560, Grade::P4);
        classroom2564 = addYear(2564, Grade::P6);
        GuardianLink mother = guardian(QStringLiteral("สมจิตรลับ"), QStringLiteral("0899999991"), true);
        GuardianLink grandmother = guardian(QStringLiteral("บุญเรือนร่วม"), QStringLiteral("0811111112"), false);
        Household home;
        home.address.houseNumber = QStringLiteral("77/7");
        home.address.road = QStringLiteral("ซอยเฉพาะกิจ");
        home.address.subdistrict = QStringLiteral("ในเมือง");
        home.memberCount = 5;
        home.monthlyIncomeBaht = 7300;
        home.livingArrangement = LivingArrangement::Grandparents;

        StudentRecord sibling = record(QStringLiteral("น้องร่วมบ้าน"), t.classroomId, StudentStatus::Studying, 2016);
        sibling.household = home;
        sibling.guardians << grandmother;
        siblingId = create(sibling);
        auto stored = StudentService(*t.db, testClock()).load(director, siblingId);
        REQUIRE(stored.ok());
        sharedGuardianId = stored->guardians.first().guardian.id;

        StudentRecord expired = record(QStringLiteral("อนุชาหายไป"), classroom2560, StudentStatus::LeftSchool, 2008);
        Student &s = expired.student;
        s.idKind = IdKind::NationalId;
        s.citizenId = nationalIdFor(424242);
        s.studentNumber = QStringLiteral("59017");
        s.firstNameEn = QStringLiteral("Anuchavanish");
        s.lastNameEn = QStringLiteral("Srisaardlost");
        s.nickname = QStringLiteral("ต้นกล้าน้อย");
        s.address.houseNumber = QStringLiteral("77/7");
        s.address.road = QStringLiteral("ซอยเฉพาะกิจ");
        s.address.subdistrict = QStringLiteral("ในเมือง");
        s.address.district = QStringLiteral("เมืองขอนแก่น");
        expired.household = stored->household;
        expired.guardians << mother << stored->guardians.first();
        expiredId = create(expired);

        expiredTooId = create(record(QStringLiteral("พิมพ์ใจจากไป"), classroom2560, StudentStatus::Moved, 2008));
        recentId = create(record(QStringLiteral("ยังไม่ครบ"), classroom2560, StudentStatus::LeftSchool, 2008));
        enrol(recentId, classroom2564);
        graduatedId = create(record(QStringLiteral("จบปีนี้"), t.classroomId, StudentStatus::Graduated, 2013));
        studyingId = create(record(QStringLiteral("ยังเรียนอยู่"), classroom2560, StudentStatus::Studying, 2008));
    }

    QString addYear(int yearBe, Grade grade)
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(scope.isActive());
        const int ce = yearBe - 543;
        AcademicYear year{scope.makeId(), yearBe, QDate(ce, 5, 16), QDate(ce + 1, 3, 31)};
        REQUIRE(SchoolRepository::insert(scope, year).ok());
        for (int n = 1; n <= 2; ++n) {
            Term term{scope.makeId(), year.id, n, n == 1 ? QDate(ce, 5, 16) : QDate(ce, 11, 1),
                      n == 1 ? QDate(ce, 10, 10) : QDate(ce + 1, 3, 31)};
            REQUIRE(SchoolRepository::insert(scope, term).ok());
            terms << term.id;
        }
        Classroom classroom;
        classroom.id = scope.makeId();
        classroom.schoolId = t.schoolId;
        classroom.academicYearId = year.id;
        classroom.grade = grade;
        classroom.room = 1;
        REQUIRE(SchoolRepository::insert(scope, classroom).ok());
        REQUIRE(scope.commit().ok());
        yearOfClassroom.insert(classroom.id, year.id);
        return classroom.id;
    }

    static GuardianLink guardian(const QString &name, const QString &phone, bool primary)
    {
        GuardianLink link;
        link.guardian.firstName = name;
        link.guardian.lastName = QStringLiteral("สกุลผู้ปกครอง");
        link.guardian.phone = phone;
        link.relation = primary ? GuardianRelation::Mother : GuardianRelation::Grandmother;
        link.isPrimary = primary;
        return link;
    }

    StudentRecord record(const QString &name, const QString &classroomId, StudentStatus status, int birthYear) const
    {
        StudentRecord r = makeStudentRecord(t, name, QStringLiteral("นามสกุลทดสอบ"));
        r.classroomId = classroomId;
        r.student.status = status;
        r.student.birthDate = QDate(birthYear, 3, 15);
        r.student.sex = birthYear % 2 ? Sex::Female : Sex::Male;
        return r;
    }

    QString create(const StudentRecord &r)
    {
        auto id = StudentService(*t.db, testClock()).create(r, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        const QStringList termIds = r.classroomId == t.classroomId ? QStringList{t.termIds[0], t.termIds[1]}
                                                                   : terms.mid(0, 2);
        for (const QString &term : termIds) {
            AttendanceRecord a{scope.makeId(), id.value(), term, 100, 7, 2};
            REQUIRE(StudentRepository::insert(scope, a).ok());
        }
        REQUIRE(scope.commit().ok());
        return id.value();
    }

    void enrol(const QString &studentId, const QString &classroomId)
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(StudentRepository::insert(scope, Enrollment{scope.makeId(), studentId, classroomId,
                                                            yearOfClassroom.value(classroomId), 3})
                    .ok());
        REQUIRE(scope.commit().ok());
    }

    QStringList terms;
    QHash<QString, QString> yearOfClassroom;
};

} // namespace care::test
