#pragma once

#include "screening/instrument.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace care {

// Answers to an impact supplement: the screening question ("does the child
// have difficulties?") and, when there are difficulties, the impact items.
struct ImpactAnswers {
    std::optional<int> difficulties;  // choice 0…n−1; nullopt = not answered
    QList<std::optional<int>> items;  // choices 0…n−1, in the instrument's order; may be empty
};

// One completed questionnaire: an answer per item in the instrument's item
// order (nullopt = missing), and the impact supplement if it was filled in.
struct ScreeningAnswers {
    QList<std::optional<int>> items;
    std::optional<ImpactAnswers> impact;
};

// Scores and levels of one questionnaire. Every score key of the instrument
// is in both maps; nullopt means not scored (too many answers missing) or,
// in `bands`, no band for that score in the band set. Band codes are
// normal, at_risk, problem (prosocial: strength, no_strength in the Thai set).
struct ScreeningScores {
    QMap<QString, std::optional<int>> scores;
    QMap<QString, std::optional<QString>> bands;
    QString bandSet;          // the band set used
    QStringList notScored;    // score keys without a score, in the instrument's order
    QList<int> missingItems;  // numbers of the items without an answer
};

// Ok when there is one answer (or a gap) per item, each within its item's
// scale, and the impact answers fit the instrument's supplement; otherwise a
// translated message naming the item.
Status validateAnswers(const Instrument &instrument, const ScreeningAnswers &answers);
// Ok when the instrument has this band set (empty = its default).
Status validateBandSet(const Instrument &instrument, const QString &bandSet);

// Scores the answers with the instrument's rules (docs/instruments.md):
// subscale sums with reversed items; with up to prorating.maxMissing items
// of a subscale missing, round(mean of the answered items × item count)
// with halves rounded up (2.5 → 3; see docs/instruments.md); with more missing the subscale is not scored; derived
// scores only when all their subscales are scored; the impact supplement (0 when there are no difficulties). Then each
// score's band in `bandSet` (empty = the default). Answers outside an item's scale count as missing: validate first.
ScreeningScores score(const Instrument &instrument, const ScreeningAnswers &answers, const QString &bandSet);

}  // namespace care
