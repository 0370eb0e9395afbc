#include "screening/instrument.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct InstrumentText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentText)
};

QString code(Respondent r)
{
    switch (r) {
    case Respondent::Parent:
        return QStringLiteral("parent");
    case Respondent::Teacher:
        return QStringLiteral("teacher");
    case Respondent::Self:
        return QStringLiteral("self");
    }
    return {};
}

std::optional<Respondent> respondentFromCode(const QString &text)
{
    for (Respondent r : {Respondent::Parent, Respondent::Teacher, Respondent::Self})
        if (code(r) == text)
            return r;
    return std::nullopt;
}

QString label(Respondent r)
{
    switch (r) {
    case Respondent::Parent:
        return InstrumentText::tr("Parent");
    case Respondent::Teacher:
        return InstrumentText::tr("Teacher");
    case Respondent::Self:
        return InstrumentText::tr("Self-report");
    }
    return {};
}

QString LocalText::in(Language language) const
{
    const QString &wanted = language == Language::Thai ? th : en;
    return wanted.isEmpty() ? (language == Language::Thai ? en : th) : wanted;
}

const QList<Band> *BandSet::bands(const QString &scoreKey) const
{
    for (const auto &[key, list] : scoreBands)
        if (key == scoreKey)
            return &list;
    return nullptr;
}

const BandLevel *BandSet::level(const QString &levelCode) const
{
    for (const BandLevel &l : levels)
        if (l.code == levelCode)
            return &l;
    return nullptr;
}

std::optional<QString> BandSet::codeFor(const QString &scoreKey, int value) const
{
    if (const QList<Band> *list = bands(scoreKey))
        for (const Band &band : *list)
            if (value >= band.min && value <= band.max)
                return band.code;
    return std::nullopt;
}

QString Instrument::title() const
{
    return LocalText{titleTh, titleEn}.current();
}

QStringList Instrument::bandSetNames() const
{
    QStringList names;
    for (const BandSet &set : bandSets)
        names << set.name;
    return names;
}

const BandSet *Instrument::bandSet(const QString &name) const
{
    for (const BandSet &set : bandSets)
        if (set.name == name)
            return &set;
    return nullptr;
}

const Item *Instrument::item(const QString &key) const
{
    for (const Item &i : items)
        if (i.key == key)
            return &i;
    return nullptr;
}

const Item *Instrument::itemByNumber(int number) const
{
    for (const Item &i : items)
        if (i.number == number)
            return &i;
    return nullptr;
}

bool Instrument::isReversed(int itemNumber) const
{
    return reversedItems.contains(itemNumber);
}

QStringList Instrument::scoreKeys() const
{
    QStringList keys;
    for (const Subscale &s : subscales)
        keys << s.key;
    for (const DerivedScore &d : derivedScores)
        keys << d.key;
    if (impact)
        keys << impact->key;
    return keys;
}

std::optional<ScoreRange> Instrument::range(const QString &scoreKey) const
{
    for (const Subscale &s : subscales) {
        if (s.key != scoreKey)
            continue;
        ScoreRange r;
        for (int number : s.itemNumbers)
            if (const Item *i = itemByNumber(number)) {
                r.min += i->scale.min;
                r.max += i->scale.max;
            }
        return r;
    }
    for (const DerivedScore &d : derivedScores) {
        if (d.key != scoreKey)
            continue;
        ScoreRange r;
        for (const QString &part : d.subscaleKeys)
            if (const auto partRange = range(part)) {
                r.min += partRange->min;
                r.max += partRange->max;
            }
        return r;
    }
    if (impact && impact->key == scoreKey) {
        int highest = 0;
        for (int score : impact->itemScores)
            highest = std::max(highest, score);
        // Item scores are never negative, and "no difficulties" scores 0.
        return ScoreRange{0, highest * int(impact->itemKeys.size())};
    }
    return std::nullopt;
}

QStringList Instrument::wordingKeys() const
{
    QStringList keys;
    QStringList scaleKeys;
    for (const Item &i : items) {
        keys << i.key;
        for (const ScaleChoice &c : i.scale.choices)
            if (!c.key.isEmpty() && !scaleKeys.contains(c.key))
                scaleKeys << c.key;
    }
    keys += scaleKeys;
    if (impact) {
        keys << impact->questionKey;
        for (const ScaleChoice &c : impact->questionChoices)
            keys << c.key;
        keys += impact->itemKeys;
        for (const ScaleChoice &c : impact->itemChoices)
            keys << c.key;
    }
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

}  // namespace care
