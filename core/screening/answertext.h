#pragma once

#include "screening/scoring.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace care {

// Answers typed as text, as care-cli and CSV imports take them: whole
// numbers separated by commas, "-" for a missing answer ("2,1,-,0").
// Spaces around values are ignored; an empty text is no answers at all.
// `what` names the list in messages (e.g. "--answers").
Result<QList<std::optional<int>>> parseAnswerList(const QString &text, const QString &what);

// The impact supplement typed as text: the answer to the difficulties
// question, then, when there are difficulties, one answer per impact item
// ("0" = no difficulties; "2,1,0,2,-,3").
Result<ImpactAnswers> parseImpactAnswers(const QString &text, const QString &what);

// The answers written back in the same form.
QString answerListText(const QList<std::optional<int>> &answers);

}  // namespace care
