// Shared by the risk screen tests: students whose levels come from real
// writes (attendance and behaviour through IndicatorService, which
// recomputes risk in the same transaction) at chosen days, and contexts for
// the roles the screens are for.
#pragma once

#include "app/appcontext.h"
#include "security/session.h"
#include "services/indicatorservice.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <memory>

namespace care::test {

struct RiskGuiFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);
    Session counsellor = sessionFor(t, Role::Counsellor);  // records behaviour
    QString otherClassroomId = addClassroom(Grade::P4, 2);

    QString addClassroom(Grade grade, int room)
    {
        WriteScope scope(*t.db, t.admin.actor(), testClock());
        Classroom classroom{scope.makeId(), t.schoolId, t.yearId, grade, room, {}};
        REQUIRE(SchoolRepository::insert(scope, classroom));
        REQUIRE(scope.commit());
        return classroom.id;
    }

    // A student of ป.4/1 (or `classroomId`) with this class number.
    QString addStudent(const QString &firstName, int classNumber, const QString &classroomId = {})
    {
        static qint64 serial = 4400;
        StudentRecord record = makeStudentRecord(t, firstName, QStringLiteral("มั่นคง"), nationalIdFor(++serial));
        record.classNumber = classNumber;
        if (!classroomId.isEmpty())
            record.classroomId = classroomId;
        auto id = StudentService(*t.db, testClock()).create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        return id.value();
    }

    // Term 1 attendance of 2568 written on `day` (09:00 UTC): 40 days
    // enrolled, `absent` of them absent (4 = 10%: at risk; 8 = 20%: problem).
    void setAbsence(const QString &studentId, int absent, const QDate &day = testClock().today())
    {
        const FixedClock clock(QDateTime(day, QTime(9, 0), Qt::UTC));
        AttendanceRecord record;
        record.studentId = studentId;
        record.termId = t.termIds[0];
        record.daysEnrolled = 40;
        record.daysAbsent = absent;
        const Status saved = IndicatorService(*t.db, clock).setTermAttendance(director, record);
        INFO((saved.ok() ? std::string() : saved.error().describe().toStdString()));
        REQUIRE(saved.ok());
    }

    // A serious incident (behaviour: problem) written on `day`.
    void addSeriousIncident(const QString &studentId, const QDate &day = testClock().today())
    {
        const FixedClock clock(QDateTime(day, QTime(9, 0), Qt::UTC));
        BehaviourIncident incident;
        incident.studentId = studentId;
        incident.occurredOn = day;
        incident.kind = BehaviourKind::Violence;
        incident.severity = Severity::Serious;
        incident.note = QStringLiteral("ต่อยเพื่อนในห้องเรียน");
        auto id = IndicatorService(*t.db, clock).addIncident(counsellor, incident);
        INFO(errorText(id));
        REQUIRE(id.ok());
    }

    int count(const QString &table)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QString currentLevel(const QString &studentId)
    {
        QSqlQuery q(t.db->connection());
        q.prepare(QStringLiteral("SELECT overall FROM risk_current WHERE student_id = ?"));
        q.addBindValue(studentId);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("none");
    }

    std::unique_ptr<ui::AppContext> context(const Session &session)
    {
        return std::make_unique<ui::AppContext>(t.db, testClock(), session);
    }
};

} // namespace care::test
