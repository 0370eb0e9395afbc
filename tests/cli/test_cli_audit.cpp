// care-cli audit verify (signed in: the events are sealed with the database key) finds a changed event;
// audit list filters by student, user, action and (Buddhist Era) dates for
// those who may read the trail, and shows others nothing.
#include "rawconnection.h"
#include "securityfixture.h"

#include "domain/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

QStringList auditList(const SecurityFixture &f, const QStringList &arguments)
{
    return QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), f.path(),
                       QStringLiteral("--json")}
           + arguments;
}

QJsonArray events(const CliRun &run)
{
    INFO(run);
    REQUIRE(run.exitCode == 0);
    return parseJson(run).array();
}

} // namespace

TEST_CASE("audit verify passes an intact trail and names a changed event", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QStringList verify = {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), f.path()};
    const CliRun anonymous = runCli(verify);  // the file opens only with a user's key
    CHECK(anonymous.exitCode == 3);
    const CliRun intact = runAs(QStringLiteral("teacher"), verify);  // any user may check
    {
        INFO(intact);
        CHECK(intact.exitCode == 0);
        CHECK(intact.out.contains(QStringLiteral("intact")));
        CHECK(intact.err.isEmpty());  // not a terminal: no progress
    }

    qint64 tampered = 0;
    {
        RawConnection raw(f.path());
        tampered = raw.scalar(QStringLiteral("SELECT min(seq) + 2 FROM audit_event")).toLongLong();
        raw.exec(QStringLiteral("UPDATE audit_event SET summary = summary || ' (edited)' WHERE seq = ?"), {tampered});
    }
    const CliRun broken = runAs(QStringLiteral("admin"), verify);
    INFO(broken);
    CHECK_FALSE(broken.crashed);
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("#%1").arg(tampered)));
    CHECK(broken.out.contains(QStringLiteral("NOT intact")));
}

TEST_CASE("audit verify finds a deleted event", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    {
        RawConnection raw(f.path());
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = (SELECT min(seq) + 1 FROM audit_event)"));
    }
    const CliRun run =
        runAs(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), f.path()});
    INFO(run);
    CHECK(run.exitCode == 1);
}

TEST_CASE("audit verify prints an anchor that later finds the newest events cut off", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QStringList verify = {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), f.path()};
    const CliRun first = runAs(QStringLiteral("admin"), verify);
    INFO(first);
    REQUIRE(first.exitCode == 0);
    const QRegularExpressionMatch printed
            = QRegularExpression(QStringLiteral("--anchor:\\s+(\\d+:[0-9a-f]{64})")).match(first.out);
    REQUIRE(printed.hasMatch());
    const QString anchor = printed.captured(1);
    CHECK(runAs(QStringLiteral("admin"), verify + QStringList{QStringLiteral("--anchor"), anchor}).exitCode == 0);
    {
        RawConnection raw(f.path());
        raw.exec(QStringLiteral("DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 2 FROM audit_event)"));
    }
    CHECK(runAs(QStringLiteral("admin"), verify).exitCode == 0);  // the chain alone cannot tell
    const CliRun cut = runAs(QStringLiteral("admin"), verify + QStringList{QStringLiteral("--anchor"), anchor});
    INFO(cut);
    CHECK(cut.exitCode == 1);
    CHECK(cut.out.contains(QStringLiteral("anchor")));
    const CliRun bad = runAs(QStringLiteral("admin"), verify + QStringList{QStringLiteral("--anchor"), QStringLiteral("12:xyz")});
    INFO(bad);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("SEQ:HASH")));
}

TEST_CASE("audit list filters by student, user, action and Buddhist Era dates", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    // By national ID, as students show takes it.
    const QJsonArray somchai = events(runAs(QStringLiteral("admin"),
                                            auditList(f, {QStringLiteral("--student"),
                                                          formatCitizenId(f.students.somchaiCitizenId)})));
    REQUIRE_FALSE(somchai.isEmpty());
    for (const QJsonValue &event : somchai)
        CHECK(event.toObject().value(QStringLiteral("entityId")).toString() == f.students.somchaiId);

    const QJsonArray byDirector = events(runAs(QStringLiteral("admin"),
                                               auditList(f, {QStringLiteral("--user"), QStringLiteral("director"),
                                                             QStringLiteral("--action"), QStringLiteral("create")})));
    REQUIRE_FALSE(byDirector.isEmpty());
    for (const QJsonValue &event : byDirector) {
        CHECK(event.toObject().value(QStringLiteral("actorId")).toString() == f.students.director.userId());
        CHECK(event.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("create"));
    }

    // The fixture wrote on 2 June 2025 = 2/6/2568 BE.
    const QJsonArray thatDay = events(runAs(QStringLiteral("admin"),
                                            auditList(f, {QStringLiteral("--student"), f.students.somchaiId,
                                                          QStringLiteral("--from"), QStringLiteral("2/6/2568"),
                                                          QStringLiteral("--to"), QStringLiteral("2/6/2568")})));
    CHECK(thatDay.size() == somchai.size());
    const QJsonArray dayBefore = events(runAs(QStringLiteral("admin"),
                                              auditList(f, {QStringLiteral("--student"), f.students.somchaiId,
                                                            QStringLiteral("--to"), QStringLiteral("1/6/2568")})));
    CHECK(dayBefore.isEmpty());

    const CliRun limited = runAs(QStringLiteral("admin"), auditList(f, {QStringLiteral("--limit"),
                                                                        QStringLiteral("2")}));
    CHECK(events(limited).size() == 2);

    const CliRun text = runAs(QStringLiteral("director"),
                              {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), f.path(),
                               QStringLiteral("--student"), f.students.somchaiId});
    INFO(text);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("2 Jun 2025")));
}

TEST_CASE("audit list refuses bad dates before signing in", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QList<QStringList> wrong = {
        {QStringLiteral("--from"), QStringLiteral("31/2/2568")},
        {QStringLiteral("--to"), QStringLiteral("yesterday")},
        {QStringLiteral("--from"), QStringLiteral("2/6/2568"), QStringLiteral("--to"), QStringLiteral("1/6/2568")},
        {QStringLiteral("--limit"), QStringLiteral("0")},
    };
    for (const QStringList &options : wrong) {
        const CliRun run = runAs(QStringLiteral("admin"), auditList(f, options));
        INFO(options.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("audit list refuses another school's student", "[cli][audit]")
{
    const SecurityFixture f = makeSecurityFixture();
    // A teacher may not read the audit trail at all.
    const CliRun teacher = runAs(QStringLiteral("otherteacher"),
                                 auditList(f, {QStringLiteral("--student"), f.students.somchaiId}));
    {
        INFO(teacher);
        CHECK(teacher.exitCode == 3);
        CHECK(teacher.out.isEmpty());
        CHECK(revealsNoName(teacher));
    }
    // The other school's director reads their own school's trail only: a
    // student of another school is answered as one nobody has.
    const QString somchai = formatCitizenId(f.students.somchaiCitizenId);
    const CliRun director = runAs(QStringLiteral("otherdirector"), auditList(f, {QStringLiteral("--student"), somchai}));
    INFO(director);
    CHECK(director.exitCode == 1);
    CHECK(director.out.isEmpty());
    CHECK_FALSE(director.err.contains(QStringLiteral("school")));
    CHECK(revealsNoName(director));
    const QString nobody = formatCitizenId(nationalIdFor(777001));
    const CliRun unknown = runAs(QStringLiteral("otherdirector"), auditList(f, {QStringLiteral("--student"), nobody}));
    CHECK(unknown.exitCode == director.exitCode);
    CHECK(QString(unknown.err).replace(nobody, somchai) == director.err);
}
