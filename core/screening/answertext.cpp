#include "screening/answertext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace care {

struct AnswerTextText {
    Q_DECLARE_TR_FUNCTIONS(AnswerTextText)
};

namespace {
constexpr int kMaxAnswers = 1000;
}

Result<QList<std::optional<int>>> parseAnswerList(const QString &text, const QString &what)
{
    QList<std::optional<int>> answers;
    if (text.trimmed().isEmpty())
        return answers;
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > kMaxAnswers)
        return Error{AnswerTextText::tr("%1 has %2 values; no instrument has more than %3 items.")
                             .arg(what)
                             .arg(parts.size())
                             .arg(kMaxAnswers),
                     what,
                     {}};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString value = parts.at(i).trimmed();
        if (value == QLatin1String("-")) {
            answers << std::nullopt;
            continue;
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        // Digits only: no signs, decimals or spaces inside a value.
        const bool digits = !value.isEmpty() && value.size() <= 3
                && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        if (!ok || !digits)
            return Error{value.isEmpty() ? AnswerTextText::tr("%1: value %2 is empty; write - for a missing answer.")
                                                   .arg(what)
                                                   .arg(i + 1)
                                         : AnswerTextText::tr(
                                                   "%1: value %2 (\"%3\") is not an answer; write a whole number, or - "
                                                   "for a missing answer.")
                                                   .arg(what)
                                                   .arg(i + 1)
                                                   .arg(value.left(20)),
                         what, QStringLiteral("%1").arg(i + 1)};
        answers << number;
    }
    return answers;
}

Result<ImpactAnswers> parseImpactAnswers(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return Error{
                AnswerTextText::tr("%1 is empty; give at least the answer about difficulties (0 = none).").arg(what),
                what,
                {}};
    auto values = parseAnswerList(text, what);
    if (!values)
        return values.error();
    ImpactAnswers answers;
    answers.difficulties = values->constFirst();
    answers.items = values->mid(1);
    return answers;
}

QString answerListText(const QList<std::optional<int>> &answers)
{
    QStringList parts;
    for (const auto &answer : answers)
        parts << (answer ? QString::number(*answer) : QStringLiteral("-"));
    return parts.join(QLatin1Char(','));
}

}  // namespace care
