// The instrument registry: the shipped files load; a broken file is reported
// and the others still load; a municipality's folder adds and replaces.
#include "instrumentfixture.h"

#include "screening/instrumentregistry.h"
#include "screening/scoring.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QStringList ids(const InstrumentRegistry &registry)
{
    QStringList result;
    for (const Instrument *instrument : registry.all())
        result << instrument->id;
    return result;
}

}  // namespace

TEST_CASE("Every shipped instrument loads without a problem", "[screening][registry]")
{
    const InstrumentRegistry &registry = InstrumentRegistry::shipped();
    for (const Error &problem : registry.problems())
        FAIL_CHECK(problem.describe().toStdString());
    CHECK(ids(registry)
          == QStringList{QStringLiteral("care-dropout-checklist"), QStringLiteral("sdq-parent-2-4"),
                         QStringLiteral("sdq-parent-4-17"), QStringLiteral("sdq-self-11-17"),
                         QStringLiteral("sdq-teacher-2-4"), QStringLiteral("sdq-teacher-4-17")});
    for (const QString &id :
         {QStringLiteral("sdq-parent-4-17"), QStringLiteral("sdq-teacher-4-17"), QStringLiteral("sdq-self-11-17"),
          QStringLiteral("sdq-parent-2-4"), QStringLiteral("sdq-teacher-2-4")}) {
        const Instrument *sdq = registry.find(id);
        REQUIRE(sdq);
        CHECK(sdq->items.size() == 25);
        CHECK(sdq->defaultBandSet == QLatin1String("th"));
        // The licensed wording is not shipped: items carry numbers and keys only.
        for (const Item &item : sdq->items)
            CHECK((item.text.th.isEmpty() && item.text.en.isEmpty()));
    }
    CHECK(registry.find(QStringLiteral("sdq-self-11-17"))->respondent == Respondent::Self);
    CHECK(registry.find(QStringLiteral("sdq-self-11-17"))->minAgeYears == 11);
    CHECK(registry.find(QStringLiteral("sdq-parent-2-4"))->maxAgeYears == 4);
    CHECK(registry.find(QStringLiteral("nothing")) == nullptr);
}

TEST_CASE("The dropout checklist has 12 to 15 items with a domain each and scores per domain", "[screening][registry]")
{
    const Instrument *checklist = InstrumentRegistry::shipped().find(QStringLiteral("care-dropout-checklist"));
    REQUIRE(checklist);
    CHECK(checklist->respondent == Respondent::Teacher);
    CHECK(checklist->items.size() >= 12);
    CHECK(checklist->items.size() <= 15);
    QStringList domains;
    for (const Item &item : checklist->items) {
        INFO(item.key.toStdString());
        CHECK_FALSE(item.domain.isEmpty());
        CHECK_FALSE(item.text.th.isEmpty());
        CHECK_FALSE(item.text.en.isEmpty());
        domains << item.domain;
    }
    domains.removeDuplicates();
    CHECK(domains.size() == 8);
    QStringList subscales;
    for (const Subscale &s : checklist->subscales)
        subscales << s.key;
    CHECK(subscales == domains);  // the domain ids are the score keys
    CHECK(checklist->scoreKeys().contains(QStringLiteral("total")));

    ScreeningAnswers answers;
    for (const Item &item : checklist->items)
        answers.items << (item.domain == QLatin1String("attendance") ? 2 : 0);
    const ScreeningScores scores = score(*checklist, answers, {});
    CHECK(scores.bandSet == QLatin1String("care"));
    CHECK(scores.scores.value(QStringLiteral("attendance")) == 4);
    CHECK(scores.bands.value(QStringLiteral("attendance")) == QStringLiteral("problem"));
    CHECK(scores.bands.value(QStringLiteral("family")) == QStringLiteral("normal"));
    CHECK(scores.scores.value(QStringLiteral("total")) == 4);
    // No prorating: a missing answer leaves its domain and the total unscored.
    answers.items[0] = std::nullopt;
    const ScreeningScores partial = score(*checklist, answers, {});
    CHECK_FALSE(partial.scores.value(QStringLiteral("attendance")).has_value());
    CHECK_FALSE(partial.scores.value(QStringLiteral("total")).has_value());
    CHECK(partial.scores.value(QStringLiteral("family")) == 0);
}

TEST_CASE("A broken instrument file is reported and the others still load", "[screening][registry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("bands")));
    writeFile(dir.filePath(QStringLiteral("bands/shared.json")), kTestBandFileJson);
    writeFile(dir.filePath(QStringLiteral("a-good.json")), kTestInstrumentJson);
    writeFile(dir.filePath(QStringLiteral("b-broken.json")),
              QByteArray(kTestInstrumentJson).replace("[1, 2]", "[1, 9]"));
    writeFile(dir.filePath(QStringLiteral("c-not-json.json")), "{ this is not JSON");
    writeFile(dir.filePath(QStringLiteral("d-same-id.json")), kTestInstrumentJson);
    writeFile(dir.filePath(QStringLiteral("e-other.json")),
              QByteArray(kTestInstrumentJson).replace("\"test-instrument\"", "\"second-instrument\""));
    // A corrected shipped instrument replaces the shipped one.
    writeFile(dir.filePath(QStringLiteral("f-corrected.json")),
              QByteArray(kTestInstrumentJson)
                      .replace("\"test-instrument\"", "\"sdq-parent-4-17\"")
                      .replace("\"version\": \"3\"", "\"version\": \"local-2\""));
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not an instrument");

    const InstrumentRegistry registry = InstrumentRegistry::load(dir.path());
    const QList<Error> problems = registry.problems();
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).message.contains(QStringLiteral("b-broken.json")));
    CHECK(problems.at(0).message.contains(QStringLiteral("$.subscales[0].items[1]")));
    CHECK(problems.at(1).message.contains(QStringLiteral("c-not-json.json is not valid JSON at line 1")));
    CHECK(problems.at(2).message.contains(QStringLiteral("d-same-id.json")));
    CHECK(problems.at(2).location == dir.filePath(QStringLiteral("d-same-id.json")));

    CHECK(registry.find(QStringLiteral("test-instrument")));
    CHECK(registry.find(QStringLiteral("second-instrument")));
    CHECK(registry.find(QStringLiteral("sdq-parent-4-17"))->version == QLatin1String("local-2"));
    CHECK(registry.find(QStringLiteral("sdq-teacher-4-17"))->version == QLatin1String("1"));
    CHECK(registry.all().size() == 8);
    // The shipped registry is untouched.
    CHECK(InstrumentRegistry::shipped().find(QStringLiteral("sdq-parent-4-17"))->version == QLatin1String("1"));
}

TEST_CASE("A missing instrument folder is a problem, not a crash", "[screening][registry]")
{
    const InstrumentRegistry registry = InstrumentRegistry::load(QStringLiteral("/nonexistent/instruments"));
    REQUIRE(registry.problems().size() == 1);
    CHECK(registry.problems().first().message.contains(QStringLiteral("does not exist")));
    CHECK(registry.all().size() == 6);
}
