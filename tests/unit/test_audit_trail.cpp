// The audit trail: hash-chain verification and tamper detection, the
// filtered listing and who may see it.
#include "rawconnection.h"
#include "testdatabase.h"

#include "services/accountservice.h"
#include "services/auditservice.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

// Appends `count` events in one write, each about record "r<i>".
void appendEvents(Database &db, int count, const QString &action = QStringLiteral("update"))
{
    WriteScope scope(db, Actor::system(QStringLiteral("audit-test")), testClock());
    REQUIRE(scope.isActive());
    for (int i = 0; i < count; ++i)
        REQUIRE(scope.audit(action, QStringLiteral("student"), QStringLiteral("r%1").arg(i), QStringLiteral("identity"),
                            QStringLiteral("event %1").arg(i))
                        .ok());
    REQUIRE(scope.commit().ok());
}

AuditVerification verified(Database &db, const std::optional<AuditAnchor> &anchor = std::nullopt)
{
    auto result = AuditService(db, testClock()).verify({}, anchor);
    INFO(errorText(result));
    REQUIRE(result.ok());
    return result.value();
}

qint64 seqAt(const RawConnection &raw, int index)
{
    return raw.scalar(QStringLiteral("SELECT seq FROM audit_event ORDER BY seq LIMIT 1 OFFSET %1").arg(index))
            .toLongLong();
}

} // namespace

TEST_CASE("An untouched audit trail verifies across many writes", "[audit]")
{
    TestDatabase t = makeTestDatabase();
    for (int write = 0; write < 10; ++write)
        appendEvents(*t.db, 300);
    const qint64 total = RawConnection(t.path).scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong();
    REQUIRE(total >= 3000);

    QList<std::pair<qint64, qint64>> reports;
    auto result = AuditService(*t.db, testClock()).verify([&](qint64 done, qint64 all) {
        reports << std::pair{done, all};
        return true;
    });
    REQUIRE(result.ok());
    CHECK(result->intact);
    CHECK(result->eventsChecked == total);
    CHECK(result->firstBadSeq == 0);
    CHECK(result->problem.isEmpty());
    REQUIRE(!reports.isEmpty());
    CHECK(reports.last() == std::pair{total, total});
    for (qsizetype i = 1; i < reports.size(); ++i)
        CHECK(reports[i].first > reports[i - 1].first);
}

TEST_CASE("Verification of an empty trail and cancelling one", "[audit]")
{
    TestDatabase t = makeTestDatabase();
    RawConnection(t.path).exec(QStringLiteral("DELETE FROM audit_event"));
    AuditVerification empty = verified(*t.db);
    CHECK(empty.intact);
    CHECK(empty.eventsChecked == 0);

    appendEvents(*t.db, 10000);
    auto cancelled = AuditService(*t.db, testClock()).verify([](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
}

TEST_CASE("Tampering with the audit trail is found at the right event", "[audit]")
{
    TestDatabase t = makeTestDatabase();
    appendEvents(*t.db, 30);
    appendEvents(*t.db, 30, QStringLiteral("view"));
    RawConnection raw(t.path);
    const qint64 target = seqAt(raw, 20);
    REQUIRE(verified(*t.db).intact);

    SECTION("a changed summary")
    {
        raw.exec(QStringLiteral("UPDATE audit_event SET summary = 'nothing happened' WHERE seq = ?"), {target});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target);
        CHECK(v.problem.contains(QStringLiteral("changed")));
    }
    SECTION("a changed actor, with a hash recomputed by a forger without the key")
    {
        raw.exec(QStringLiteral("UPDATE audit_event SET actor = 'someone else' WHERE seq = ?"), {target});
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, section, summary, reason, "
                                      "prev_hash FROM audit_event WHERE seq = %1")
                               .arg(target)));
        REQUIRE(q.next());
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << q.value(i).toString();
        q.finish();
        raw.exec(QStringLiteral("UPDATE audit_event SET hash = ? WHERE seq = ?"), {auditEventHash(fields), target});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target);  // its seal needs the key
    }
    SECTION("a deleted event in the middle")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = ?"), {target});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target + 1);
        CHECK(v.problem.contains(QStringLiteral("removed")));
    }
    SECTION("a deleted event with the gap closed up")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = ?"), {target});
        raw.exec(QStringLiteral("UPDATE audit_event SET seq = -seq WHERE seq > ?"), {target});
        raw.exec(QStringLiteral("UPDATE audit_event SET seq = -seq - 1 WHERE seq < 0"));
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target);
    }
    SECTION("the first events removed")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq < ?"), {target});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target);
        CHECK(v.problem.contains(QStringLiteral("removed")));
    }
    SECTION("a changed hash")
    {
        raw.exec(QStringLiteral("UPDATE audit_event SET hash = ? WHERE seq = ?"),
                 {QString(64, QLatin1Char('a')), target});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target);
    }
    SECTION("a forged event inserted with a correct hash")
    {
        // Make room after `target`, then slip in an event that links to it.
        raw.exec(QStringLiteral("UPDATE audit_event SET seq = -seq WHERE seq > ?"), {target});
        raw.exec(QStringLiteral("UPDATE audit_event SET seq = 1 - seq WHERE seq < 0"));
        const QString previous
                = raw.scalar(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(target)).toString();
        const QStringList fields{QStringLiteral("forged-id"),
                                 QStringLiteral("2025-06-02T09:00:00.000Z"),
                                 QStringLiteral("audit-test"),
                                 QStringLiteral("delete"),
                                 QStringLiteral("student"),
                                 QStringLiteral("r5"),
                                 QString(),
                                 QStringLiteral("forged"),
                                 QString(),
                                 previous};
        QVariantList values{target + 1};
        for (const QString &field : fields)
            values << (field.isNull() ? QStringLiteral("") : field);
        values << auditEventHash(fields);
        raw.exec(QStringLiteral("INSERT INTO audit_event(seq, id, at, actor, action, entity, entity_id, section, "
                                "summary, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values);
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == target + 1);
        CHECK(v.problem.contains(QStringLiteral("outside Care")));
    }
    SECTION("a forged event appended with a made-up hash")
    {
        const qint64 last = raw.scalar(QStringLiteral("SELECT max(seq) FROM audit_event")).toLongLong();
        const QString previous
                = raw.scalar(QStringLiteral("SELECT hash FROM audit_event WHERE seq = %1").arg(last)).toString();
        raw.exec(QStringLiteral("INSERT INTO audit_event(seq, id, at, actor, action, entity, prev_hash, hash) "
                                "VALUES (?, 'forged', '2025-06-02T09:00:00.000Z', 'x', 'view', 'student', ?, ?)"),
                 {last + 1, previous, QString(64, QLatin1Char('b'))});
        const AuditVerification v = verified(*t.db);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == last + 1);
    }
    // Whatever was done, the trail after it keeps growing and a new check still finds the same fault.
    appendEvents(*t.db, 5);
    CHECK_FALSE(verified(*t.db).intact);
}

TEST_CASE("An anchor noted earlier finds the newest events cut off", "[audit]")
{
    TestDatabase t = makeTestDatabase();
    appendEvents(*t.db, 20);
    const AuditVerification before = verified(*t.db);
    REQUIRE(before.intact);
    REQUIRE(before.newestSeq > 0);
    REQUIRE(before.newestHash.size() == 64);
    const AuditAnchor anchor{before.newestSeq, before.newestHash};
    RawConnection raw(t.path);

    SECTION("an untouched trail, grown since, passes with the anchor")
    {
        appendEvents(*t.db, 5);
        const AuditVerification v = verified(*t.db, anchor);
        CHECK(v.intact);
        CHECK(v.newestSeq == anchor.seq + 5);
    }
    SECTION("the newest events deleted: the chain alone looks whole, the anchor does not")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq > ?"), {anchor.seq - 3});
        CHECK(verified(*t.db).intact);
        const AuditVerification v = verified(*t.db, anchor);
        CHECK_FALSE(v.intact);
        CHECK(v.problem.contains(QStringLiteral("cut off")));
    }
    SECTION("the tail rewritten with fresh hashes")
    {
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq > ?"), {anchor.seq - 3});
        appendEvents(*t.db, 6);  // a forger appending a new, self-consistent tail
        CHECK(verified(*t.db).intact);
        const AuditVerification v = verified(*t.db, anchor);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == anchor.seq);
    }
}

namespace {

// Two schools, a student in each (a1 in the fixture's classroom), a teacher
// and a director of the fixture school, a teacher of the other school, and
// six events E1…E6 over three days:
//   E1 day 1  teacher  views a1 (family)     E4 day 2  admin    creates b1
//   E2 day 1  teacherB views b1 (family)     E5 day 3  teacherB views a1 (health, break-the-glass)
//   E3 day 2  teacher  updates a1            E6 day 3  a tool   exports a report
struct Listing {
    TestDatabase t;
    QString schoolB, a1, b1;
    Session teacher, director, teacherB;
    QDate day1{2025, 6, 10}, day2{2025, 6, 11}, day3{2025, 6, 12};
};

Student studentAt(WriteScope &scope, const QString &schoolId, const QString &firstName)
{
    Student s;
    s.id = scope.makeId();
    s.schoolId = schoolId;
    s.idKind = IdKind::None;
    s.prefix = QStringLiteral("ด.ญ.");
    s.firstNameTh = firstName;
    s.lastNameTh = QStringLiteral("ทดสอบ");
    s.birthDate = QDate(2015, 3, 1);
    s.sex = Sex::Female;
    s.status = StudentStatus::Studying;
    s.createdAt = s.updatedAt = testClock().nowUtc();
    REQUIRE(StudentRepository::insert(scope, s).ok());
    return s;
}

void event(Database &db, const Actor &actor, const QDate &day, const QString &action, const QString &entityId,
           const QString &section, const QString &summary, const QString &reason = {})
{
    const FixedClock clock(QDateTime(day, QTime(12, 0), Qt::UTC));
    WriteScope scope(db, actor, clock);
    REQUIRE(scope.audit(action, entityId.isEmpty() ? QStringLiteral("report") : QStringLiteral("student"), entityId,
                        section, summary, reason)
                    .ok());
    REQUIRE(scope.commit().ok());
}

Listing makeListing()
{
    Listing l;
    l.t = makeTestDatabase();
    TestDatabase &t = l.t;
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        School b;
        b.id = l.schoolB = scope.makeId();
        b.municipalityId = t.municipalityId;
        b.code = QStringLiteral("40010002");
        b.nameTh = QStringLiteral("โรงเรียนเทศบาลบ้านโคก");
        REQUIRE(SchoolRepository::insert(scope, b).ok());
        l.a1 = studentAt(scope, t.schoolId, QStringLiteral("เอ")).id;
        l.b1 = studentAt(scope, l.schoolB, QStringLiteral("บี")).id;
        Enrollment e{scope.makeId(), l.a1, t.classroomId, t.yearId, 1};
        REQUIRE(StudentRepository::insert(scope, e).ok());
        REQUIRE(scope.commit().ok());
    }
    l.teacher = sessionFor(t, Role::Teacher, {t.classroomId});
    l.director = sessionFor(t, Role::Director);
    NewUser other{QStringLiteral("teacherb"), QStringLiteral("Teacher B"), Role::Teacher, l.schoolB, {}, kTestPassword};
    AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
    REQUIRE(accounts.addUser(t.admin, other).ok());
    auto signedIn = accounts.signIn(QStringLiteral("teacherb"), kTestPassword);
    REQUIRE(signedIn.ok());
    l.teacherB = signedIn.value();

    event(*t.db, l.teacher.actor(), l.day1, QStringLiteral("view"), l.a1, QStringLiteral("family"),
          QStringLiteral("E1"));
    event(*t.db, l.teacherB.actor(), l.day1, QStringLiteral("view"), l.b1, QStringLiteral("family"),
          QStringLiteral("E2"));
    event(*t.db, l.teacher.actor(), l.day2, QStringLiteral("update"), l.a1, QStringLiteral("identity"),
          QStringLiteral("E3"));
    event(*t.db, t.admin.actor(), l.day2, QStringLiteral("create"), l.b1, QStringLiteral("identity"),
          QStringLiteral("E4"));
    event(*t.db, l.teacherB.actor(), l.day3, QStringLiteral("view"), l.a1, QStringLiteral("health"),
          QStringLiteral("E5"), QStringLiteral("Injured at school; guardian unreachable"));
    event(*t.db, Actor::system(QStringLiteral("cli")), l.day3, QStringLiteral("export"), {}, {}, QStringLiteral("E6"));
    return l;
}

// The E-numbered events of a listing, in the order listed.
QStringList marked(const QList<AuditEvent> &events)
{
    QStringList names;
    for (const AuditEvent &e : events)
        if (e.summary.size() == 2 && e.summary.startsWith(QLatin1Char('E')))
            names << e.summary;
    return names;
}

QStringList listed(const Listing &l, const Session &session, const AuditFilter &filter)
{
    auto events = AuditService(*l.t.db, testClock()).list(session, filter);
    INFO(errorText(events));
    REQUIRE(events.ok());
    return marked(events.value());
}

} // namespace

TEST_CASE("The audit list filters by user, student, action and dates, newest first", "[audit]")
{
    Listing l = makeListing();
    const Session &admin = l.t.admin;
    const QStringList all{QStringLiteral("E6"), QStringLiteral("E5"), QStringLiteral("E4"),
                          QStringLiteral("E3"), QStringLiteral("E2"), QStringLiteral("E1")};
    CHECK(listed(l, admin, {}) == all);

    AuditFilter byUser;
    byUser.userId = l.teacher.userId();
    CHECK(listed(l, admin, byUser) == QStringList{QStringLiteral("E3"), QStringLiteral("E1")});

    AuditFilter byStudent;
    byStudent.studentId = l.a1;
    CHECK(listed(l, admin, byStudent) == QStringList{QStringLiteral("E5"), QStringLiteral("E3"), QStringLiteral("E1")});
    byStudent.action = QStringLiteral("view");
    CHECK(listed(l, admin, byStudent) == QStringList{QStringLiteral("E5"), QStringLiteral("E1")});

    AuditFilter byAction;
    byAction.action = QStringLiteral("view");
    CHECK(listed(l, admin, byAction) == QStringList{QStringLiteral("E5"), QStringLiteral("E2"), QStringLiteral("E1")});

    AuditFilter oneDay;
    oneDay.from = oneDay.to = l.day2;
    CHECK(listed(l, admin, oneDay) == QStringList{QStringLiteral("E4"), QStringLiteral("E3")});
    AuditFilter fromDay2;
    fromDay2.from = l.day2;
    CHECK(listed(l, admin, fromDay2) == all.mid(0, 4));
    AuditFilter toDay1;
    toDay1.to = l.day1;
    CHECK(listed(l, admin, toDay1) == all.mid(4));
    AuditFilter backwards;
    backwards.from = l.day3;
    backwards.to = l.day1;
    CHECK_FALSE(AuditService(*l.t.db, testClock()).list(admin, backwards).ok());

    // The actor's id and name come apart again; the break-the-glass reason is kept.
    auto events = AuditService(*l.t.db, testClock()).list(admin, byStudent);
    REQUIRE(events.ok());
    const AuditEvent &e5 = events->first();
    CHECK(e5.actorId == l.teacherB.userId());
    CHECK(e5.actorName == l.teacherB.actor().name);
    CHECK(e5.section == QStringLiteral("health"));
    CHECK(e5.reason == QStringLiteral("Injured at school; guardian unreachable"));
    CHECK(e5.at == QStringLiteral("2025-06-12T12:00:00.000Z"));
}

TEST_CASE("The audit list pages backwards by sequence number", "[audit]")
{
    Listing l = makeListing();
    auto everything = AuditService(*l.t.db, testClock()).list(l.t.admin, {});
    REQUIRE(everything.ok());
    REQUIRE(everything->size() >= 6);

    QList<AuditEvent> paged;
    AuditFilter page;
    page.limit = 2;
    for (int guard = 0; guard < 1000; ++guard) {
        auto events = AuditService(*l.t.db, testClock()).list(l.t.admin, page);
        REQUIRE(events.ok());
        CHECK(events->size() <= 2);
        if (events->isEmpty())
            break;
        paged << events.value();
        page.beforeSeq = events->last().seq;
    }
    REQUIRE(paged.size() == everything->size());
    for (qsizetype i = 0; i < paged.size(); ++i)
        CHECK(paged[i].seq == everything->at(i).seq);
}

TEST_CASE("Who may read the audit trail, and how much of it", "[audit]")
{
    Listing l = makeListing();
    AuditService service(*l.t.db, testClock());

    SECTION("a teacher is refused")
    {
        auto refused = service.list(l.teacher, {});
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    SECTION("a director sees their school's students and users only")
    {
        auto events = service.list(l.director, {});
        REQUIRE(events.ok());
        CHECK(marked(events.value()) == QStringList{QStringLiteral("E5"), QStringLiteral("E3"), QStringLiteral("E1")});
        const QSet<QString> schoolUsers{l.teacher.userId(), l.director.userId()};
        for (const AuditEvent &e : events.value()) {
            INFO(e.action.toStdString() << " " << e.entity.toStdString() << " " << e.summary.toStdString());
            CHECK((e.entityId == l.a1 || schoolUsers.contains(e.entityId) || schoolUsers.contains(e.actorId)));
        }
        AuditFilter otherSchool;
        otherSchool.studentId = l.b1;
        auto refused = service.list(l.director, otherSchool);
        REQUIRE_FALSE(refused.ok());
        // Another school's child and nobody get the same answer.
        otherSchool.studentId = QStringLiteral("no-such-student");
        auto nobody = service.list(l.director, otherSchool);
        REQUIRE_FALSE(nobody.ok());
        CHECK(nobody.error().message == QString(refused.error().message).replace(l.b1, otherSchool.studentId));
    }
    SECTION("who viewed a student")
    {
        const QStringList views{QStringLiteral("E5"), QStringLiteral("E1")};
        for (const Session *allowed : {&l.teacher, &l.director, &l.t.admin}) {
            auto seen = service.viewsOf(*allowed, l.a1);
            INFO(allowed->username().toStdString() << ": " << errorText(seen));
            REQUIRE(seen.ok());
            CHECK(marked(seen.value()) == views);
        }
        CHECK_FALSE(service.viewsOf(l.teacherB, l.a1).ok());
        CHECK_FALSE(service.viewsOf(l.director, l.b1).ok());
        CHECK_FALSE(service.viewsOf(sessionFor(l.t, Role::Teacher), l.a1).ok());  // no class of theirs
    }
}
