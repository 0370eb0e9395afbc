#include "services/retentionservice.h"

#include "rawconnection.h"
#include "retentionfixture.h"
#include "rowcounts.h"
#include "services/consentservice.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace care;
using namespace care::test;

namespace {

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        values << row.join(QLatin1Char('|'));
    }
    return values;
}

// What statistics read: they must not change when identities go.
QStringList aggregates(Database &db)
{
    QStringList all;
    for (const char *sql : {"SELECT school_id, count(*) FROM student GROUP BY school_id ORDER BY 1",
                            "SELECT sex, count(*) FROM student GROUP BY sex ORDER BY 1",
                            "SELECT substr(birth_date, 1, 4), count(*) FROM student GROUP BY 1 ORDER BY 1",
                            "SELECT status, count(*) FROM student GROUP BY status ORDER BY 1",
                            "SELECT classroom_id, count(*) FROM enrollment GROUP BY 1 ORDER BY 1",
                            "SELECT sum(days_enrolled), sum(days_absent), sum(days_late) FROM attendance_record",
                            "SELECT purpose, decision, count(*) FROM consent GROUP BY 1, 2 ORDER BY 1, 2"})
        all << column(db, QLatin1String(sql));
    return all;
}


int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Retention: the preview lists only leavers past the retention period", "[retention]")
{
    RetentionFixture f;
    RetentionService retention(*f.t.db, testClock());
    auto plan = retention.preview(f.t.admin);
    INFO(errorText(plan));
    REQUIRE(plan.ok());
    CHECK(plan->yearsAfterLeaving == 5);
    CHECK(plan->cutOff == QDate(2020, 6, 2));
    QStringList ids;
    for (const RetentionCandidate &c : plan->candidates) {
        ids << c.studentId;
        CHECK(c.leftOn == QDate(2018, 3, 31));
        CHECK(c.schoolId == f.t.schoolId);
        CHECK(c.status != QLatin1String("studying"));
    }
    ids.sort();
    QStringList expected{f.expiredId, f.expiredTooId};
    expected.sort();
    CHECK(ids == expected);

    // A longer period keeps everybody.
    REQUIRE(f.t.db->setSetting(QStringLiteral("retention.years"), QStringLiteral("10")).ok());
    plan = retention.preview(f.t.admin);
    REQUIRE(plan.ok());
    CHECK(plan->candidates.isEmpty());
}

TEST_CASE("Retention: only the administrator previews and runs it", "[retention]")
{
    RetentionFixture f;
    RetentionService retention(*f.t.db, testClock());
    const QStringList tables{QStringLiteral("student"), QStringLiteral("audit_event"), QStringLiteral("change_log")};
    QList<Session> others;
    for (Role role : {Role::Director, Role::Counsellor, Role::Teacher, Role::MunicipalOfficer})
        others << sessionFor(f.t, role);
    const auto before = rowCounts(*f.t.db, tables);
    const QStringList names = column(*f.t.db, QStringLiteral("SELECT first_name_th FROM student ORDER BY id"));
    for (const Session &session : others) {
        INFO(code(session.role()).toStdString());
        CHECK_FALSE(retention.preview(session).ok());
        CHECK_FALSE(retention.run(session).ok());
    }
    CHECK(rowCounts(*f.t.db, tables) == before);
    CHECK(column(*f.t.db, QStringLiteral("SELECT first_name_th FROM student ORDER BY id")) == names);
}

TEST_CASE("Retention: anonymising removes identity everywhere and keeps the statistics", "[retention]")
{
    RetentionFixture f;
    ConsentRecord consent;
    consent.studentId = f.expiredId;
    consent.guardianId = f.sharedGuardianId;
    consent.purpose = ConsentPurpose::Screening;
    consent.decidedOn = QDate(2017, 6, 1);
    consent.note = QStringLiteral("บันทึกยินยอมลับ");
    REQUIRE(ConsentService(*f.t.db, testClock())
                .record(f.director, consent, ScannedForm{QStringLiteral("ใบยินยอม.pdf"), {}, "%PDF-1.4 form"})
                .ok());
    const QStringList statistics = aggregates(*f.t.db);
    const QString siblingBefore = column(*f.t.db, QStringLiteral("SELECT first_name_th, household_id FROM student "
                                                                 "WHERE id = '%1'").arg(f.siblingId)).join(QString());
    const QStringList identity{QStringLiteral("อนุชาหายไป"), QStringLiteral("พิมพ์ใจจากไป"), QStringLiteral("Anuchavanish"),
                               QStringLiteral("Srisaardlost"), QStringLiteral("ต้นกล้าน้อย"), nationalIdFor(424242),
                               QStringLiteral("สมจิตรลับ"), QStringLiteral("0899999991"),
                               QStringLiteral("ใบยินยอม")};
    const QByteArray rawBefore = decryptedBytesOf(f.t.path);
    for (const QString &value : identity) {
        INFO("before: " << value.toStdString());
        CHECK(rawBefore.contains(value.toUtf8()));
    }

    RetentionService retention(*f.t.db, testClock());
    auto count = retention.run(f.t.admin);
    INFO(errorText(count));
    REQUIRE(count.ok());
    CHECK(count.value() == 2);

    CHECK(aggregates(*f.t.db) == statistics);
    const QByteArray raw = decryptedBytesOf(f.t.path);
    for (const QString &value : identity) {
        INFO("after: " << value.toStdString());
        CHECK_FALSE(raw.contains(value.toUtf8()));
        CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%%1%'").arg(value)) == 0);
    }
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM student_search WHERE student_search MATCH "
                                         "'\"อนุชาหายไป\"'")) == 0);
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM student_search WHERE student_search MATCH "
                                         "'\"น้องร่วมบ้าน\"'")) == 1);

    const QStringList row = column(*f.t.db, QStringLiteral(
        "SELECT id_kind, citizen_id, first_name_th, last_name_th, nickname, birth_date, house_number, road, "
        "subdistrict, district, household_id IS NULL, anonymised_at IS NOT NULL FROM student WHERE id = '%1'")
                                                .arg(f.expiredId));
    CHECK(row == QStringList{QStringLiteral("none|||||2008-07-01|||ในเมือง|เมืองขอนแก่น|1|1")});
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM student WHERE student_number = '59017'")) == 0);
    // The sibling keeps the household and the shared guardian; the mother is gone.
    CHECK(column(*f.t.db, QStringLiteral("SELECT first_name_th, household_id FROM student WHERE id = '%1'")
                              .arg(f.siblingId)).join(QString()) == siblingBefore);
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM guardian WHERE id = '%1'").arg(f.sharedGuardianId)) == 1);
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM student_guardian WHERE student_id = '%1'")
                              .arg(f.expiredId)) == 0);
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM attachment")) == 0);
    CHECK(column(*f.t.db, QStringLiteral("SELECT note, guardian_id IS NULL, form_attachment_id IS NULL FROM consent"))
          == QStringList{QStringLiteral("|1|1")});
    // Sync learns of it through ordinary change-log entries.
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'student' AND operation = "
                                         "'update' AND entity_id = '%1' AND payload LIKE '%anonymised_at%'")
                              .arg(f.expiredId)) == 1);
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'guardian' AND operation = "
                                         "'delete'")) == 1);
    CHECK(column(*f.t.db, QStringLiteral("SELECT action, entity_id, summary FROM audit_event WHERE action = 'anonymise'"))
          == QStringList{QStringLiteral("anonymise||count=2")});
    // Audit summaries never held names; the chain still verifies (no row was rewritten).
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE summary LIKE '%อนุชา%'")) == 0);

    SECTION("a second run finds nothing and writes nothing")
    {
        const QStringList tables{QStringLiteral("audit_event"), QStringLiteral("change_log")};
        const auto before = rowCounts(*f.t.db, tables);
        auto again = retention.run(f.t.admin);
        REQUIRE(again.ok());
        CHECK(again.value() == 0);
        CHECK(rowCounts(*f.t.db, tables) == before);
        auto plan = retention.preview(f.t.admin);
        REQUIRE(plan.ok());
        CHECK(plan->candidates.isEmpty());
    }
}
