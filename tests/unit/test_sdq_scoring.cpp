// SDQ scoring (DOMAIN.md §3) through the shipped instrument files: hand-worked
// subscales of the three 4–17 versions, reversed items, prorating, impact.
#include "sdqanswers.h"

#include "screening/answertext.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QString kParent = QStringLiteral("sdq-parent-4-17");
const QString kTeacher = QStringLiteral("sdq-teacher-4-17");
const QString kSelf = QStringLiteral("sdq-self-11-17");

// Answers in item order 1…25 ("-" missing), as a teacher would read them off the form.
ScreeningAnswers typed(const QList<std::optional<int>> &items)
{
    REQUIRE(items.size() == 25);
    return ScreeningAnswers{items, std::nullopt};
}

void checkScores(const ScreeningScores &scores, const QMap<QString, std::optional<int>> &expected)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(scores.scores.contains(it.key()));
        CHECK(scores.scores.value(it.key()) == it.value());
    }
}

}  // namespace

TEST_CASE("SDQ parent form: every subscale scored by hand", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(kParent);
    // Items:           1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
    const auto answers = typed({2, 1, 0, 1, 2, 0, 1, 2, 1, 0, 1, 2, 0, 1, 2, 0, 1, 2, 1, 0, 1, 2, 0, 1, 2});
    REQUIRE(validateAnswers(parent, answers).ok());
    const ScreeningScores scores = score(parent, answers, {});
    // emotional 3,8,13,16,24 = 0+2+0+0+1; conduct 5,7r,12,18,22 = 2+(2−1)+2+2+2;
    // hyperactivity 2,10,15,21r,25r = 1+0+2+(2−1)+(2−2); peer 6,11r,14r,19,23 = 0+1+1+1+0;
    // prosocial 1,4,9,17,20 = 2+1+1+1+0.
    checkScores(scores,
                {{QStringLiteral("emotional"), 3},
                 {QStringLiteral("conduct"), 9},
                 {QStringLiteral("hyperactivity"), 4},
                 {QStringLiteral("peer"), 3},
                 {QStringLiteral("prosocial"), 5},
                 {QStringLiteral("total_difficulties"), 19},
                 {QStringLiteral("externalising"), 13},
                 {QStringLiteral("internalising"), 6},
                 {QStringLiteral("impact"), std::nullopt}});
    CHECK(scores.missingItems.isEmpty());
    CHECK(scores.notScored == QStringList{QStringLiteral("impact")});
    CHECK(scores.bandSet == QLatin1String("th"));
}

TEST_CASE("SDQ teacher form: every subscale scored by hand", "[screening][sdq]")
{
    const Instrument &teacher = shippedInstrument(kTeacher);
    // Everything "certainly true": the reversed items 7, 11, 14, 21, 25 count 0.
    const auto answers = typed(QList<std::optional<int>>(25, 2));
    const ScreeningScores scores = score(teacher, answers, {});
    checkScores(scores,
                {{QStringLiteral("emotional"), 10},
                 {QStringLiteral("conduct"), 8},
                 {QStringLiteral("hyperactivity"), 6},
                 {QStringLiteral("peer"), 6},
                 {QStringLiteral("prosocial"), 10},
                 {QStringLiteral("total_difficulties"), 30},
                 {QStringLiteral("externalising"), 14},
                 {QStringLiteral("internalising"), 16}});
}

TEST_CASE("SDQ self-report: every subscale scored by hand", "[screening][sdq]")
{
    const Instrument &self = shippedInstrument(kSelf);
    // Items:           1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
    const auto answers = typed({0, 2, 1, 2, 0, 1, 0, 1, 2, 1, 2, 1, 2, 0, 0, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1});
    const ScreeningScores scores = score(self, answers, {});
    // emotional 3,8,13,16,24 = 1+1+2+1+0; conduct 5,7r,12,18,22 = 0+2+1+0+1;
    // hyperactivity 2,10,15,21r,25r = 2+1+0+2+1; peer 6,11r,14r,19,23 = 1+0+2+2+1;
    // prosocial 1,4,9,17,20 = 0+2+2+2+1.
    checkScores(scores,
                {{QStringLiteral("emotional"), 5},
                 {QStringLiteral("conduct"), 4},
                 {QStringLiteral("hyperactivity"), 6},
                 {QStringLiteral("peer"), 6},
                 {QStringLiteral("prosocial"), 7},
                 {QStringLiteral("total_difficulties"), 21},
                 {QStringLiteral("externalising"), 10},
                 {QStringLiteral("internalising"), 11}});
}

TEST_CASE("SDQ reversed items count the other way round", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(kParent);
    CHECK(parent.reversedItems == QList<int>{7, 11, 14, 21, 25});
    // All "not true": only the five reversed items count, 2 each.
    const ScreeningScores zero = score(parent, answersByItem(parent, {}), {});
    checkScores(zero,
                {{QStringLiteral("emotional"), 0},
                 {QStringLiteral("conduct"), 2},
                 {QStringLiteral("hyperactivity"), 4},
                 {QStringLiteral("peer"), 4},
                 {QStringLiteral("prosocial"), 0},
                 {QStringLiteral("total_difficulties"), 10}});
    // Item 7 ("generally obedient" kind of item) answered 0, 1, 2 gives conduct 2, 1, 0.
    for (int answer : {0, 1, 2}) {
        const ScreeningScores s = score(parent, answersByItem(parent, {{7, answer}}), {});
        CHECK(s.scores.value(QStringLiteral("conduct")) == 2 - answer);
    }
    // A non-reversed item of the same subscale counts as answered.
    CHECK(score(parent, answersByItem(parent, {{5, 2}}), {}).scores.value(QStringLiteral("conduct")) == 4);
}

TEST_CASE("SDQ prorating: 1 or 2 missing answers are prorated, 3 are not scored", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(kParent);
    const QString emotional = QStringLiteral("emotional");
    SECTION("one missing: mean of four × 5, halves rounded up")
    {
        // Emotional items 3, 8, 13, 16, 24; 16 missing.
        const auto mean = [&](int a3, int a8, int a13, int a24) {
            return score(parent, answersByItem(parent, {{3, a3}, {8, a8}, {13, a13}, {16, std::nullopt}, {24, a24}}),
                         {});
        };
        CHECK(mean(1, 0, 0, 0).scores.value(emotional) == 1);  // 1 × 5/4 = 1.25 → 1
        CHECK(mean(2, 0, 0, 0).scores.value(emotional) == 3);  // 2.5 → 3 (half up)
        CHECK(mean(2, 1, 0, 0).scores.value(emotional) == 4);  // 3.75 → 4
        CHECK(mean(2, 2, 2, 0).scores.value(emotional) == 8);  // 7.5 → 8 (half up)
        CHECK(mean(2, 2, 2, 2).scores.value(emotional) == 10);
        CHECK(mean(2, 0, 0, 0).missingItems == QList<int>{16});
    }
    SECTION("one missing reversed item")
    {
        // Conduct 5, 7r, 12, 18, 22 with 7 missing: 1+0+0+1 = 2 → 2.5 → 3.
        const auto s = score(parent, answersByItem(parent, {{5, 1}, {7, std::nullopt}, {22, 1}}), {});
        CHECK(s.scores.value(QStringLiteral("conduct")) == 3);
    }
    SECTION("two missing: mean of three × 5")
    {
        const auto s1 = score(parent, answersByItem(parent, {{3, 1}, {8, std::nullopt}, {16, std::nullopt}}), {});
        CHECK(s1.scores.value(emotional) == 2);  // 1 × 5/3 = 1.67 → 2
        const auto s2 = score(parent, answersByItem(parent, {{3, 2}, {8, std::nullopt}, {16, std::nullopt}}), {});
        CHECK(s2.scores.value(emotional) == 3);  // 3.33 → 3
        const auto s4
                = score(parent, answersByItem(parent, {{3, 2}, {13, 2}, {8, std::nullopt}, {16, std::nullopt}}), {});
        CHECK(s4.scores.value(emotional) == 7);  // 6.67 → 7
        CHECK(s4.scores.value(QStringLiteral("total_difficulties")) == 7 + 2 + 4 + 4);
    }
    SECTION("three missing: the subscale and the totals that need it are not scored")
    {
        const auto s = score(
                parent, answersByItem(parent, {{3, 2}, {8, std::nullopt}, {13, std::nullopt}, {16, std::nullopt}}), {});
        CHECK_FALSE(s.scores.value(emotional).has_value());
        CHECK_FALSE(s.bands.value(emotional).has_value());
        CHECK_FALSE(s.scores.value(QStringLiteral("total_difficulties")).has_value());
        CHECK_FALSE(s.scores.value(QStringLiteral("internalising")).has_value());
        CHECK(s.scores.value(QStringLiteral("externalising")) == 2 + 4);
        CHECK(s.notScored.contains(emotional));
        CHECK(s.notScored.contains(QStringLiteral("total_difficulties")));
        CHECK(s.missingItems == QList<int>{8, 13, 16});
    }
    SECTION("nothing answered")
    {
        const auto s = score(parent, answersByItem(parent, {}, std::nullopt), {});
        for (const QString &key : parent.scoreKeys())
            CHECK_FALSE(s.scores.value(key).has_value());
        CHECK(s.missingItems.size() == 25);
    }
}

TEST_CASE("SDQ impact: no difficulties is 0, otherwise the items' sum", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(kParent);
    const Instrument &teacher = shippedInstrument(kTeacher);
    const Instrument &self = shippedInstrument(kSelf);
    CHECK(parent.impact->itemKeys.size() == 5);
    CHECK(self.impact->itemKeys.size() == 5);
    CHECK(teacher.impact->itemKeys.size() == 3);
    const QString impact = QStringLiteral("impact");
    const auto withImpact = [](const Instrument &instrument, ImpactAnswers answers) {
        ScreeningAnswers a = answersByItem(instrument, {});
        a.impact = answers;
        REQUIRE(validateAnswers(instrument, a).ok());
        return score(instrument, a, QStringLiteral("uk"));
    };
    SECTION("no difficulties")
    {
        for (const Instrument *instrument : {&parent, &teacher, &self}) {
            const auto s = withImpact(*instrument, ImpactAnswers{0, {}});
            CHECK(s.scores.value(impact) == 0);
            CHECK(s.bands.value(impact) == QStringLiteral("normal"));
        }
        // Items answered anyway do not count when there are no difficulties.
        CHECK(withImpact(parent, ImpactAnswers{0, {3, 3, 3, 3, 3}}).scores.value(impact) == 0);
    }
    SECTION("with difficulties: not at all 0, only a little 0, quite a lot 1, a great deal 2")
    {
        const auto p = withImpact(parent, ImpactAnswers{2, {0, 1, 2, 3, 3}});
        CHECK(p.scores.value(impact) == 0 + 0 + 1 + 2 + 2);
        CHECK(p.bands.value(impact) == QStringLiteral("problem"));
        CHECK(withImpact(self, ImpactAnswers{3, {3, 3, 3, 3, 3}}).scores.value(impact) == 10);
        const auto t = withImpact(teacher, ImpactAnswers{1, {3, 2, 1}});
        CHECK(t.scores.value(impact) == 3);
        CHECK(withImpact(teacher, ImpactAnswers{1, {3, 3, 3}}).scores.value(impact) == 6);
        CHECK(withImpact(teacher, ImpactAnswers{1, {1, 2, 0}}).bands.value(impact) == QStringLiteral("at_risk"));
        CHECK(withImpact(teacher, ImpactAnswers{1, {1, 1, 0}}).bands.value(impact) == QStringLiteral("normal"));
    }
    SECTION("not scored without the difficulties answer or with an impact item missing")
    {
        CHECK_FALSE(withImpact(parent, ImpactAnswers{std::nullopt, {}}).scores.value(impact).has_value());
        CHECK_FALSE(withImpact(parent, ImpactAnswers{1, {}}).scores.value(impact).has_value());
        CHECK_FALSE(withImpact(parent, ImpactAnswers{1, {3, 3, std::nullopt, 3, 3}}).scores.value(impact).has_value());
        CHECK_FALSE(score(parent, answersByItem(parent, {}), {}).scores.value(impact).has_value());
    }
}

TEST_CASE("SDQ answers are validated: count, range and impact", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(kParent);
    ScreeningAnswers answers = answersByItem(parent, {});
    CHECK(validateAnswers(parent, answers).ok());

    answers.items.removeLast();
    auto s = validateAnswers(parent, answers);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("25 item")));
    CHECK(s.error().message.contains(QStringLiteral("24 answers")));

    answers = answersByItem(parent, {{7, 3}});
    s = validateAnswers(parent, answers);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("item 7 is 3")));
    CHECK(s.error().message.contains(QStringLiteral("from 0 to 2")));
    CHECK(validateAnswers(parent, answersByItem(parent, {{1, -1}})).ok() == false);

    answers = answersByItem(parent, {});
    answers.impact = ImpactAnswers{4, {}};
    CHECK_FALSE(validateAnswers(parent, answers).ok());
    answers.impact = ImpactAnswers{1, {0, 0, 0}};
    s = validateAnswers(parent, answers);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("has 5 item")));
    answers.impact = ImpactAnswers{1, {0, 0, 0, 0, 4}};
    s = validateAnswers(parent, answers);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("impact item 5 is 4")));

    CHECK(validateBandSet(parent, QStringLiteral("uk")).ok());
    CHECK(validateBandSet(parent, {}).ok());
    s = validateBandSet(parent, QStringLiteral("us"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("th, uk")));
}

TEST_CASE("SDQ scoring is the same for the three 4–17 versions and the 2–4 forms", "[screening][sdq]")
{
    const auto answers = typed({2, 1, 0, 1, 2, 0, 1, 2, 1, 0, 1, 2, 0, 1, 2, 0, 1, 2, 1, 0, 1, 2, 0, 1, 2});
    const Instrument &parent = shippedInstrument(kParent);
    const ScreeningScores reference = score(parent, answers, QStringLiteral("th"));
    for (const QString &id : {kTeacher, kSelf, QStringLiteral("sdq-parent-2-4"), QStringLiteral("sdq-teacher-2-4")}) {
        INFO(id.toStdString());
        const ScreeningScores s = score(shippedInstrument(id), answers, QStringLiteral("th"));
        CHECK(s.scores == reference.scores);
    }
}

TEST_CASE("Answers typed as text: numbers, - for missing, clear refusals", "[screening][sdq]")
{
    auto list = parseAnswerList(QStringLiteral(" 2, 1 ,-,0"), QStringLiteral("--answers"));
    REQUIRE(list.ok());
    CHECK(list.value() == QList<std::optional<int>>{2, 1, std::nullopt, 0});
    CHECK(answerListText(list.value()) == QLatin1String("2,1,-,0"));
    CHECK(parseAnswerList(QString(), QStringLiteral("--answers"))->isEmpty());
    for (const QString &bad : {QStringLiteral("1,,2"), QStringLiteral("1,x"), QStringLiteral("1,+2"),
                               QStringLiteral("1,2.0"), QStringLiteral("1,๒")}) {
        INFO(bad.toStdString());
        auto parsed = parseAnswerList(bad, QStringLiteral("--answers"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("--answers: value 2")));
    }
    auto impact = parseImpactAnswers(QStringLiteral("2,1,-,3"), QStringLiteral("--impact"));
    REQUIRE(impact.ok());
    CHECK(impact->difficulties == 2);
    CHECK(impact->items == QList<std::optional<int>>{1, std::nullopt, 3});
    CHECK(parseImpactAnswers(QStringLiteral("0"), QStringLiteral("--impact"))->items.isEmpty());
    CHECK_FALSE(parseImpactAnswers(QStringLiteral(" "), QStringLiteral("--impact")).ok());
}
