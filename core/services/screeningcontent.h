#pragma once

// The sealed content of a screening result, as JSON (not a public API):
//
//   {"answers": [2, 1, null, …],                     one per item, null = missing
//    "impact": {"difficulties": 1, "items": [0, 2, …]} or null,
//    "scores": {"emotional": 4, "total_difficulties": null, …},
//    "bands": {"emotional": "at_risk", …},            null = no band
//    "age_reason": ""}                                 why a child outside the age range was screened

#include "screening/scoring.h"
#include "util/result.h"

#include <QString>

namespace care {

struct ScreeningContent {
    ScreeningAnswers answers;
    QMap<QString, std::optional<int>> scores;
    QMap<QString, std::optional<QString>> bands;
    QString ageReason;
};

QString screeningContentJson(const ScreeningContent &content);
// A damaged value (not JSON, wrong types) is an error.
Result<ScreeningContent> parseScreeningContent(const QString &json);

}  // namespace care
