// Instrument files: every kind of fault is refused with the file, the JSON
// path and the problem; the shipped files load; the checklist scores.
#include "instrumentfixture.h"

#include "screening/instrumentloader.h"
#include "screening/scoring.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

TEST_CASE("The test instrument loads with everything in it", "[screening][loader]")
{
    auto loaded = loadTestInstrument(kTestInstrumentJson);
    INFO(errorText(loaded));
    REQUIRE(loaded.ok());
    const Instrument &instrument = loaded.value();
    CHECK(instrument.id == QLatin1String("test-instrument"));
    CHECK(instrument.version == QLatin1String("3"));
    CHECK(instrument.titleTh == QStringLiteral("แบบทดสอบ"));
    CHECK(instrument.respondent == Respondent::Teacher);
    CHECK(instrument.minAgeYears == 6);
    CHECK(instrument.maxAgeYears == 12);
    REQUIRE(instrument.items.size() == 4);
    CHECK(instrument.items.at(0).key == QLatin1String("q1"));  // the default wording key
    CHECK(instrument.item(QStringLiteral("worry"))->number == 3);
    CHECK(instrument.items.at(3).domain == QLatin1String("family"));
    CHECK(instrument.reversedItems == QList<int>{2});
    CHECK(instrument.scoreKeys()
          == QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("sum"),
                         QStringLiteral("impact")});
    CHECK(instrument.range(QStringLiteral("sum"))->max == 8);
    CHECK(instrument.range(QStringLiteral("impact"))->max == 4);
    CHECK(instrument.prorating.maxMissing == 1);
    CHECK(instrument.bandSetNames() == QStringList{QStringLiteral("inline"), QStringLiteral("shared")});
    CHECK(instrument.bandSet(QStringLiteral("shared"))->version == QLatin1String("7"));
    CHECK(instrument.bandSet(QStringLiteral("inline"))->version == QLatin1String("3"));
    CHECK(instrument.wordingKeys().contains(QStringLiteral("impact.a")));

    // Scored generically: alpha = 1 + (2 − 0), beta with one of two missing = round(2 / 1 × 2).
    ScreeningAnswers answers{{1, 0, 2, std::nullopt}, ImpactAnswers{1, {2, 1}}};
    REQUIRE(validateAnswers(instrument, answers).ok());
    const ScreeningScores scores = score(instrument, answers, QStringLiteral("shared"));
    CHECK(scores.scores.value(QStringLiteral("alpha")) == 3);
    CHECK(scores.scores.value(QStringLiteral("beta")) == 4);
    CHECK(scores.scores.value(QStringLiteral("sum")) == 7);
    CHECK(scores.scores.value(QStringLiteral("impact")) == 3);
    CHECK(scores.bands.value(QStringLiteral("sum")) == QStringLiteral("problem"));
    CHECK_FALSE(scores.bands.value(QStringLiteral("alpha")).has_value());  // not in the shared set
    CHECK(score(instrument, answers, {}).bands.value(QStringLiteral("alpha")) == QStringLiteral("problem"));
}

TEST_CASE("Instrument file faults: JSON syntax and types", "[screening][loader]")
{
    SECTION("bad JSON names the line and column")
    {
        const auto error = loadFault(QByteArray("{\n  \"format\": 1,\n  \"id\": \"x\" \"version\": \"1\"\n}"));
        CHECK(error.message.contains(QStringLiteral("test.json")));
        CHECK(error.message.contains(QStringLiteral("not valid JSON at line 3, column 13")));
    }
    SECTION("not an object")
    {
        requireFault(QByteArray("[1, 2]"), QStringLiteral("$"),
                     QStringLiteral("expected an object but found an array"));
    }
    SECTION("missing field")
    {
        requireFault(removeKey(kTestInstrumentJson, "respondent"), QStringLiteral("$.respondent"),
                     QStringLiteral("missing"));
    }
    SECTION("unknown field")
    {
        requireFault(replaced("\"format\": 1,", "\"format\": 1, \"colour\": \"red\","), QStringLiteral("$.colour"),
                     QStringLiteral("unknown key"));
    }
    SECTION("wrong-typed field")
    {
        requireFault(replaced("\"version\": \"3\"", "\"version\": 3"), QStringLiteral("$.version"),
                     QStringLiteral("expected a string but found a number"));
        requireFault(replaced("\"max_missing\": 1", "\"max_missing\": \"1\""),
                     QStringLiteral("$.prorating.max_missing"), QStringLiteral("expected a whole number"));
        requireFault(replaced("\"items\": [1, 2]", "\"items\": [1, 2.5]"), QStringLiteral("$.subscales[0].items[1]"),
                     QStringLiteral("whole number"));
        requireFault(replaced("\"reversed\": [2]", "\"reversed\": 2"), QStringLiteral("$.reversed"),
                     QStringLiteral("expected an array"));
    }
    SECTION("unsupported format")
    {
        requireFault(replaced("\"format\": 1", "\"format\": 2"), QStringLiteral("$.format"),
                     QStringLiteral("out of range"));
    }
    SECTION("bad id")
    {
        requireFault(replaced("\"id\": \"test-instrument\"", "\"id\": \"Test Instrument\""), QStringLiteral("$.id"),
                     QStringLiteral("not a valid code"));
    }
    SECTION("unknown respondent")
    {
        requireFault(replaced("\"respondent\": \"teacher\"", "\"respondent\": \"nurse\""),
                     QStringLiteral("$.respondent"), QStringLiteral("unknown respondent"));
    }
    SECTION("empty title")
    {
        requireFault(replaced("\"title\": {\"th\": \"แบบทดสอบ\", \"en\": \"Test instrument\"}", "\"title\": {}"),
                     QStringLiteral("$.title"), QStringLiteral("give the text"));
    }
}

TEST_CASE("Instrument file faults: ages, items and scales", "[screening][loader]")
{
    SECTION("bad age range")
    {
        requireFault(replaced("\"ages\": {\"min\": 6, \"max\": 12}", "\"ages\": {\"min\": 12, \"max\": 6}"),
                     QStringLiteral("$.ages"), QStringLiteral("lowest age (12) is above the highest (6)"));
        requireFault(replaced("\"ages\": {\"min\": 6, \"max\": 12}", "\"ages\": {\"min\": -1, \"max\": 6}"),
                     QStringLiteral("$.ages.min"), QStringLiteral("out of range"));
    }
    SECTION("duplicate item numbers")
    {
        requireFault(replaced("{\"number\": 2}", "{\"number\": 1}"), QStringLiteral("$.items[1].number"),
                     QStringLiteral("item number 1 is used twice"));
    }
    SECTION("duplicate wording key")
    {
        requireFault(replaced("{\"number\": 2}", "{\"number\": 2, \"key\": \"worry\"}"),
                     QStringLiteral("$.items[2].key"), QStringLiteral("\"worry\" is used twice"));
    }
    SECTION("unknown domain")
    {
        requireFault(replaced("\"domain\": \"family\"", "\"domain\": \"religion\""),
                     QStringLiteral("$.items[3].domain"), QStringLiteral("unknown domain"));
    }
    SECTION("no items")
    {
        requireFault(replaced("\"items\": [{\"number\": 1}, {\"number\": 2}, {\"number\": 3, \"key\": \"worry\"}, "
                              "{\"number\": 4, \"domain\": \"family\"}]",
                              "\"items\": []"),
                     QStringLiteral("$.items"), QStringLiteral("at least 1"));
    }
    SECTION("scale upside down")
    {
        requireFault(replaced("\"scale\": {\"min\": 0, \"max\": 2}", "\"scale\": {\"min\": 2, \"max\": 2}"),
                     QStringLiteral("$.scale.max"), QStringLiteral("out of range"));
    }
    SECTION("scale choices that do not match its values")
    {
        requireFault(replaced("\"scale\": {\"min\": 0, \"max\": 2}",
                              "\"scale\": {\"min\": 0, \"max\": 2, \"choices\": [{\"key\": \"a\"}, {\"key\": \"b\"}]}"),
                     QStringLiteral("$.scale.choices"), QStringLiteral("expected 3 choice"));
    }
}

TEST_CASE("Instrument file faults: subscales, reversed items, derived scores, prorating, impact", "[screening][loader]")
{
    SECTION("unknown item in a subscale")
    {
        requireFault(replaced("\"items\": [1, 2]", "\"items\": [1, 9]"), QStringLiteral("$.subscales[0].items[1]"),
                     QStringLiteral("item 9 is not in the instrument"));
    }
    SECTION("an item twice in a subscale")
    {
        requireFault(replaced("\"items\": [3, 4]", "\"items\": [3, 4, 3]"), QStringLiteral("$.subscales[1].items[2]"),
                     QStringLiteral("item 3 is listed twice"));
    }
    SECTION("reversed item not in the instrument")
    {
        requireFault(replaced("\"reversed\": [2]", "\"reversed\": [2, 7]"), QStringLiteral("$.reversed[1]"),
                     QStringLiteral("item 7 is not in the instrument"));
    }
    SECTION("a score key used twice")
    {
        requireFault(replaced("{\"key\": \"sum\"", "{\"key\": \"alpha\""), QStringLiteral("$.derived[0].key"),
                     QStringLiteral("\"alpha\" is defined twice"));
    }
    SECTION("derived score naming an unknown subscale")
    {
        requireFault(replaced("\"sum\": [\"alpha\", \"beta\"]", "\"sum\": [\"alpha\", \"gamma\"]"),
                     QStringLiteral("$.derived[0].sum[1]"), QStringLiteral("no subscale \"gamma\""));
    }
    SECTION("bad prorating rule")
    {
        requireFault(replaced("\"max_missing\": 1", "\"max_missing\": 2"), QStringLiteral("$.prorating.max_missing"),
                     QStringLiteral("with no answer at all"));
        requireFault(replaced("\"max_missing\": 1", "\"max_missing\": -1"), QStringLiteral("$.prorating.max_missing"),
                     QStringLiteral("out of range"));
        requireFault(replaced("\"half_up\"", "\"banker\""), QStringLiteral("$.prorating.rounding"),
                     QStringLiteral("unknown rounding"));
    }
    SECTION("impact: the no-difficulties choice out of range")
    {
        requireFault(replaced("\"none\": 0", "\"none\": 2"), QStringLiteral("$.impact.question.none"),
                     QStringLiteral("out of range"));
    }
    SECTION("impact: one score per choice")
    {
        requireFault(replaced("\"scores\": [0, 1, 2]", "\"scores\": [0, 1]"), QStringLiteral("$.impact.scores"),
                     QStringLiteral("one score for each"));
    }
    SECTION("impact: an item's wording key used twice")
    {
        requireFault(replaced("[\"impact.a\", \"impact.b\"]", "[\"impact.a\", \"worry\"]"),
                     QStringLiteral("$.impact.items[1]"), QStringLiteral("used twice"));
    }
}

TEST_CASE("Instrument file faults: band sets", "[screening][loader]")
{
    SECTION("overlapping bands")
    {
        requireFault(replaced("{\"min\": 3, \"max\": 4, \"level\": \"problem\"}",
                              "{\"min\": 2, \"max\": 4, \"level\": \"problem\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha[1]"),
                     QStringLiteral("the band 2–4 overlaps the band 0–2"));
    }
    SECTION("a gap between bands")
    {
        requireFault(replaced("{\"min\": 0, \"max\": 2, \"level\": \"normal\"}",
                              "{\"min\": 0, \"max\": 1, \"level\": \"normal\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha"),
                     QStringLiteral("gap between the bands 0–1 and 3–4: no band for 2"));
    }
    SECTION("bands not covering the score's full range")
    {
        requireFault(replaced("{\"min\": 3, \"max\": 4, \"level\": \"problem\"}",
                              "{\"min\": 3, \"max\": 3, \"level\": \"problem\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha"), QStringLiteral("full range 0–4: no band for 4"));
        requireFault(replaced("{\"min\": 0, \"max\": 2, \"level\": \"normal\"}",
                              "{\"min\": 1, \"max\": 2, \"level\": \"normal\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha"), QStringLiteral("no band for 0"));
    }
    SECTION("a band outside the score's range, or upside down")
    {
        requireFault(replaced("{\"min\": 3, \"max\": 4, \"level\": \"problem\"}",
                              "{\"min\": 3, \"max\": 5, \"level\": \"problem\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha[1]"), QStringLiteral("outside the score's range 0–4"));
        requireFault(replaced("{\"min\": 3, \"max\": 4, \"level\": \"problem\"}",
                              "{\"min\": 4, \"max\": 3, \"level\": \"problem\"}"),
                     QStringLiteral("$.band_sets[0].bands.alpha[1]"), QStringLiteral("above its end"));
    }
    SECTION("unknown score in a band set")
    {
        requireFault(replaced("\"bands\": {\"alpha\":", "\"bands\": {\"gamma\":"),
                     QStringLiteral("$.band_sets[0].bands.gamma"), QStringLiteral("no score \"gamma\""));
    }
    SECTION("unknown level")
    {
        requireFault(replaced("{\"code\": \"problem\"", "{\"code\": \"severe\""),
                     QStringLiteral("$.band_sets[0].levels[1].code"), QStringLiteral("unknown level \"severe\""));
        requireFault(replaced("\"max\": 4, \"level\": \"problem\"", "\"max\": 4, \"level\": \"at_risk\""),
                     QStringLiteral("$.band_sets[0].bands.alpha[1].level"),
                     QStringLiteral("not one of the band set's levels"));
    }
    SECTION("two band sets with one name, or an unknown default")
    {
        requireFault(replaced("\"name\": \"shared\"", "\"name\": \"inline\""), QStringLiteral("$.band_sets[1].name"),
                     QStringLiteral("defined twice"));
        requireFault(replaced("\"default_band_set\": \"inline\"", "\"default_band_set\": \"uk\""),
                     QStringLiteral("$.default_band_set"), QStringLiteral("no band set \"uk\""));
    }
    SECTION("band file: missing, outside the folder, without the table, broken")
    {
        requireFault(replaced("bands/shared.json", "bands/none.json"), QString(), QStringLiteral("cannot be read"));
        requireFault(replaced("bands/shared.json", "../shared.json"), QString(), QStringLiteral("relative"));
        requireFault(replaced("\"table\": \"main\"", "\"table\": \"other\""), QStringLiteral("$.band_sets[1].table"),
                     QStringLiteral("has no table \"other\"; it has: main"));
        const auto error
                = loadFault(kTestInstrumentJson, QByteArray(kTestBandFileJson).replace("\"max\": 8", "\"max\": 9"));
        CHECK(error.message.contains(QStringLiteral("The band file shared.json")));
        CHECK(error.message.contains(QStringLiteral("$.tables.main.sum[1]")));
        CHECK(error.message.contains(QStringLiteral("outside the score's range 0–8")));
        const auto syntax = loadFault(kTestInstrumentJson, QByteArray("{\"format\": 1,,}"));
        CHECK(syntax.message.contains(QStringLiteral("band file shared.json is not valid JSON at line 1, column 14")));
    }
}
