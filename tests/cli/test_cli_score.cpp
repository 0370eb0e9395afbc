// care-cli score, instruments list and instruments import-wording: scores
// and bands as JSON, bad input refused with a message and exit code 1, a
// broken instrument file reported, wording installed by the administrator.
#include "rawconnection.h"
#include "securityfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

// Parent form example of test_sdq_scoring.cpp: emotional 3, conduct 9, hyperactivity 4, peer 3, prosocial 5.
const QString kAnswers = QStringLiteral("2,1,0,1,2,0,1,2,1,0,1,2,0,1,2,0,1,2,1,0,1,2,0,1,2");

CliRun score(const QStringList &options)
{
    return runCli(QStringList{QStringLiteral("score")} + options);
}

void requireInvalid(const CliRun &run, const QString &reasonPart, int exitCode = 1)
{
    INFO(run);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == exitCode);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(reasonPart));
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

}  // namespace

TEST_CASE("score prints every score and band as JSON", "[cli][score]")
{
    const CliRun run
            = score({QStringLiteral("--instrument"), QStringLiteral("sdq-parent-4-17"), QStringLiteral("--answers"),
                     kAnswers, QStringLiteral("--impact"), QStringLiteral("2,0,1,2,3,3"), QStringLiteral("--json")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject result = parseJson(run).object();
    CHECK(result.value(QStringLiteral("instrument")).toString() == QLatin1String("sdq-parent-4-17"));
    CHECK(result.value(QStringLiteral("version")).toString() == QLatin1String("1"));
    CHECK(result.value(QStringLiteral("band_set")).toString() == QLatin1String("th"));
    CHECK(result.value(QStringLiteral("missing")).toArray().isEmpty());
    const QJsonObject bands = result.value(QStringLiteral("bands")).toObject();
    const QList<std::tuple<const char *, int, QJsonValue>> expected{
            {"emotional", 3, QStringLiteral("normal")},
            {"conduct", 9, QStringLiteral("problem")},
            {"hyperactivity", 4, QStringLiteral("normal")},
            {"peer", 3, QStringLiteral("normal")},
            {"prosocial", 5, QStringLiteral("strength")},
            {"total_difficulties", 19, QStringLiteral("problem")},
            {"externalising", 13, QJsonValue::Null},
            {"internalising", 6, QJsonValue::Null},
            {"impact", 5, QJsonValue::Null}};
    for (const auto &[key, value, band] : expected) {
        INFO(key);
        CHECK(result.value(QLatin1String(key)).toInt(-1) == value);
        CHECK(bands.value(QLatin1String(key)) == band);
    }
}

TEST_CASE("score with the UK band set, missing answers and no impact", "[cli][score]")
{
    // Teacher form, item 3 and 8 missing (emotional prorated from three answers).
    const CliRun run
            = score({QStringLiteral("--instrument"), QStringLiteral("sdq-teacher-4-17"), QStringLiteral("--band-set"),
                     QStringLiteral("uk"), QStringLiteral("--answers"),
                     QStringLiteral("2,2,-,2,2,2,2,-,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2"), QStringLiteral("--json")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = parseJson(run).object();
    CHECK(result.value(QStringLiteral("band_set")).toString() == QLatin1String("uk"));
    CHECK(result.value(QStringLiteral("missing")).toArray() == QJsonArray{3, 8});
    CHECK(result.value(QStringLiteral("emotional")).toInt() == 10);
    CHECK(result.value(QStringLiteral("total_difficulties")).toInt() == 30);
    CHECK(result.value(QStringLiteral("impact")).isNull());
    const QJsonObject bands = result.value(QStringLiteral("bands")).toObject();
    CHECK(bands.value(QStringLiteral("emotional")).toString() == QLatin1String("problem"));
    CHECK(bands.value(QStringLiteral("prosocial")).toString() == QLatin1String("normal"));
    CHECK(bands.value(QStringLiteral("impact")).isNull());
}

TEST_CASE("score: three missing answers of a subscale leave it and the total null", "[cli][score]")
{
    const CliRun run
            = score({QStringLiteral("--instrument"), QStringLiteral("sdq-self-11-17"), QStringLiteral("--answers"),
                     QStringLiteral("0,0,-,0,0,0,0,-,0,0,0,0,-,0,0,0,0,0,0,0,0,0,0,0,0"), QStringLiteral("--json")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = parseJson(run).object();
    CHECK(result.value(QStringLiteral("emotional")).isNull());
    CHECK(result.value(QStringLiteral("total_difficulties")).isNull());
    CHECK(result.value(QStringLiteral("bands")).toObject().value(QStringLiteral("emotional")).isNull());
    CHECK(result.value(QStringLiteral("conduct")).toInt() == 2);
}

TEST_CASE("score prints a readable table without --json", "[cli][score]")
{
    const CliRun run
            = score({QStringLiteral("--instrument"), QStringLiteral("sdq-parent-4-17"), QStringLiteral("--answers"),
                     kAnswers, QStringLiteral("--band-set"), QStringLiteral("uk")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Conduct problems")));
    CHECK(run.out.contains(QStringLiteral("Abnormal")));
    CHECK(run.out.contains(QStringLiteral("not scored")));  // impact
}

TEST_CASE("score refuses bad input with a message and exit code 1", "[cli][score]")
{
    const auto parent = [](const QStringList &more) {
        return score(QStringList{QStringLiteral("--instrument"), QStringLiteral("sdq-parent-4-17")} + more);
    };
    const QString answers = QStringLiteral("--answers");
    requireInvalid(parent({answers, QStringLiteral("0,1,2")}), QStringLiteral("25 item"));
    requireInvalid(parent({answers, kAnswers + QStringLiteral(",1")}), QStringLiteral("26 answers"));
    requireInvalid(parent({answers, QString(kAnswers).replace(0, 1, QStringLiteral("3"))}),
                   QStringLiteral("item 1 is 3"));
    requireInvalid(parent({answers, QString(kAnswers).replace(0, 1, QStringLiteral("x"))}),
                   QStringLiteral("value 1 (\"x\") is not an answer"));
    requireInvalid(parent({answers, QString(kAnswers).replace(0, 2, QStringLiteral(","))}),
                   QStringLiteral("value 1 is empty"));
    requireInvalid(parent({answers, kAnswers, QStringLiteral("--band-set"), QStringLiteral("us")}),
                   QStringLiteral("no band set \"us\""));
    requireInvalid(parent({answers, kAnswers, QStringLiteral("--impact"), QStringLiteral("1,0,0")}),
                   QStringLiteral("5 item"));
    requireInvalid(parent({answers, kAnswers, QStringLiteral("--impact"), QStringLiteral("yes")}),
                   QStringLiteral("--impact"));
    requireInvalid(parent({answers, kAnswers, QStringLiteral("--impact"), QStringLiteral("")}),
                   QStringLiteral("--impact is empty"));
    requireInvalid(parent({answers, kAnswers, QStringLiteral("--impact"), QStringLiteral("4")}),
                   QStringLiteral("about difficulties is 4"));
    requireInvalid(score({QStringLiteral("--instrument"), QStringLiteral("sdq-nobody"), answers, kAnswers}),
                   QStringLiteral("Unknown instrument “sdq-nobody”"));
    requireInvalid(score({QStringLiteral("--instrument"), QStringLiteral("sdq-parent-4-17")}),
                   QStringLiteral("Missing option --answers"), 64);
    requireInvalid(score({answers, kAnswers}), QStringLiteral("Missing option --instrument"), 64);
}

TEST_CASE("instruments list shows every shipped instrument and no problem", "[cli][score]")
{
    const CliRun run = runCli({QStringLiteral("instruments"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = parseJson(run).object();
    CHECK(result.value(QStringLiteral("problems")).toArray().isEmpty());
    const QJsonArray instruments = result.value(QStringLiteral("instruments")).toArray();
    REQUIRE(instruments.size() == 6);
    const QJsonObject parent = instruments.at(2).toObject();
    CHECK(parent.value(QStringLiteral("id")).toString() == QLatin1String("sdq-parent-4-17"));
    CHECK(parent.value(QStringLiteral("respondent")).toString() == QLatin1String("parent"));
    CHECK(parent.value(QStringLiteral("ages")).toObject().value(QStringLiteral("min")).toInt() == 4);
    CHECK(parent.value(QStringLiteral("band_sets")).toArray()
          == QJsonArray{QStringLiteral("th"), QStringLiteral("uk")});
    CHECK(parent.value(QStringLiteral("default_band_set")).toString() == QLatin1String("th"));

    const CliRun text = runCli({QStringLiteral("instruments"), QStringLiteral("list")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("care-dropout-checklist")));
}

TEST_CASE("instruments list reports a broken file and still lists the others", "[cli][score]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{\"format\": 1, \"id\": \"broken\"}");
    const CliRun run = runCli({QStringLiteral("instruments"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--instruments"), dir.path()});
    INFO(run);
    CHECK(run.exitCode == 2);
    const QJsonObject result = parseJson(run).object();
    CHECK(result.value(QStringLiteral("instruments")).toArray().size() == 6);
    const QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0)
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("broken.json")));
    CHECK(problems.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("$.version")));
    // The shipped instruments still score.
    CHECK(score({QStringLiteral("--instrument"), QStringLiteral("sdq-parent-4-17"), QStringLiteral("--answers"),
                 kAnswers, QStringLiteral("--instruments"), dir.path()})
                  .exitCode
          == 0);
}

TEST_CASE("instruments import-wording: the administrator installs wording, others are refused", "[cli][score]")
{
    const SecurityFixture f = makeSecurityFixture();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("wording.tsv"));
    writeFile(good, "sdq-parent-4-17\tth\t1\tข้อหนึ่ง\nsdq-parent-4-17\tth\t2\tข้อสอง\n");
    const QString bad = dir.filePath(QStringLiteral("bad.tsv"));
    writeFile(bad, "sdq-parent-4-17\tth\t1\tข้อหนึ่ง\nsdq-parent-4-17\tth\t99\tข้อ\n");
    const auto import = [&](const QString &file) {
        return QStringList{QStringLiteral("instruments"), QStringLiteral("import-wording"), QStringLiteral("--db"),
                           f.path(), file};
    };
    const auto wordingRows = [&] {
        RawConnection raw(f.path());
        return raw.scalar(QStringLiteral("SELECT count(*) FROM instrument_wording")).toLongLong();
    };

    const CliRun refused = runAs(QStringLiteral("teacher"), import(good));
    INFO(refused);
    CHECK(refused.exitCode == 3);
    CHECK(wordingRows() == 0);

    requireInvalid(runAs(QStringLiteral("admin"), import(bad)), QStringLiteral("at line 2"));
    CHECK(wordingRows() == 0);
    requireInvalid(runAs(QStringLiteral("admin"), import(dir.filePath(QStringLiteral("none.tsv")))),
                   QStringLiteral("does not exist"), 2);

    const CliRun done = runAs(QStringLiteral("admin"), import(good));
    INFO(done);
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("sdq-parent-4-17 (th): 2 added")));
    CHECK(wordingRows() == 2);
}
