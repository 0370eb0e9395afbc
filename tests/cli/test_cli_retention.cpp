// care-cli retention run: --dry-run lists who is due and changes no record;
// the real run anonymises them; only the administrator may run it.
#include "rawconnection.h"
#include "securityfixture.h"

#include "services/accountservice.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

// The fixture plus บุญมี ลาออก, who left school after academic year 2560 BE
// (ended March 2018): long past the default five years.
struct RetentionFixture {
    SecurityFixture security;
    QString leaverId;
};

RetentionFixture makeRetentionFixture()
{
    RetentionFixture r{makeSecurityFixture(), {}};
    TestDatabase &t = r.security.students.base;
    auto db = Database::open(t.path);
    REQUIRE(db.ok());
    REQUIRE(AccountService(*db.value(), testClock()).signIn(QStringLiteral("admin"), kTestPassword).ok());
    QString oldClassroomId;
    {
        WriteScope scope(*db.value(), Actor::system(QStringLiteral("test")), testClock());
        REQUIRE(scope.isActive());
        AcademicYear year{scope.makeId(), 2560, QDate(2017, 5, 16), QDate(2018, 3, 31)};
        REQUIRE(SchoolRepository::insert(scope, year).ok());
        Classroom classroom{scope.makeId(), t.schoolId, year.id, Grade::P6, 1, {}};
        REQUIRE(SchoolRepository::insert(scope, classroom).ok());
        REQUIRE(scope.commit().ok());
        oldClassroomId = classroom.id;
    }
    StudentRecord leaver = makeStudentRecord(t, QStringLiteral("บุญมี"), QStringLiteral("ลาออก"), nationalIdFor(777));
    leaver.student.status = StudentStatus::LeftSchool;
    leaver.student.birthDate = QDate(2006, 2, 3);
    leaver.classroomId = oldClassroomId;
    auto created = StudentService(*db.value(), testClock()).create(leaver, r.security.students.director);
    INFO(errorText(created));
    REQUIRE(created.ok());
    r.leaverId = created.value();
    return r;
}

QStringList retention(const RetentionFixture &r, const QStringList &options)
{
    return QStringList{QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--db"),
                       r.security.path()}
           + options;
}

// Every record except the sign-in bookkeeping (the user's last sign-in and
// the sign_in audit events that every signed-in command writes).
QByteArray recordsHash(const QString &path)
{
    RawConnection raw(path);
    QSqlQuery tables(raw.db());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                       "('app_user', 'audit_event') ORDER BY name")));
    QStringList rows;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery events(raw.db());
    REQUIRE(events.exec(QStringLiteral("SELECT id FROM audit_event WHERE action <> 'sign_in'")));
    while (events.next())
        rows << events.value(0).toString();
    rows.sort();
    return QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("retention --dry-run lists the students due and changes no record", "[cli][retention]")
{
    const RetentionFixture r = makeRetentionFixture();
    const QByteArray before = recordsHash(r.security.path());

    const CliRun text = runAs(QStringLiteral("admin"), retention(r, {QStringLiteral("--dry-run")}));
    {
        INFO(text);
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(r.leaverId));
        CHECK(text.out.contains(QStringLiteral("1 student")));
        CHECK_FALSE(text.out.contains(QStringLiteral("บุญมี")));  // the preview lists records, not names
    }
    const CliRun json = runAs(QStringLiteral("admin"), retention(r, {QStringLiteral("--dry-run"),
                                                                    QStringLiteral("--json")}));
    const QJsonObject plan = parseJson(json).object();
    CHECK(plan.value(QStringLiteral("yearsAfterLeaving")).toInt() == 5);
    const QJsonArray candidates = plan.value(QStringLiteral("candidates")).toArray();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates.first().toObject().value(QStringLiteral("studentId")).toString() == r.leaverId);
    CHECK(candidates.first().toObject().value(QStringLiteral("leftOn")).toString() == QStringLiteral("2018-03-31"));

    CHECK(recordsHash(r.security.path()) == before);
}

TEST_CASE("retention run anonymises the students due", "[cli][retention]")
{
    const RetentionFixture r = makeRetentionFixture();
    const CliRun run = runAs(QStringLiteral("admin"), retention(r, {}));
    {
        INFO(run);
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Anonymised 1 student")));
    }
    {
        RawConnection raw(r.security.path());
        QSqlQuery q(raw.db());
        REQUIRE(q.prepare(QStringLiteral("SELECT first_name_th, citizen_id, anonymised_at FROM student WHERE id = ?")));
        q.addBindValue(r.leaverId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString().isEmpty());
        CHECK(q.value(1).toString().isEmpty());
        CHECK_FALSE(q.value(2).isNull());
        CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM student")).toInt() == 5);  // statistics keep the row
    }
    const CliRun again = runAs(QStringLiteral("admin"), retention(r, {QStringLiteral("--json")}));
    CHECK(parseJson(again).object().value(QStringLiteral("anonymised")).toInt() == 0);
}

TEST_CASE("only the administrator runs retention", "[cli][retention]")
{
    const RetentionFixture r = makeRetentionFixture();
    const QByteArray before = recordsHash(r.security.path());
    for (const char *user : {"director", "teacher"}) {
        for (const QStringList &options : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
            const CliRun run = runAs(QString::fromLatin1(user), retention(r, options));
            INFO(user << "\n" << run);
            CHECK(run.exitCode == 3);
            CHECK(run.out.isEmpty());
        }
    }
    CHECK(recordsHash(r.security.path()) == before);
}
