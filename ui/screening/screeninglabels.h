#pragma once

#include "screening/instrument.h"
#include "screening/scoring.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace care::ui {

class AppContext;

// Item wording of one instrument in the current language: wording key →
// text. Licensed wording (the SDQ's) comes from the installed wording file;
// Care's own instruments carry theirs in the instrument file.
using Wording = QHash<QString, QString>;

// How the screening screens name and colour things: items without
// installed wording are "Item N", bands carry the band set's own label and
// a colour per level, and a missing score reads "–".
class ScreeningLabels {
    Q_DECLARE_TR_FUNCTIONS(ScreeningLabels)
public:
    // The installed wording for the current language, the other language's
    // text where a key has none there; empty when nothing is installed or
    // it could not be read.
    static Wording wording(const AppContext &context, const QString &instrumentId);

    // "Item 7", the caption every item has.
    static QString itemCaption(const Item &item);
    // The item's words (installed or shipped), empty when there are none.
    static QString itemText(const Item &item, const Wording &wording);
    // The words of a wording key, or `fallback` when there are none.
    static QString keyText(const QString &key, const LocalText &shipped, const Wording &wording,
                           const QString &fallback);
    // An answer choice: its words, or its value.
    static QString choiceText(const ScaleChoice &choice, const Wording &wording);

    static QString scoreTitle(const Instrument &instrument, const QString &scoreKey);
    // The score the summary shows: the first derived score (total
    // difficulties, the checklist's total), else the last subscale.
    static QString mainScoreKey(const Instrument &instrument);
    // The scores a grid shows: subscales and derived scores.
    static QStringList gridScoreKeys(const Instrument &instrument);

    // The band set's label for a level ("เสี่ยง"), "–" for none.
    static QString bandLabel(const Instrument &instrument, const QString &bandSet, const std::optional<QString> &code);
    static QString bandSetTitle(const BandSet &set);
    // Background colour of a level: green for normal and strength, amber
    // for at risk and no strength, red for a problem; invalid for none.
    static QColor bandColour(const std::optional<QString> &code);
    static QString scoreText(const std::optional<int> &value);  // "12" or "–"

    // "Parent: SDQ …" lines of combo boxes and tables.
    static QString instrumentTitle(const Instrument &instrument);
};

}  // namespace care::ui
