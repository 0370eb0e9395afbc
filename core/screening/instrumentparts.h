#pragma once

#include "screening/instrument.h"
#include "screening/instrumentjson.h"
#include "util/result.h"

#include <QJsonObject>

namespace care {

// The scoring parts of an instrument file, read into `instrument` one after
// the other (items first: the later parts refer to item numbers and score keys).
class InstrumentParts {
public:
    InstrumentParts(const InstrumentJson &json, const QJsonObject &root, Instrument &instrument)
        : m_json(json), m_root(root), m_instrument(instrument)
    {}

    Status items() const;      // $.scale and $.items
    Status reversed() const;   // $.reversed
    Status subscales() const;  // $.subscales
    Status derived() const;    // $.derived
    Status prorating() const;  // $.prorating
    Status impact() const;     // $.impact

    // The risk domains an item may belong to.
    static QStringList domainCodes();

private:
    Result<ResponseScale> scale(const QString &path, const QJsonValue &value) const;
    Result<QList<int>> itemNumbers(const QString &path, const QJsonValue &value, int minSize) const;
    Status checkNewScoreKey(const QString &path, const QString &key) const;

    const InstrumentJson &m_json;
    const QJsonObject &m_root;
    Instrument &m_instrument;
};

}  // namespace care
