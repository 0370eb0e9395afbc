// SDQ bands: every boundary value on both sides, for the three 4–17 versions
// and both band sets. The expected cut-offs are written out here from
// DOMAIN.md §3, independently of resources/instruments/bands/*.json.
#include "sdqanswers.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

struct ExpectedBand {
    int min;
    int max;
    const char *code;
};

struct BandRow {
    const char *instrument;
    const char *bandSet;
    const char *score;
    QList<ExpectedBand> bands;
};

const char *const N = "normal";
const char *const R = "at_risk";
const char *const P = "problem";

QList<ExpectedBand> three(int normalMax, int atRiskMax, int highest)
{
    return {{0, normalMax, N}, {normalMax + 1, atRiskMax, R}, {atRiskMax + 1, highest, P}};
}

// Prosocial: high is good.
const QList<ExpectedBand> kThaiProsocial{{0, 3, "no_strength"}, {4, 10, "strength"}};
const QList<ExpectedBand> kUkProsocial{{0, 4, P}, {5, 5, R}, {6, 10, N}};

QList<BandRow> thaiRows(const char *instrument, bool self)
{
    if (self)
        return {{instrument, "th", "total_difficulties", three(16, 18, 40)},
                {instrument, "th", "emotional", three(5, 6, 10)},
                {instrument, "th", "conduct", three(4, 5, 10)},
                {instrument, "th", "hyperactivity", three(5, 6, 10)},
                {instrument, "th", "peer", three(3, 4, 10)},
                {instrument, "th", "prosocial", kThaiProsocial}};
    // Teacher and parent share one table.
    return {{instrument, "th", "total_difficulties", three(15, 17, 40)},
            {instrument, "th", "emotional", three(3, 4, 10)},
            {instrument, "th", "conduct", three(3, 4, 10)},
            {instrument, "th", "hyperactivity", three(5, 6, 10)},
            {instrument, "th", "peer", three(5, 6, 10)},
            {instrument, "th", "prosocial", kThaiProsocial}};
}

QList<BandRow> allRows()
{
    QList<BandRow> rows = thaiRows("sdq-parent-4-17", false) + thaiRows("sdq-teacher-4-17", false)
            + thaiRows("sdq-self-11-17", true);
    rows += QList<BandRow>{
            {"sdq-parent-4-17", "uk", "total_difficulties", three(13, 16, 40)},
            {"sdq-parent-4-17", "uk", "emotional", three(3, 4, 10)},
            {"sdq-parent-4-17", "uk", "conduct", three(2, 3, 10)},
            {"sdq-parent-4-17", "uk", "hyperactivity", three(5, 6, 10)},
            {"sdq-parent-4-17", "uk", "peer", three(2, 3, 10)},
            {"sdq-parent-4-17", "uk", "prosocial", kUkProsocial},
            {"sdq-parent-4-17", "uk", "impact", three(0, 1, 10)},
            {"sdq-teacher-4-17", "uk", "total_difficulties", three(11, 15, 40)},
            {"sdq-teacher-4-17", "uk", "emotional", three(4, 5, 10)},
            {"sdq-teacher-4-17", "uk", "conduct", three(2, 3, 10)},
            {"sdq-teacher-4-17", "uk", "hyperactivity", three(5, 6, 10)},
            {"sdq-teacher-4-17", "uk", "peer", three(3, 4, 10)},
            {"sdq-teacher-4-17", "uk", "prosocial", kUkProsocial},
            {"sdq-teacher-4-17", "uk", "impact", three(0, 1, 6)},
            {"sdq-self-11-17", "uk", "total_difficulties", three(15, 19, 40)},
            {"sdq-self-11-17", "uk", "emotional", three(5, 6, 10)},
            {"sdq-self-11-17", "uk", "conduct", three(3, 4, 10)},
            {"sdq-self-11-17", "uk", "hyperactivity", three(5, 6, 10)},
            {"sdq-self-11-17", "uk", "peer", three(3, 5, 10)},
            {"sdq-self-11-17", "uk", "prosocial", kUkProsocial},
            {"sdq-self-11-17", "uk", "impact", three(0, 1, 10)},
    };
    return rows;
}

}  // namespace

TEST_CASE("SDQ bands: each boundary value on both sides, all versions, both band sets", "[screening][sdq]")
{
    int checked = 0;
    for (const BandRow &row : allRows()) {
        const Instrument &instrument = shippedInstrument(QString::fromLatin1(row.instrument));
        const QString key = QString::fromLatin1(row.score);
        const auto range = instrument.range(key);
        REQUIRE(range);
        // The expected bands cover the score's range, so every boundary is tested from both sides.
        REQUIRE(row.bands.constFirst().min == range->min);
        REQUIRE(row.bands.constLast().max == range->max);
        for (const ExpectedBand &band : row.bands)
            for (int value : {band.min, band.max}) {
                INFO(row.instrument << " " << row.bandSet << " " << row.score << " = " << value);
                const ScreeningAnswers answers = answersScoring(instrument, key, value);
                REQUIRE(validateAnswers(instrument, answers).ok());
                const ScreeningScores scores = score(instrument, answers, QString::fromLatin1(row.bandSet));
                REQUIRE(scores.scores.value(key) == value);
                CHECK(scores.bands.value(key) == QString::fromLatin1(band.code));
                ++checked;
            }
    }
    CHECK(checked == 2 * (3 * (5 * 3 + 2) + 3 * (5 * 3 + 3 + 3)));
}

TEST_CASE("SDQ bands: scores without cut-offs in a band set have no band", "[screening][sdq]")
{
    for (const char *id : {"sdq-parent-4-17", "sdq-teacher-4-17", "sdq-self-11-17"}) {
        const Instrument &instrument = shippedInstrument(QString::fromLatin1(id));
        const ScreeningAnswers answers = answersScoring(instrument, QStringLiteral("impact"), 1);
        for (const char *set : {"th", "uk"}) {
            const ScreeningScores scores = score(instrument, answers, QString::fromLatin1(set));
            CHECK(scores.scores.value(QStringLiteral("externalising")).has_value());
            CHECK_FALSE(scores.bands.value(QStringLiteral("externalising")).has_value());
            CHECK_FALSE(scores.bands.value(QStringLiteral("internalising")).has_value());
        }
        // The Thai set has no impact cut-offs; the UK set has.
        CHECK_FALSE(score(instrument, answers, QStringLiteral("th")).bands.value(QStringLiteral("impact")).has_value());
        CHECK(score(instrument, answers, QStringLiteral("uk")).bands.value(QStringLiteral("impact"))
              == QStringLiteral("at_risk"));
    }
}

TEST_CASE("SDQ bands: the Thai set is the default and labels its levels in Thai", "[screening][sdq]")
{
    const Instrument &parent = shippedInstrument(QStringLiteral("sdq-parent-4-17"));
    CHECK(parent.defaultBandSet == QLatin1String("th"));
    CHECK(parent.bandSetNames() == QStringList{QStringLiteral("th"), QStringLiteral("uk")});
    const BandSet *th = parent.bandSet(QStringLiteral("th"));
    REQUIRE(th);
    CHECK(th->fileName == QLatin1String("bands/sdq-th.json"));
    CHECK(th->level(QStringLiteral("normal"))->label.th == QStringLiteral("ปกติ"));
    CHECK(th->level(QStringLiteral("at_risk"))->label.th == QStringLiteral("เสี่ยง"));
    CHECK(th->level(QStringLiteral("problem"))->label.th == QStringLiteral("มีปัญหา"));
    CHECK(th->level(QStringLiteral("strength"))->label.th == QStringLiteral("มีจุดแข็ง"));
    CHECK(th->level(QStringLiteral("no_strength"))->label.th == QStringLiteral("ไม่มีจุดแข็ง"));
    const BandSet *uk = parent.bandSet(QStringLiteral("uk"));
    REQUIRE(uk);
    CHECK(uk->level(QStringLiteral("at_risk"))->label.en == QStringLiteral("Borderline"));
    CHECK(uk->level(QStringLiteral("problem"))->label.en == QStringLiteral("Abnormal"));
    // The 2–4 forms ship the Thai set only, equal to the 4–17 parent/teacher table (to confirm).
    for (const char *id : {"sdq-parent-2-4", "sdq-teacher-2-4"}) {
        const Instrument &young = shippedInstrument(QString::fromLatin1(id));
        CHECK(young.bandSetNames() == QStringList{QStringLiteral("th")});
        CHECK(young.bandSet(QStringLiteral("th"))->scoreBands.size() == th->scoreBands.size());
    }
}
