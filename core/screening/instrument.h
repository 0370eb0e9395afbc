#pragma once

#include "locale/language.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace care {

// Who answers a questionnaire.
enum class Respondent { Parent, Teacher, Self };
QString code(Respondent r);  // parent, teacher, self
std::optional<Respondent> respondentFromCode(const QString &code);
QString label(Respondent r);  // translated

// A text in both of Care's languages, as data files carry it.
struct LocalText {
    QString th;
    QString en;

    // The text in `language`, or the other one when that is empty.
    QString in(Language language) const;
    QString current() const { return in(currentLanguage()); }
};

// One answer choice of a response scale.
struct ScaleChoice {
    int value = 0;
    QString key;     // wording key, e.g. "scale.0"
    LocalText text;  // empty for licensed instruments: the wording is imported
};

// The answers an item accepts: whole numbers from min to max.
struct ResponseScale {
    int min = 0;
    int max = 2;
    QList<ScaleChoice> choices;
};

struct Item {
    int number = 0;  // as printed on the form, 1-based
    QString key;     // wording key, unique in the instrument (e.g. "q7")
    QString domain;  // optional risk domain (attendance, academic, …), empty if none
    LocalText text;  // empty for licensed instruments: the wording is imported
    ResponseScale scale;
};

// A named sum of items; reversed items count (scale.min + scale.max − answer).
struct Subscale {
    QString key;  // score key, e.g. "emotional"
    LocalText title;
    QList<int> itemNumbers;
};

// A sum of subscales, scored only when every part is scored.
struct DerivedScore {
    QString key;  // e.g. "total_difficulties"
    LocalText title;
    QStringList subscaleKeys;
};

// Answers with at most `maxMissing` items missing in a subscale are scored
// as round(mean of the answered items × item count), halves rounded up.
struct ProratingRule {
    int maxMissing = 0;
};

// A follow-up that measures how much the difficulties affect daily life. The
// screening question asks whether there are difficulties at all; its answer
// `noneChoice` ("no") means impact 0. Otherwise each impact item's choice
// scores through itemScores (e.g. 0,0,1,2) and the impact is their sum.
struct ImpactSupplement {
    QString key;  // score key, e.g. "impact"
    LocalText title;
    QString questionKey;                 // wording key of the screening question
    QList<ScaleChoice> questionChoices;  // values 0…n−1
    int noneChoice = 0;
    QStringList itemKeys;            // wording keys of the impact items, in order
    QList<ScaleChoice> itemChoices;  // values 0…n−1
    QList<int> itemScores;           // score of each item choice
};

// Lowest and highest value a score can take.
struct ScoreRange {
    int min = 0;
    int max = 0;
};

// A level a band set can give (e.g. code "at_risk", label "เสี่ยง").
struct BandLevel {
    QString code;
    LocalText label;
};

// Scores from min to max (inclusive) fall into the level `code`.
struct Band {
    int min = 0;
    int max = 0;
    QString code;
};

// Cut-offs for some or all scores: for each score key its bands, which
// cover the score's whole range without gaps or overlaps.
struct BandSet {
    QString name;     // e.g. "th", "uk"
    QString version;  // the band file's version; the instrument's for inline sets
    LocalText title;
    QString source;    // where the cut-offs come from (a citation, a caveat)
    QString fileName;  // the band file they were read from, empty if inline
    QList<BandLevel> levels;
    QList<std::pair<QString, QList<Band>>> scoreBands;  // by score key

    const QList<Band> *bands(const QString &scoreKey) const;
    const BandLevel *level(const QString &code) const;
    // The level code for this value of the score; nullopt if the set has no bands for it.
    std::optional<QString> codeFor(const QString &scoreKey, int value) const;
};

// A questionnaire or checklist as data (resources/instruments/*.json,
// documented in docs/instruments.md): its items, how they are scored and
// the band sets that turn scores into levels.
struct Instrument {
    QString id;
    QString version;
    QString titleTh;
    QString titleEn;
    Respondent respondent = Respondent::Parent;
    int minAgeYears = 0;
    int maxAgeYears = 0;
    QList<Item> items;
    QList<int> reversedItems;
    QList<Subscale> subscales;
    QList<DerivedScore> derivedScores;
    ProratingRule prorating;
    std::optional<ImpactSupplement> impact;
    QList<BandSet> bandSets;
    QString defaultBandSet;
    QString sourcePath;  // the file it was read from

    QString title() const;  // in the current language
    QStringList bandSetNames() const;
    const BandSet *bandSet(const QString &name) const;
    const Item *item(const QString &key) const;
    const Item *itemByNumber(int number) const;
    bool isReversed(int itemNumber) const;
    // Every score key in order: subscales, derived scores, impact.
    QStringList scoreKeys() const;
    std::optional<ScoreRange> range(const QString &scoreKey) const;
    // Every wording key a wording file may give text for: items, scale
    // choices, the impact question, items and their choices.
    QStringList wordingKeys() const;
};

}  // namespace care
