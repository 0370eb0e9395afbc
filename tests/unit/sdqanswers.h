#pragma once

#include "screening/instrumentregistry.h"
#include "screening/scoring.h"

#include <catch2/catch.hpp>

#include <QMap>

#include <algorithm>

namespace care::test {

// A shipped instrument; fails the test when it is missing.
inline const Instrument &shippedInstrument(const QString &id)
{
    const Instrument *instrument = InstrumentRegistry::shipped().find(id);
    INFO(id.toStdString());
    REQUIRE(instrument);
    return *instrument;
}

// Answers by item number (1-based); items not given are answered `rest`.
inline ScreeningAnswers answersByItem(const Instrument &instrument, const QMap<int, std::optional<int>> &byItem,
                                      std::optional<int> rest = 0)
{
    ScreeningAnswers answers;
    for (const Item &item : instrument.items)
        answers.items << (byItem.contains(item.number) ? byItem.value(item.number) : rest);
    return answers;
}

// Sets the answers of one subscale so that it scores `target` (reversed
// items answered the other way round), filling its items in order.
inline void setSubscale(const Instrument &instrument, ScreeningAnswers &answers, const QString &key, int target)
{
    for (const Subscale &subscale : instrument.subscales) {
        if (subscale.key != key)
            continue;
        int remaining = target;
        for (int number : subscale.itemNumbers) {
            const Item *item = instrument.itemByNumber(number);
            REQUIRE(item);
            const int counted = std::min(remaining, item->scale.max);
            remaining -= counted;
            answers.items[item - instrument.items.constData()]
                    = instrument.isReversed(number) ? item->scale.max - counted : counted;
        }
        REQUIRE(remaining == 0);
        return;
    }
    FAIL("no subscale " << key.toStdString());
}

// Answers that make score `key` of an SDQ form exactly `value`.
inline ScreeningAnswers answersScoring(const Instrument &instrument, const QString &key, int value)
{
    ScreeningAnswers answers = answersByItem(instrument, {});
    for (const Subscale &subscale : instrument.subscales)
        setSubscale(instrument, answers, subscale.key, 0);
    if (key == QLatin1String("total_difficulties")) {
        int remaining = value;
        for (const QString &part : {QStringLiteral("emotional"), QStringLiteral("conduct"),
                                    QStringLiteral("hyperactivity"), QStringLiteral("peer")}) {
            const int share = std::min(remaining, 10);
            setSubscale(instrument, answers, part, share);
            remaining -= share;
        }
    } else if (key == QLatin1String("impact")) {
        // "Minor difficulties", then item choices scoring 2 (a great deal), 1 (quite a lot) or 0.
        ImpactAnswers impact{1, {}};
        int remaining = value;
        for (qsizetype i = 0; i < instrument.impact->itemKeys.size(); ++i) {
            const int share = std::min(remaining, 2);
            remaining -= share;
            impact.items << (share == 2 ? 3 : share == 1 ? 2 : 0);
        }
        answers.impact = impact;
    } else {
        setSubscale(instrument, answers, key, value);
    }
    return answers;
}

}  // namespace care::test
