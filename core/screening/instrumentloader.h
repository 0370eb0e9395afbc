#pragma once

#include "screening/instrument.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace care {

// A band file's bytes and the path to name in messages.
struct BandFileData {
    QString path;
    QByteArray content;
};

// Reads a band file that an instrument names by a relative file name
// ("bands/sdq-th.json"); an Error when it cannot.
using BandFileReader = std::function<Result<BandFileData>(const QString &relativeName)>;

// Turns one instrument file (docs/instruments.md) into an Instrument,
// checking everything the scoring relies on: types and required keys, item
// numbers, subscale and reversed items, derived scores, the prorating rule,
// the impact supplement, and that each band set's bands cover every banded
// score's range without gaps or overlaps. A fault is an Error naming the
// file, the JSON path and the problem.
class InstrumentLoader {
public:
    // Instrument and band files larger than this are refused unread.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    static Result<Instrument> fromJson(const QByteArray &json, const QString &sourcePath,
                                       const BandFileReader &readBandFile);
    // Reads the file; band files are looked up relative to its folder.
    static Result<Instrument> loadFile(const QString &path);
    // Reads band files from this folder (a resource folder too). Names that
    // are absolute or climb out of it with ".." are refused.
    static BandFileReader folderReader(const QString &folder);
};

}  // namespace care
