// The audit trail's keyed chain: numbers without gaps, a MAC over number and
// content keyed with the database key, anchors that must exist, and the
// anchor every backup records.
#include "rawconnection.h"
#include "testdatabase.h"

#include "services/auditservice.h"
#include "services/backupservice.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

struct StoredEvent {
    qint64 seq = 0;
    QStringList fields;  // id … reason, prev_hash
    QString hash;
};

QList<StoredEvent> storedEvents(const RawConnection &raw)
{
    QList<StoredEvent> events;
    QSqlQuery q(raw.db());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, id, at, actor, action, entity, entity_id, section, summary, reason, "
                                  "prev_hash, hash FROM audit_event ORDER BY seq")));
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toLongLong();
        for (int i = 1; i <= 10; ++i)
            e.fields << q.value(i).toString();
        e.hash = q.value(11).toString();
        events << e;
    }
    return events;
}

// Some audited work: `count` events, each in a write of its own.
void addUsers(TestDatabase &t, int count)
{
    for (int i = 0; i < count * 3; ++i) {
        WriteScope scope(*t.db, t.admin.actor(), testClock());
        REQUIRE(scope.isActive());
        REQUIRE(scope.audit(QStringLiteral("view"), QStringLiteral("student"), QStringLiteral("r%1").arg(i)).ok());
        REQUIRE(scope.commit().ok());
    }
}

AuditVerification verified(TestDatabase &t, const std::optional<AuditAnchor> &anchor = std::nullopt)
{
    auto result = AuditService(*t.db, testClock()).verify({}, anchor);
    INFO(errorText(result));
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("Deleting an event and re-appending the later ones is caught", "[audit][encryption]")
{
    TestDatabase t = makeTestDatabase();
    addUsers(t, 3);
    const AuditVerification before = verified(t);
    REQUIRE(before.intact);
    REQUIRE(before.newestSeq >= 6);
    const AuditAnchor anchor{before.newestSeq, before.newestHash};

    {
        RawConnection raw(t.path);
        const QList<StoredEvent> events = storedEvents(raw);
        const int removed = 2;  // the third event goes
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq >= ?"), {events.at(removed).seq});
        // The later events come back past the old maximum, linked by the
        // only chain an attacker without the key can compute.
        qint64 seq = events.last().seq;
        QString previous = events.at(removed - 1).hash;
        for (int i = removed + 1; i < events.size(); ++i) {
            QStringList fields = events.at(i).fields;
            fields.last() = previous;
            const QString hash = auditEventHash(fields);
            QVariantList values{++seq};
            for (const QString &f : fields)
                values << f;
            values << hash;
            raw.exec(QStringLiteral("INSERT INTO audit_event(seq, id, at, actor, action, entity, entity_id, section, "
                                    "summary, reason, prev_hash, hash, chain_version) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                     values);
            previous = hash;
        }
    }
    const AuditVerification after = verified(t, anchor);
    CHECK_FALSE(after.intact);
    CHECK(after.firstBadSeq > before.newestSeq);  // the first re-appended event: a hole before it
    CHECK(after.problem.contains(QStringLiteral("removed")));
}

TEST_CASE("A gap in the numbers or a missing anchor fails the check", "[audit][encryption]")
{
    TestDatabase t = makeTestDatabase();
    addUsers(t, 2);
    const AuditVerification before = verified(t);
    REQUIRE(before.intact);

    SECTION("an event removed from the middle")
    {
        RawConnection(t.path).exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 3"));
        const AuditVerification after = verified(t);
        CHECK_FALSE(after.intact);
        CHECK(after.firstBadSeq == 4);
        CHECK(after.problem.contains(QStringLiteral("removed")));
    }
    SECTION("the newest events cut off: the anchor names an event that is gone")
    {
        RawConnection(t.path).exec(QStringLiteral("DELETE FROM audit_event WHERE seq > 3"));
        const AuditVerification cut = verified(t, AuditAnchor{before.newestSeq, before.newestHash});
        CHECK_FALSE(cut.intact);
        CHECK(cut.problem.contains(QStringLiteral("gone")));
    }
    SECTION("an anchor with another hash")
    {
        const AuditVerification wrong = verified(t, AuditAnchor{before.newestSeq, QString(64, QLatin1Char('a'))});
        CHECK_FALSE(wrong.intact);
    }
    SECTION("an event whose content changed")
    {
        RawConnection(t.path).exec(QStringLiteral("UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 2"));
        const AuditVerification after = verified(t);
        CHECK_FALSE(after.intact);
        CHECK(after.firstBadSeq == 2);
    }
}

TEST_CASE("Every backup records the newest event, and a later cut is caught with it", "[audit][backup]")
{
    TestDatabase t = makeTestDatabase();
    addUsers(t, 2);
    QTemporaryDir dir;
    auto backup = BackupService(*t.db, testClock()).backup(t.admin, dir.filePath(QStringLiteral("b.care")));
    INFO(errorText(backup));
    REQUIRE(backup.ok());
    REQUIRE(backup->auditAnchor.contains(QLatin1Char(':')));
    const qint64 seq = backup->auditAnchor.section(QLatin1Char(':'), 0, 0).toLongLong();
    const AuditAnchor anchor{seq, backup->auditAnchor.section(QLatin1Char(':'), 1)};
    CHECK(verified(t, anchor).intact);

    RawConnection(t.path).exec(QStringLiteral("DELETE FROM audit_event WHERE seq >= ?"), {seq - 1});
    CHECK_FALSE(verified(t, anchor).intact);
}

TEST_CASE("The keyed MAC covers the number: the same content at another number does not verify", "[audit]")
{
    const SecretBytes key = SecretBytes::random(32);
    const QStringList fields{QStringLiteral("id"), QStringLiteral("2025-06-02T09:00:00.000Z"), QStringLiteral("x")};
    CHECK(auditEventMac(key, 5, fields) != auditEventMac(key, 6, fields));
    CHECK(auditEventMac(key, 5, fields) == auditEventMac(key, 5, fields));
    const SecretBytes otherKey = SecretBytes::random(32);
    CHECK(auditEventMac(key, 5, fields) != auditEventMac(otherKey, 5, fields));
    CHECK(auditEventMac(key, 5, {QStringLiteral("ab"), QStringLiteral("c")})
          != auditEventMac(key, 5, {QStringLiteral("a"), QStringLiteral("bc")}));
}
