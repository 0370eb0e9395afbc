// Bulk writes (BulkInsert, BulkSession, DeferredIndexes): the same rows and
// change-log entries as insertRow(), and indexes that come back unchanged.
#include "testdatabase.h"

#include "storage/bulkinsert.h"
#include "storage/bulksession.h"
#include "storage/deferredindexes.h"
#include "storage/rowmapping.h"
#include "storage/tablerow.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

QString qtPayload(const TableRow &row, bool withId)
{
    QJsonObject fields = row.toJson();
    if (withId)
        fields.insert(QStringLiteral("id"), row.id);
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QStringList column(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("bulk insert: the payload is the text QJsonDocument writes", "[bulk]")
{
    TableRow row{QStringLiteral("sample"), QStringLiteral("0190a000-0000-7000-8000-000000000001"), {}};
    row.set(QStringLiteral("name"), QStringLiteral("สมชาย \"ต้น\" \\ใจดี\\\n\t\r\b\f\x01\x1f end"))
        .set(QStringLiteral("count"), 42)
        .set(QStringLiteral("big"), qint64(9'007'199'254'740'993))
        .set(QStringLiteral("gpa"), 3.25)
        .set(QStringLiteral("third"), 1.0 / 3.0)
        .set(QStringLiteral("whole"), 4.0)
        .set(QStringLiteral("flag"), true)
        .set(QStringLiteral("nothing"), QVariant(QMetaType(QMetaType::Int)))
        .set(QStringLiteral("empty"), QStringLiteral(""))
        .set(QStringLiteral("bytes"), QByteArray("\x00\xff\x10", 3))
        .set(QStringLiteral("sort_key"), QByteArray("local only"))
        .set(QStringLiteral("Upper"), QStringLiteral("A"));
    CHECK(BulkInsert::payload(row) == qtPayload(row, true));
    CHECK(BulkInsert::payload(row, BulkInsert::IdColumn::No) == qtPayload(row, false));
}

TEST_CASE("bulk insert: rows and change log as insertRow writes them", "[bulk]")
{
    TestDatabase t = makeTestDatabase();
    Household h;
    h.id = QStringLiteral("0190a000-0000-7000-8000-00000000aaaa");
    h.memberCount = 4;
    h.monthlyIncomeBaht = 9000;
    h.livingArrangement = LivingArrangement::Grandparents;
    h.address.community = QStringLiteral("หนองบัว'ทอง");  // a quote inside text
    Guardian g;
    g.id = QStringLiteral("0190a000-0000-7000-8000-00000000bbbb");
    g.firstName = QStringLiteral("บัวผัน");
    // One sealed row, written by both paths below: the seal's nonce is random.
    const TableRow householdRow = toRow(h, toStoredTimestamp(testClock().nowUtc()), *t.db->fieldCipher());
    {
        WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
        BulkSession session(*t.db);
        BulkInsert insert(scope, &session, 1);  // flushes after every row
        insert.setTableOrder({QStringLiteral("household")});
        REQUIRE(insert.add(toRow(g, scope.now())).ok());
        REQUIRE(insert.add(householdRow).ok());
        REQUIRE(insert.flush().ok());
        REQUIRE(scope.commit().ok());
    }
    const QStringList communities = column(*t.db, QStringLiteral("SELECT community FROM household"));
    CHECK(communities == QStringList{QStringLiteral("หนองบัว'ทอง")});
    CHECK(column(*t.db, QStringLiteral("SELECT first_name FROM guardian")) == QStringList{QStringLiteral("บัวผัน")});
    const QStringList payloads = column(*t.db, QStringLiteral("SELECT payload FROM change_log WHERE entity = "
                                                              "'household' AND typeof(payload) = 'text'"));
    REQUIRE(payloads.size() == 1);
    CHECK(payloads.first() == qtPayload(householdRow, true));
    CHECK(column(*t.db, QStringLiteral("SELECT operation FROM change_log WHERE entity_id = '%1'").arg(g.id))
          == QStringList{QStringLiteral("insert")});
}

TEST_CASE("bulk insert: rows of one table must have the same fields", "[bulk]")
{
    TestDatabase t = makeTestDatabase();
    WriteScope scope(*t.db, Actor::system(QStringLiteral("test")), testClock());
    BulkInsert insert(scope);
    TableRow a{QStringLiteral("guardian"), QStringLiteral("a"), {}};
    a.set(QStringLiteral("first_name"), QStringLiteral("ก"));
    TableRow b{QStringLiteral("guardian"), QStringLiteral("b"), {}};
    b.set(QStringLiteral("last_name"), QStringLiteral("ข"));
    REQUIRE(insert.add(a).ok());
    CHECK_FALSE(insert.add(b).ok());
}

TEST_CASE("deferred indexes come back exactly as they were", "[bulk]")
{
    TestDatabase t = makeTestDatabase();
    const QString schemaSql = QStringLiteral("SELECT name || ':' || sql FROM sqlite_schema WHERE type = 'index' "
                                             "AND sql IS NOT NULL ORDER BY name");
    const QStringList before = column(*t.db, schemaSql);
    auto deferred = DeferredIndexes::setAside(*t.db, {QStringLiteral("student"), QStringLiteral("change_log")});
    REQUIRE(deferred.ok());
    CHECK(column(*t.db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                       "AND tbl_name = 'student'"))
              .isEmpty());
    REQUIRE(deferred->restore(*t.db).ok());
    CHECK(column(*t.db, schemaSql) == before);
}
