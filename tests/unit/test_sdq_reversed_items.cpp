// The reversed items of every shipped SDQ form (DOMAIN.md §3): 7, 11, 14, 21
// and 25 count the other way round, and no other item does. Answering 1 on
// an item cannot tell (1 reversed is 1): each item is answered 0 and 2.
#include "sdqanswers.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

const QList<int> kReversed{7, 11, 14, 21, 25};

// The ids of the shipped SDQ forms (resources/instruments/sdq-*.json).
QStringList shippedSdqForms()
{
    QStringList ids;
    for (const Instrument *instrument : InstrumentRegistry::shipped().all())
        if (instrument->id.startsWith(QLatin1String("sdq-")))
            ids << instrument->id;
    return ids;
}

QString subscaleOf(const Instrument &instrument, int itemNumber)
{
    for (const Subscale &subscale : instrument.subscales)
        if (subscale.itemNumbers.contains(itemNumber))
            return subscale.key;
    return {};
}

}  // namespace

TEST_CASE("Every shipped SDQ form reverses items 7, 11, 14, 21 and 25", "[screening][sdq]")
{
    const QStringList forms = shippedSdqForms();
    for (const char *expected :
         {"sdq-parent-2-4", "sdq-teacher-2-4", "sdq-parent-4-17", "sdq-teacher-4-17", "sdq-self-11-17"})
        CHECK(forms.contains(QLatin1String(expected)));

    for (const QString &id : forms) {
        INFO(id.toStdString());
        const Instrument &form = shippedInstrument(id);
        REQUIRE(form.items.size() == 25);
        CHECK(form.reversedItems == kReversed);

        // With every other answer 1, an item's subscale scores 4 plus what the item counts:
        // the answer itself, or 2 minus the answer when the item is reversed.
        for (const Item &item : form.items) {
            const QString subscale = subscaleOf(form, item.number);
            INFO("item " << item.number << " of " << subscale.toStdString());
            REQUIRE_FALSE(subscale.isEmpty());
            const bool reversed = kReversed.contains(item.number);
            CHECK(form.isReversed(item.number) == reversed);
            for (int answer : {0, 2}) {
                INFO("answer " << answer);
                const ScreeningScores s = score(form, answersByItem(form, {{item.number, answer}}, 1), {});
                CHECK(s.scores.value(subscale) == 4 + (reversed ? 2 - answer : answer));
            }
        }

        // All five answered 0 ("not true"), everything else 0: only they count, 2 each.
        QMap<int, std::optional<int>> allReversed;
        for (int number : kReversed)
            allReversed.insert(number, 0);
        const ScreeningScores zero = score(form, answersByItem(form, allReversed), {});
        CHECK(zero.scores.value(QStringLiteral("emotional")) == 0);
        CHECK(zero.scores.value(QStringLiteral("conduct")) == 2);        // 7
        CHECK(zero.scores.value(QStringLiteral("hyperactivity")) == 4);  // 21, 25
        CHECK(zero.scores.value(QStringLiteral("peer")) == 4);           // 11, 14
        CHECK(zero.scores.value(QStringLiteral("prosocial")) == 0);
        CHECK(zero.scores.value(QStringLiteral("total_difficulties")) == 10);

        // All five answered 2 ("certainly true"), everything else 0: nothing counts.
        for (int number : kReversed)
            allReversed.insert(number, 2);
        const ScreeningScores two = score(form, answersByItem(form, allReversed), {});
        for (const QString &key :
             {QStringLiteral("emotional"), QStringLiteral("conduct"), QStringLiteral("hyperactivity"),
              QStringLiteral("peer"), QStringLiteral("prosocial"), QStringLiteral("total_difficulties")}) {
            INFO(key.toStdString());
            CHECK(two.scores.value(key) == 0);
        }
    }
}
