#pragma once

#include "screening/instrument.h"
#include "screening/instrumentjson.h"
#include "screening/instrumentloader.h"
#include "util/result.h"

#include <QJsonValue>

namespace care {

// Reads the band sets of an instrument file: written inline, or taken from a
// table of a band file (resources/instruments/bands/*.json), which keeps
// cut-offs that several instruments share in one place. The bands of each
// score must cover its whole range, from its lowest to its highest value,
// with no gap and no overlap.
class BandSetReader {
public:
    // One element of $.band_sets, checked against the instrument's scores.
    static Result<BandSet> read(const InstrumentJson &json, const QString &path, const QJsonValue &value,
                                const Instrument &instrument, const BandFileReader &readBandFile);

    // The level codes a band may give: normal, at_risk, problem, strength, no_strength.
    static QStringList levelCodes();

private:
    static Result<BandSet> fromFile(const InstrumentJson &json, const QString &path, const QJsonObject &entry,
                                    const Instrument &instrument, const BandFileReader &readBandFile);
    static Result<QList<BandLevel>> levels(const InstrumentJson &json, const QString &path, const QJsonValue &value);
    static Result<QList<std::pair<QString, QList<Band>>>> table(const InstrumentJson &json, const QString &path,
                                                                const QJsonValue &value, const QList<BandLevel> &levels,
                                                                const Instrument &instrument);
    static Result<QList<Band>> bands(const InstrumentJson &json, const QString &path, const QJsonValue &value,
                                     const QList<BandLevel> &levels, ScoreRange range);
};

}  // namespace care
