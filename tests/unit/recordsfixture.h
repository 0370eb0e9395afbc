#pragma once

// Shared by the indicator, screening and import tests: the fixture school
// with a second class (ป.4/2), students in both, and a user of every role
// that the permission checks compare.
#include "testdatabase.h"

#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

namespace care::test {

struct RecordsFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);  // creates the students
    QString otherClassroomId = addClassroom(t, 2);
    Session teacher = sessionFor(t, Role::Teacher, {t.classroomId});
    Session otherTeacher = sessionFor(t, Role::Teacher, {otherClassroomId});
    Session counsellor = sessionFor(t, Role::Counsellor);
    Session nurse = sessionFor(t, Role::HealthStaff);
    Session visitor = sessionFor(t, Role::VisitCoordinator, {t.classroomId});
    // ป.4/1: สมชาย (class number 3), อนันต์ (1) and บุญมา (no number); ป.4/2: มานี.
    // All born 2015-06-10 (9 years old on the fixture's today, 2025-06-02).
    QString studentId = addStudent(QStringLiteral("สมชาย"), t.classroomId, 3);
    QString classmateId = addStudent(QStringLiteral("อนันต์"), t.classroomId, 1);
    QString unnumberedId = addStudent(QStringLiteral("บุญมา"), t.classroomId, 0);
    QString otherClassStudentId = addStudent(QStringLiteral("มานี"), otherClassroomId, 1);

    static QString addClassroom(TestDatabase &t, int room)
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(scope.isActive());
        Classroom classroom{scope.makeId(), t.schoolId, t.yearId, Grade::P4, room, {}};
        REQUIRE(SchoolRepository::insert(scope, classroom).ok());
        REQUIRE(scope.commit().ok());
        return classroom.id;
    }

    QString addStudent(const QString &firstName, const QString &classroomId, int classNumber)
    {
        StudentRecord record = makeStudentRecord(t, firstName, QStringLiteral("ใจดี"));
        record.classroomId = classroomId;
        record.classNumber = classNumber;
        auto id = StudentService(*t.db, testClock()).create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        return id.value();
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(t.db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    // The database file and its write-ahead log, as a thief would read them.
    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString &file : {t.path, t.path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

}  // namespace care::test
