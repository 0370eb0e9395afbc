// care-cli users: the administrator adds, lists, disables and resets users;
// a teacher may do none of it, and a refused command changes nothing.
#include "rawconnection.h"
#include "securityfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QString kNewPassword = QStringLiteral("a new long password");

QStringList users(const QString &subcommand, const SecurityFixture &f, const QStringList &arguments = {})
{
    return QStringList{QStringLiteral("users"), subcommand, QStringLiteral("--db"), f.path()} + arguments;
}

CliRun runWithNewPassword(const QString &username, const QStringList &arguments, const QString &newPassword)
{
    CliOptions options;
    options.environment = signInAs(username) + QStringList{QStringLiteral("CARE_NEW_PASSWORD=") + newPassword};
    return runCli(arguments, options);
}

qint64 userCount(const SecurityFixture &f)
{
    RawConnection raw(f.path());
    return raw.scalar(QStringLiteral("SELECT count(*) FROM app_user")).toLongLong();
}

QJsonObject listedUser(const SecurityFixture &f, const QString &username)
{
    const CliRun run = runAs(QStringLiteral("admin"), users(QStringLiteral("list"), f, {QStringLiteral("--json")}));
    for (const QJsonValue &user : parseJson(run).array())
        if (user.toObject().value(QStringLiteral("username")).toString() == username)
            return user.toObject();
    return {};
}

QStringList searchAll(const SecurityFixture &f)
{
    return {QStringLiteral("students"), QStringLiteral("search"), QStringLiteral("--db"), f.path(),
            QStringLiteral("--json")};
}

} // namespace

TEST_CASE("the administrator adds a teacher who then reaches their classroom", "[cli][users]")
{
    const SecurityFixture f = makeSecurityFixture();
    const CliRun added = runWithNewPassword(
        QStringLiteral("admin"),
        users(QStringLiteral("add"), f,
              {QStringLiteral("--username"), QStringLiteral("kanok"), QStringLiteral("--name"),
               QStringLiteral("นางกนก ใจดี"), QStringLiteral("--role"), QStringLiteral("teacher"),
               QStringLiteral("--school"), QStringLiteral("40010001"), QStringLiteral("--classroom"),
               QStringLiteral("ป.4/1"), QStringLiteral("--lang"), QStringLiteral("th")}),
        kNewPassword);
    {
        INFO(added);
        REQUIRE(added.exitCode == 0);
    }
    const QJsonObject kanok = listedUser(f, QStringLiteral("kanok"));
    CHECK(kanok.value(QStringLiteral("role")).toString() == QStringLiteral("teacher"));
    CHECK(kanok.value(QStringLiteral("displayName")).toString() == QStringLiteral("นางกนก ใจดี"));
    CHECK(kanok.value(QStringLiteral("schoolCode")).toString() == QStringLiteral("40010001"));
    CHECK(kanok.value(QStringLiteral("classroomIds")).toArray()
          == QJsonArray{QJsonValue(f.students.base.classroomId)});
    CHECK_FALSE(kanok.value(QStringLiteral("disabled")).toBool());

    // The password the administrator chose is temporary: kanok picks her own first.
    const CliRun first = runAs(QStringLiteral("kanok"), searchAll(f), kNewPassword);
    CHECK(first.exitCode == 3);
    CHECK(first.err.contains(QStringLiteral("users password")));
    const QString ownPassword = QStringLiteral("a garden of her own");
    CliOptions change;
    change.environment = signInAs(QStringLiteral("kanok"), kNewPassword)
                         + QStringList{QStringLiteral("CARE_NEW_PASSWORD=") + ownPassword};
    REQUIRE(runCli(users(QStringLiteral("password"), f), change).exitCode == 0);
    const CliRun search = runAs(QStringLiteral("kanok"), searchAll(f), ownPassword);
    CHECK(firstNames(parseJson(search).array())
          == QStringList{QStringLiteral("ปิติ"), QStringLiteral("สมชาย"), QStringLiteral("สมหญิง")});

    const CliRun text = runAs(QStringLiteral("admin"), users(QStringLiteral("list"), f));
    INFO(text);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("kanok")));
    CHECK(text.out.contains(QStringLiteral("otherteacher")));
}

TEST_CASE("users add refuses bad values and adds nobody", "[cli][users]")
{
    const SecurityFixture f = makeSecurityFixture();
    const qint64 before = userCount(f);
    const QStringList base = {QStringLiteral("--username"), QStringLiteral("kanok"), QStringLiteral("--name"),
                              QStringLiteral("Kanok")};
    struct Case {
        QStringList arguments;
        QString password;
        int exitCode;
        QString message;
    };
    const QList<Case> cases = {
        {base + QStringList{QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--school"),
                            QStringLiteral("40010001")},
         QStringLiteral("short"), 1, QStringLiteral("8 characters")},
        {base + QStringList{QStringLiteral("--role"), QStringLiteral("wizard")}, kNewPassword, 1,
         QStringLiteral("wizard")},
        {base + QStringList{QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--school"),
                            QStringLiteral("99999999")},
         kNewPassword, 1, QStringLiteral("99999999")},
        {base + QStringList{QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--school"),
                            QStringLiteral("40010001"), QStringLiteral("--classroom"), QStringLiteral("P.9/9")},
         kNewPassword, 1, QStringLiteral("P.9/9")},
        {base + QStringList{QStringLiteral("--role"), QStringLiteral("director")}, kNewPassword, 1,
         QStringLiteral("school")},
        {QStringList{QStringLiteral("--username"), QStringLiteral("kanok"), QStringLiteral("--role"),
                     QStringLiteral("teacher")},
         kNewPassword, 64, QStringLiteral("--name")},
    };
    for (const Case &c : cases) {
        const CliRun run = runWithNewPassword(QStringLiteral("admin"), users(QStringLiteral("add"), f, c.arguments),
                                              c.password);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.contains(c.message));
    }
    CHECK(userCount(f) == before);
}

TEST_CASE("a disabled user cannot sign in until enabled again", "[cli][users]")
{
    const SecurityFixture f = makeSecurityFixture();
    const CliRun disabled = runAs(QStringLiteral("admin"), users(QStringLiteral("disable"), f,
                                                                 {QStringLiteral("teacher")}));
    {
        INFO(disabled);
        REQUIRE(disabled.exitCode == 0);
    }
    CHECK(listedUser(f, QStringLiteral("teacher")).value(QStringLiteral("disabled")).toBool());
    const CliRun refused = runAs(QStringLiteral("teacher"), searchAll(f));
    {
        INFO(refused);
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains(QStringLiteral("disabled")));
        CHECK(revealsNoName(refused));
    }
    REQUIRE(runAs(QStringLiteral("admin"), users(QStringLiteral("enable"), f, {QStringLiteral("teacher")})).exitCode
            == 0);
    // Disabling deleted the key slot: the old password opens nothing even when enabled again.
    const CliRun noKey = runAs(QStringLiteral("teacher"), searchAll(f));
    CHECK(noKey.exitCode == 3);
    CHECK(noKey.err.contains(QStringLiteral("temporary password")));
    const QString temporary = QStringLiteral("wobbly lantern pasture 42");
    REQUIRE(runWithNewPassword(QStringLiteral("admin"),
                               users(QStringLiteral("reset-password"), f, {QStringLiteral("teacher")}), temporary)
                .exitCode
            == 0);
    const CliRun again = runAs(QStringLiteral("teacher"), searchAll(f), temporary);
    INFO(again);
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("users password")));  // signed in; only the temporary password stops it

    const CliRun unknown = runAs(QStringLiteral("admin"), users(QStringLiteral("disable"), f,
                                                                {QStringLiteral("nobody")}));
    INFO(unknown);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nobody")));
}

TEST_CASE("a reset password is temporary: the user changes it before anything else", "[cli][users]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString temporary = QStringLiteral("temporary password");
    const CliRun reset = runWithNewPassword(QStringLiteral("admin"), users(QStringLiteral("reset-password"), f,
                                                                           {QStringLiteral("teacher")}),
                                            temporary);
    {
        INFO(reset);
        REQUIRE(reset.exitCode == 0);
    }
    CHECK(runAs(QStringLiteral("teacher"), searchAll(f)).exitCode == 3);  // the old password is gone
    const CliRun mustChange = runAs(QStringLiteral("teacher"), searchAll(f), temporary);
    {
        INFO(mustChange);
        CHECK(mustChange.exitCode == 3);
        CHECK(mustChange.err.contains(QStringLiteral("users password")));
        CHECK(mustChange.out.isEmpty());
    }
    CliOptions change;
    change.environment = signInAs(QStringLiteral("teacher"), temporary)
                         + QStringList{QStringLiteral("CARE_NEW_PASSWORD=") + kNewPassword};
    const CliRun changed = runCli(users(QStringLiteral("password"), f), change);
    {
        INFO(changed);
        REQUIRE(changed.exitCode == 0);
    }
    const CliRun works = runAs(QStringLiteral("teacher"), searchAll(f), kNewPassword);
    INFO(works);
    CHECK(works.exitCode == 0);
}

TEST_CASE("a teacher may not manage users, and nothing changes", "[cli][users]")
{
    const SecurityFixture f = makeSecurityFixture();
    const qint64 before = userCount(f);
    const QList<QStringList> commands = {
        users(QStringLiteral("list"), f),
        users(QStringLiteral("add"), f,
              {QStringLiteral("--username"), QStringLiteral("kanok"), QStringLiteral("--name"),
               QStringLiteral("Kanok"), QStringLiteral("--role"), QStringLiteral("admin")}),
        users(QStringLiteral("disable"), f, {QStringLiteral("director")}),
        users(QStringLiteral("reset-password"), f, {QStringLiteral("director")}),
    };
    for (const QStringList &command : commands) {
        const CliRun run = runWithNewPassword(QStringLiteral("teacher"), command, kNewPassword);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << run);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("may not manage user accounts")));
        CHECK(run.out.isEmpty());
    }
    CHECK(userCount(f) == before);
    CHECK_FALSE(listedUser(f, QStringLiteral("director")).value(QStringLiteral("disabled")).toBool());
    CHECK_FALSE(listedUser(f, QStringLiteral("director")).value(QStringLiteral("mustChangePassword")).toBool());

    // A director manages their own school only.
    const CliRun otherSchool = runAs(QStringLiteral("otherdirector"), users(QStringLiteral("disable"), f,
                                                                            {QStringLiteral("teacher")}));
    INFO(otherSchool);
    CHECK(otherSchool.exitCode != 0);
    CHECK_FALSE(listedUser(f, QStringLiteral("teacher")).value(QStringLiteral("disabled")).toBool());
}
