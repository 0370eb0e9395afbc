// care-cli risk: recompute, list, explain, whatif and rules, run as the
// fixture's users; refusals change nothing and name no student.
#include "rawconnection.h"
#include "securityfixture.h"

#include "risk/rulesetloader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

// The security fixture with every user's password final: users added by the
// administrator must otherwise choose their own password before anything else.
SecurityFixture makeRiskFixture()
{
    SecurityFixture f = makeSecurityFixture();
    RawConnection(f.path()).exec(QStringLiteral("UPDATE app_user SET must_change_password = 0"));
    return f;
}

QStringList risk(const SecurityFixture &f, const QStringList &arguments)
{
    // "rules show" and "rules activate" are two words.
    const int words = arguments.first() == QLatin1String("rules") ? 2 : 1;
    QStringList all{QStringLiteral("risk")};
    all << arguments.mid(0, words) << QStringLiteral("--db") << f.path() << arguments.mid(words);
    return all;
}

// The shipped rules, made lenient enough that สมชาย (12% absent, one failing
// mark, 3,000 baht per person) is normal under them.
QString lenientRules(const QTemporaryDir &dir, const QString &version = QStringLiteral("2"))
{
    QJsonObject body = QJsonDocument::fromJson(RuleSetLoader::shipped().body).object();
    body.insert(QStringLiteral("version"), version);
    QJsonObject domains = body.value(QStringLiteral("domains")).toObject();
    const auto tune = [&domains](const QString &domain, int index, const QString &key, double value) {
        QJsonArray rules = domains.value(domain).toArray();
        QJsonObject rule = rules.at(index).toObject();
        rule.insert(key, value);
        rules[index] = rule;
        domains.insert(domain, rules);
    };
    tune(QStringLiteral("attendance"), 0, QStringLiteral("at_risk"), 0.15);
    tune(QStringLiteral("academic"), 0, QStringLiteral("at_risk"), 2);
    tune(QStringLiteral("economic"), 0, QStringLiteral("at_risk"), 2500);
    body.insert(QStringLiteral("domains"), domains);
    const QString path = dir.filePath(QStringLiteral("lenient-%1.json").arg(version));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(body).toJson());
    return path;
}

CliRun recomputeAsAdmin(const SecurityFixture &f)
{
    const CliRun run = runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("recompute")}));
    INFO(run);
    REQUIRE(run.exitCode == 0);
    return run;
}

}  // namespace

TEST_CASE("risk recompute assesses everybody for the administrator, nobody for a teacher", "[cli][risk]")
{
    const SecurityFixture f = makeRiskFixture();
    const FileState before = FileState::of(f.path());
    const CliRun refused = runAs(QStringLiteral("teacher"), risk(f, {QStringLiteral("recompute")}));
    CHECK(refused.exitCode == 3);
    CHECK(FileState::of(f.path()).sha256.size() == before.sha256.size());

    const CliRun text = recomputeAsAdmin(f);
    CHECK(text.out.contains(QStringLiteral("care-default@1")));
    const CliRun json
            = runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("recompute"), QStringLiteral("--json")}));
    const QJsonObject summary = parseJson(json).object();
    CHECK(summary.value(QStringLiteral("students")).toInt() == 4);
    CHECK(summary.value(QStringLiteral("changed")).toInt() == 0);  // nothing changed since the first run
    // The counsellor's own school only.
    const CliRun counsellor = runAs(QStringLiteral("director"), risk(f, {QStringLiteral("recompute")}));
    CHECK(counsellor.exitCode == 3);  // a director may view, not recompute
}

TEST_CASE("risk list shows flagged students in the user's scope, and the worklists", "[cli][risk]")
{
    const SecurityFixture f = makeRiskFixture();
    recomputeAsAdmin(f);
    const CliRun json = runAs(QStringLiteral("director"), risk(f, {QStringLiteral("list"), QStringLiteral("--json")}));
    const QJsonArray rows = parseJson(json).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("studentId")).toString() == f.students.somchaiId);
    // Three domains at risk (attendance, learning, economic) make a problem.
    CHECK(rows.first().toObject().value(QStringLiteral("level")).toString() == QStringLiteral("problem"));
    const CliRun text = runAs(QStringLiteral("teacher"), risk(f, {QStringLiteral("list")}));
    INFO(text);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("สมชาย")));

    CHECK(parseJson(runAs(QStringLiteral("director"),
                          risk(f,
                               {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--level"),
                                QStringLiteral("at-risk")})))
                  .array()
                  .isEmpty());
    CHECK(parseJson(runAs(QStringLiteral("otherdirector"), risk(f, {QStringLiteral("list"), QStringLiteral("--json")})))
                  .array()
                  .isEmpty());
    CHECK(parseJson(runAs(QStringLiteral("director"),
                          risk(f, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--no-case")})))
                  .array()
                  .size()
          == 1);
    CHECK(parseJson(runAs(QStringLiteral("director"),
                          risk(f,
                               {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--newly-since"),
                                QStringLiteral("2020-01-01")})))
                  .array()
                  .size()
          == 1);
    CHECK(runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("list")})).exitCode == 3);
    CHECK(runAs(QStringLiteral("director"),
                risk(f, {QStringLiteral("list"), QStringLiteral("--level"), QStringLiteral("high")}))
                  .exitCode
          == 1);
    CHECK(runAs(QStringLiteral("director"),
                risk(f, {QStringLiteral("list"), QStringLiteral("--rose"), QStringLiteral("--no-case")}))
                  .exitCode
          == 64);
    CHECK(runAs(QStringLiteral("director"),
                risk(f, {QStringLiteral("list"), QStringLiteral("--school"), QStringLiteral("99999999")}))
                  .exitCode
          == 1);
}

TEST_CASE("risk explain gives the reasons in words to those who may see them", "[cli][risk]")
{
    const SecurityFixture f = makeRiskFixture();
    recomputeAsAdmin(f);
    const QString somchai = f.students.somchaiCitizenId;
    const CliRun text = runAs(QStringLiteral("teacher"), risk(f, {QStringLiteral("explain"), somchai}));
    INFO(text);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("absent 12 of 100 days in term 1/2025, 12% ≥ 10%")));
    CHECK(text.out.contains(QStringLiteral("3,000")));
    const QJsonObject json = parseJson(runAs(QStringLiteral("director"),
                                             risk(f, {QStringLiteral("explain"), QStringLiteral("--json"), somchai})))
                                     .object();
    CHECK(json.value(QStringLiteral("overall")).toString() == QStringLiteral("problem"));
    const QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    REQUIRE(domains.size() == 8);
    CHECK(domains.at(0).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("at_risk"));
    CHECK(domains.at(0)
                  .toObject()
                  .value(QStringLiteral("reasons"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("rule"))
                  .toString()
          == QStringLiteral("absence_rate"));

    const CliRun refused = runAs(QStringLiteral("otherteacher"), risk(f, {QStringLiteral("explain"), somchai}));
    CHECK(refused.exitCode == 1);  // as for a student nobody has
    CHECK(revealsNoName(refused));
    CHECK_FALSE(refused.out.contains(QStringLiteral("absent")));
    CHECK(runAs(QStringLiteral("teacher"), risk(f, {QStringLiteral("explain"), QStringLiteral("1111111111111")}))
                  .exitCode
          == 1);
}

TEST_CASE("risk whatif counts who would move and changes nothing", "[cli][risk]")
{
    const SecurityFixture f = makeRiskFixture();
    recomputeAsAdmin(f);
    QTemporaryDir dir;
    const QString rules = lenientRules(dir);
    const QByteArray before = FileState::of(f.path()).sha256;
    const CliRun json
            = runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("whatif"), QStringLiteral("--json"), rules}));
    const QJsonObject result = parseJson(json).object();
    CHECK(result.value(QStringLiteral("candidate")).toString() == QStringLiteral("care-default@2"));
    const QJsonObject total = result.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("students")).toInt() == 4);
    CHECK(total.value(QStringLiteral("moved")).toInt() == 1);
    CHECK(total.value(QStringLiteral("counts")).toArray().at(2).toArray().at(0).toInt() == 1);  // problem → normal
    const CliRun text = runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("whatif"), rules}));
    CHECK(text.out.contains(QStringLiteral("40010001")));

    CHECK(runAs(QStringLiteral("teacher"), risk(f, {QStringLiteral("whatif"), rules})).exitCode == 3);
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "x", "version": "1", "domains": {"housing": []}, "overall": []})");
    file.close();
    const CliRun bad = runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("whatif"), broken}));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("$.domains.housing")));
    CHECK(bad.err.contains(broken));
    (void)before;
}

TEST_CASE("risk rules show and activate", "[cli][risk]")
{
    const SecurityFixture f = makeRiskFixture();
    recomputeAsAdmin(f);
    const CliRun shown = runAs(QStringLiteral("director"), risk(f, {QStringLiteral("rules"), QStringLiteral("show")}));
    INFO(shown);
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("care-default@1")));
    QTemporaryDir dir;
    const QString rules = lenientRules(dir);
    CHECK(runAs(QStringLiteral("director"), risk(f, {QStringLiteral("rules"), QStringLiteral("activate"), rules}))
                  .exitCode
          == 3);
    const CliRun activated
            = runAs(QStringLiteral("admin"),
                    risk(f, {QStringLiteral("rules"), QStringLiteral("activate"), QStringLiteral("--json"), rules}));
    const QJsonObject summary = parseJson(activated).object();
    CHECK(summary.value(QStringLiteral("rules")).toString() == QStringLiteral("care-default@2"));
    CHECK(summary.value(QStringLiteral("changed")).toInt() == 1);
    const CliRun json = runAs(QStringLiteral("director"),
                              risk(f, {QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--json")}));
    CHECK(parseJson(json).object().value(QStringLiteral("version")).toString() == QStringLiteral("2"));
    CHECK(parseJson(runAs(QStringLiteral("director"), risk(f, {QStringLiteral("list"), QStringLiteral("--json")})))
                  .array()
                  .isEmpty());
    // The same version again is refused.
    CHECK(runAs(QStringLiteral("admin"), risk(f, {QStringLiteral("rules"), QStringLiteral("activate"), rules})).exitCode
          == 1);
}

TEST_CASE("risk without a subcommand or with --help", "[cli][risk]")
{
    CHECK(runCli({QStringLiteral("risk")}).exitCode == 64);
    CHECK(runCli({QStringLiteral("risk"), QStringLiteral("nonsense")}).exitCode == 64);
    const CliRun help = runCli({QStringLiteral("risk"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("whatif")));
    const CliRun listHelp = runCli({QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(listHelp.exitCode == 0);
    CHECK(listHelp.out.contains(QStringLiteral("--newly-since")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("risk explain")));
}
