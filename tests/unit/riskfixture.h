#pragma once

// Shared by the risk tests: students with indicators written straight into
// the tables (as the indicator and screening services store them), and the
// recompute the services run after each write.
#include "otherschoolsession.h"
#include "testdatabase.h"

#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/studentservice.h"
#include "storage/rowmapping.h"
#include "storage/screeningrepository.h"
#include "storage/tablerow.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSqlQuery>

namespace care::test {

struct RiskFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);
    FixedClock clock{testClock().nowUtc()};  // movable; starts inside term 1 of 2568

    QString addStudent(const QString &name, std::optional<Household> household = {}, const QString &classroomId = {})
    {
        static int serial = 9000;
        StudentRecord record = makeStudentRecord(t, name, QStringLiteral("ทดสอบ"), nationalIdFor(++serial));
        record.household = household;
        if (!classroomId.isEmpty())
            record.classroomId = classroomId;
        auto id = StudentService(*t.db, testClock()).create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        return id.value();
    }

    template <typename Write>
    void write(Write &&body)
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), clock);
        REQUIRE(scope.isActive());
        body(scope);
        REQUIRE(scope.commit().ok());
    }

    // What the indicator and screening services do after each write.
    void recompute(const QString &studentId)
    {
        write([&](WriteScope &scope) {
            const Status s = RiskService::recomputeIn(scope, studentId);
            INFO((s.ok() ? std::string() : s.error().describe().toStdString()));
            REQUIRE(s.ok());
        });
    }

    void setAttendance(const QString &studentId, int term, int enrolled, int absent)
    {
        write([&](WriteScope &scope) {
            QSqlQuery q(scope.connection());
            q.prepare(
                    QStringLiteral("INSERT INTO attendance_record(id, student_id, term_id, days_enrolled, days_absent, "
                                   "days_late) VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT(student_id, term_id) DO UPDATE "
                                   "SET days_enrolled = excluded.days_enrolled, days_absent = excluded.days_absent"));
            for (const QVariant &v : QVariantList{scope.makeId(), studentId, t.termIds[term], enrolled, absent})
                q.addBindValue(v);
            REQUIRE(q.exec());
        });
    }

    void setGrades(const QString &studentId, int term, std::optional<double> gpa, int failing, int incomplete = 0,
                   int notAllowed = 0)
    {
        write([&](WriteScope &scope) {
            QSqlQuery q(scope.connection());
            q.prepare(QStringLiteral("INSERT INTO academic_record(id, student_id, term_id, gpa, failing_marks, "
                                     "incomplete_marks, not_allowed_marks) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT(student_id, term_id) DO UPDATE SET gpa = excluded.gpa, "
                                     "failing_marks = excluded.failing_marks, incomplete_marks = "
                                     "excluded.incomplete_marks, not_allowed_marks = excluded.not_allowed_marks"));
            for (const QVariant &v : QVariantList{scope.makeId(), studentId, t.termIds[term],
                                                  gpa ? QVariant(*gpa) : QVariant(QMetaType(QMetaType::Double)),
                                                  failing, incomplete, notAllowed})
                q.addBindValue(v);
            REQUIRE(q.exec());
        });
    }

    void addIncident(const QString &studentId, const QDate &on, const QString &severity,
                     const QString &kind = QStringLiteral("disruption"))
    {
        write([&](WriteScope &scope) {
            TableRow row{QStringLiteral("behaviour_incident"), scope.makeId(), {}};
            row.set(QStringLiteral("student_id"), studentId)
                    .set(QStringLiteral("occurred_on"), on.toString(Qt::ISODate))
                    .set(QStringLiteral("kind"), kind)
                    .set(QStringLiteral("severity"), severity)
                    .set(QStringLiteral("recorded_by"), director.userId())
                    .set(QStringLiteral("created_at"), scope.now())
                    .set(QStringLiteral("updated_at"), scope.now());
            REQUIRE(insertRow(scope, row).ok());
        });
    }

    // A result whose summary holds these bands (and scores, when given).
    void addScreening(const QString &studentId, const QString &instrumentId, const QString &respondent, const QDate &on,
                      const QMap<QString, QString> &bands, const QMap<QString, int> &scores = {})
    {
        write([&](WriteScope &scope) {
            const FieldCipherPtr cipher = t.db->fieldCipher();
            REQUIRE(cipher);
            ScreeningSummary summary;
            for (auto it = bands.cbegin(); it != bands.cend(); ++it) {
                summary.bands.insert(it.key(), it.value());
                summary.scores.insert(it.key(),
                                      scores.contains(it.key()) ? std::optional<int>(scores.value(it.key()))
                                                                : std::nullopt);
            }
            ScreeningResultRow row;
            row.id = scope.makeId();
            row.studentId = studentId;
            row.instrumentId = instrumentId;
            row.instrumentVersion = QStringLiteral("1");
            row.respondent = respondent;
            row.screenedOn = on;
            row.bandSet = QStringLiteral("th");
            row.sealedContent = cipher->sealText(QStringLiteral("{}"), ScreeningRepository::contentContext(row.id));
            row.sealedSummary
                    = cipher->sealText(formatScreeningSummary(summary), ScreeningRepository::summaryContext(row.id));
            row.enteredBy = director.userId();
            row.createdAt = scope.now();
            row.updatedAt = scope.now();
            REQUIRE(ScreeningRepository::insert(scope, row).ok());
        });
    }

    int count(const QString &sql)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    int historyRows(const QString &studentId)
    {
        return count(QStringLiteral("SELECT count(*) FROM risk_assessment WHERE student_id = '%1'").arg(studentId));
    }

    QString currentLevel(const QString &studentId)
    {
        QSqlQuery q(t.db->connection());
        q.prepare(QStringLiteral("SELECT overall FROM risk_current WHERE student_id = ?"));
        q.addBindValue(studentId);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("none");
    }
};

inline Household household(int members, std::optional<int> income, LivingArrangement arrangement)
{
    Household h;
    h.memberCount = members;
    h.monthlyIncomeBaht = income;
    h.livingArrangement = arrangement;
    return h;
}

}  // namespace care::test
