#pragma once

#include "screening/instrument.h"
#include "screening/instrumentloader.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace care::test {

// A small instrument with every part the format has: two subscales of two
// items (item 2 reversed), a derived sum, an impact supplement, an inline
// band set and one from a band file (bands/shared.json, table "main").
inline const char *const kTestInstrumentJson = R"({
  "format": 1,
  "id": "test-instrument",
  "version": "3",
  "title": {"th": "แบบทดสอบ", "en": "Test instrument"},
  "respondent": "teacher",
  "ages": {"min": 6, "max": 12},
  "scale": {"min": 0, "max": 2},
  "items": [{"number": 1}, {"number": 2}, {"number": 3, "key": "worry"}, {"number": 4, "domain": "family"}],
  "reversed": [2],
  "subscales": [
    {"key": "alpha", "items": [1, 2]},
    {"key": "beta", "title": {"en": "Beta"}, "items": [3, 4]}
  ],
  "derived": [{"key": "sum", "sum": ["alpha", "beta"]}],
  "prorating": {"max_missing": 1, "rounding": "half_up"},
  "impact": {"key": "impact", "question": {"key": "impact.q", "choices": [{"key": "c0"}, {"key": "c1"}], "none": 0},
             "items": ["impact.a", "impact.b"], "choices": [{"key": "a0"}, {"key": "a1"}, {"key": "a2"}],
             "scores": [0, 1, 2]},
  "band_sets": [
    {"name": "inline",
     "levels": [{"code": "normal", "label": {"en": "Fine"}}, {"code": "problem", "label": {"en": "Not fine"}}],
     "bands": {"alpha": [{"min": 0, "max": 2, "level": "normal"}, {"min": 3, "max": 4, "level": "problem"}]}},
    {"name": "shared", "file": "bands/shared.json", "table": "main"}
  ],
  "default_band_set": "inline"
})";

inline const char *const kTestBandFileJson = R"({
  "format": 1, "id": "test-bands", "version": "7", "title": {"en": "Shared"}, "source": "tests",
  "levels": [{"code": "normal", "label": {"th": "ปกติ"}}, {"code": "problem", "label": {"th": "มีปัญหา"}}],
  "tables": {"main": {"sum": [{"min": 0, "max": 5, "level": "normal"}, {"min": 6, "max": 8, "level": "problem"}]}}
})";

// Loads `json` as <tmp>/test.json with `bandFile` as <tmp>/bands/shared.json.
inline Result<Instrument> loadTestInstrument(const QByteArray &json, const QByteArray &bandFile = kTestBandFileJson)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("bands")));
    QFile file(dir.filePath(QStringLiteral("bands/shared.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bandFile);
    file.close();
    return InstrumentLoader::fromJson(json, dir.filePath(QStringLiteral("test.json")),
                                      InstrumentLoader::folderReader(dir.path()));
}

// The error of a file that must be refused.
inline Error loadFault(const QByteArray &json, const QByteArray &bandFile = kTestBandFileJson)
{
    auto loaded = loadTestInstrument(json, bandFile);
    REQUIRE_FALSE(loaded.ok());
    INFO(loaded.error().describe().toStdString());
    CHECK_FALSE(loaded.error().message.isEmpty());
    return loaded.error();
}

// The file is refused with a message naming test.json, the JSON path (if
// given) and the problem.
inline void requireFault(const QByteArray &json, const QString &path, const QString &problem)
{
    const Error error = loadFault(json);
    INFO(error.describe().toStdString());
    if (!path.isEmpty()) {
        CHECK(error.message.contains(QStringLiteral("test.json")));
        CHECK(error.message.contains(QStringLiteral(" at ") + path + QStringLiteral(":")));
    }
    CHECK(error.message.contains(problem));
}

// The test instrument with one piece of text replaced (which must be there).
inline QByteArray replaced(const char *from, const char *to)
{
    QByteArray json(kTestInstrumentJson);
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

// The test instrument without a top-level key (its line removed).
inline QByteArray removeKey(const char *json, const char *key)
{
    QList<QByteArray> lines = QByteArray(json).split('\n');
    const QByteArray start = QByteArray("  \"") + key + "\":";
    const auto count = lines.removeIf([&](const QByteArray &line) { return line.startsWith(start); });
    REQUIRE(count == 1);
    return lines.join('\n');
}

}  // namespace care::test
