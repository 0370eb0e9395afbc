// Wording files: parsing with line numbers for bad lines, and the import
// that replaces an instrument's wording in one language in one write.
#include "rowcounts.h"
#include "testdatabase.h"

#include "screening/instrumentregistry.h"
#include "screening/wording.h"
#include "services/instrumentwordingservice.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

Result<QList<WordingEntry>> parse(const QByteArray &content)
{
    return WordingFile::parse(content, QStringLiteral("/tmp/wording.tsv"), InstrumentRegistry::shipped());
}

void requireBadLine(const QByteArray &content, int line, const QString &problem)
{
    auto parsed = parse(content);
    REQUIRE_FALSE(parsed.ok());
    INFO(parsed.error().describe().toStdString());
    CHECK(parsed.error().message.contains(QStringLiteral("wording.tsv")));
    CHECK(parsed.error().message.contains(QStringLiteral("at line %1:").arg(line)));
    CHECK(parsed.error().location == QStringLiteral("line %1").arg(line));
    CHECK(parsed.error().message.contains(problem));
}

const QByteArray kGood = "\xEF\xBB\xBFinstrument\tlanguage\titem\ttext\r\n"
                         "# The words of the municipality's licensed copy\r\n"
                         "\r\n"
                         "sdq-parent-4-17\tth\t1\tข้อความข้อหนึ่ง\r\n"
                         "sdq-parent-4-17\ten\t1\tItem one's words\r\n"
                         "sdq-parent-4-17\ten\timpact.distress\tDistress words\n"
                         "sdq-teacher-4-17\ten\tscale.2\tCertainly true\n";

QList<WordingEntry> entries(const QByteArray &content)
{
    auto parsed = parse(content);
    INFO(errorText(parsed));
    REQUIRE(parsed.ok());
    return parsed.value();
}

}  // namespace

TEST_CASE("A wording file is read: numbers become keys, comments and header skipped", "[screening][wording]")
{
    const QList<WordingEntry> list = entries(kGood);
    REQUIRE(list.size() == 4);
    CHECK(list.at(0).instrumentId == QLatin1String("sdq-parent-4-17"));
    CHECK(list.at(0).language == QLatin1String("th"));
    CHECK(list.at(0).itemKey == QLatin1String("q1"));
    CHECK(list.at(0).text == QStringLiteral("ข้อความข้อหนึ่ง"));
    CHECK(list.at(0).line == 4);
    CHECK(list.at(2).itemKey == QLatin1String("impact.distress"));
    CHECK(list.at(3).itemKey == QLatin1String("scale.2"));
}

TEST_CASE("A wording file's bad lines are refused with their line numbers", "[screening][wording]")
{
    const QByteArray ok = "sdq-parent-4-17\tth\t1\tข้อหนึ่ง\n";
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\n", 2, QStringLiteral("expected 4"));
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\ta\tb\n", 2, QStringLiteral("expected 4"));
    requireBadLine(ok + "\n# comment\nsdq-parent-9\tth\t2\tx\n", 4,
                   QStringLiteral("unknown instrument \"sdq-parent-9\""));
    requireBadLine(ok + "sdq-parent-4-17\tfr\t2\tx\n", 2, QStringLiteral("unknown language \"fr\""));
    requireBadLine(ok + "sdq-parent-4-17\tth\t26\tx\n", 2, QStringLiteral("has no item 26"));
    requireBadLine(ok + "sdq-parent-4-17\tth\timpact.peers\tx\n", 2,
                   QStringLiteral("no item or wording key \"impact.peers\""));
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\t   \n", 2, QStringLiteral("the text is empty"));
    requireBadLine(ok + "sdq-parent-4-17\tth\t1\tอีกครั้ง\n", 2, QStringLiteral("already given on line 1"));
    requireBadLine(ok + "sdq-parent-4-17\tth\tq1\tอีกครั้ง\n", 2, QStringLiteral("already given on line 1"));
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\t\xC3\x28\n", 2, QStringLiteral("not UTF-8"));
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\tbell\x07\n", 2, QStringLiteral("control character"));
    requireBadLine(ok + "sdq-parent-4-17\tth\t2\t" + QByteArray(2001, 'x') + "\n", 2,
                   QStringLiteral("longer than 2000"));
}

TEST_CASE("A wording file without any wording line is refused", "[screening][wording]")
{
    for (const QByteArray &content :
         {QByteArray(), QByteArray("# only a comment\n\n"), QByteArray("instrument\tlanguage\titem\ttext\n")}) {
        auto parsed = parse(content);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("no wording lines")));
    }
}

TEST_CASE("Importing wording replaces an instrument's texts in one language, audited", "[screening][wording]")
{
    TestDatabase t = makeTestDatabase();
    InstrumentWordingService service(*t.db, testClock());
    const QString parent = QStringLiteral("sdq-parent-4-17");
    const QStringList tables{QStringLiteral("instrument_wording"), QStringLiteral("change_log"),
                             QStringLiteral("audit_event")};
    const auto before = rowCounts(*t.db, tables);

    auto first = service.import(t.admin, entries(kGood));
    INFO(errorText(first));
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);  // parent/en, parent/th, teacher/en
    CHECK(first->at(0).instrumentId == parent);
    CHECK(first->at(0).language == QLatin1String("en"));
    CHECK(first->at(0).added == 2);
    auto texts = service.texts(t.admin, parent, QStringLiteral("en"));
    REQUIRE(texts.ok());
    CHECK(texts->value(QStringLiteral("q1")) == QStringLiteral("Item one's words"));
    CHECK(texts->value(QStringLiteral("impact.distress")) == QStringLiteral("Distress words"));
    auto after = rowCounts(*t.db, tables);
    CHECK(after.value(QStringLiteral("instrument_wording")) == before.value(QStringLiteral("instrument_wording")) + 4);
    CHECK(after.value(QStringLiteral("change_log")) == before.value(QStringLiteral("change_log")) + 4);
    CHECK(after.value(QStringLiteral("audit_event")) == before.value(QStringLiteral("audit_event")) + 3);

    // Again for parent/en only: item 1 changes, impact.distress goes, item 2 comes.
    auto second = service.import(t.admin,
                                 entries("sdq-parent-4-17\ten\t1\tNew words\n"
                                         "sdq-parent-4-17\ten\t2\tItem two\n"));
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->at(0).added == 1);
    CHECK(second->at(0).changed == 1);
    CHECK(second->at(0).removed == 1);
    texts = service.texts(t.admin, parent, QStringLiteral("en"));
    CHECK(texts->size() == 2);
    CHECK(texts->value(QStringLiteral("q1")) == QStringLiteral("New words"));
    CHECK_FALSE(texts->contains(QStringLiteral("impact.distress")));
    // The Thai wording and the teacher form's are untouched.
    CHECK(service.texts(t.admin, parent, QStringLiteral("th"))->size() == 1);
    CHECK(service.texts(t.admin, QStringLiteral("sdq-teacher-4-17"), QStringLiteral("en"))->size() == 1);

    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT summary FROM audit_event WHERE action = 'import' AND entity = "
                                  "'instrument_wording' ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2 texts: 1 added, 1 changed, 1 removed"));
}

TEST_CASE("Only a user who manages settings may import wording, and a refusal writes nothing", "[screening][wording]")
{
    TestDatabase t = makeTestDatabase();
    const Session teacher = sessionFor(t, Role::Teacher, {t.classroomId});
    const Session director = sessionFor(t, Role::Director);
    const QStringList tables{QStringLiteral("instrument_wording"), QStringLiteral("change_log")};
    const auto before = rowCounts(*t.db, tables);
    InstrumentWordingService service(*t.db, testClock());
    for (const Session &session : {teacher, director}) {
        auto refused = service.import(session, entries(kGood));
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK(rowCounts(*t.db, tables) == before);
    // Anyone signed in may read the wording.
    CHECK(service.texts(teacher, QStringLiteral("sdq-parent-4-17"), QStringLiteral("th")).ok());
    CHECK_FALSE(service.texts(Session(), QStringLiteral("sdq-parent-4-17"), QStringLiteral("th")).ok());
}
