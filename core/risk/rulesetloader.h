#pragma once

#include "risk/ruleset.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace care {

// Reads and validates a risk rule set (format: docs/risk-rules.md). A fault
// is refused with a translated message that names the file, the JSON path
// and the problem: bad JSON, an unknown key, domain, signal, level or code,
// a wrong type, a value out of range, thresholds in the wrong order or
// overlapping, a duplicate rule id, or a rule that names sex, ethnicity,
// religion or nationality, which may never decide a child's risk.
class RuleSetLoader {
public:
    static Result<RuleSet> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<RuleSet> fromFile(const QString &path);
    // resources/rules/default.json, read once; a fault there is a build
    // defect that the unit tests catch.
    static const RuleSet &shipped();
    static QString shippedPath();  // ":/care/rules/default.json"
};

}  // namespace care
