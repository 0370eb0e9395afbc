#include "services/screeningcontent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace care {

struct ScreeningContentText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningContentText)
};

namespace {

QJsonArray answerArray(const QList<std::optional<int>> &answers)
{
    QJsonArray array;
    for (const std::optional<int> &answer : answers)
        array.append(answer ? QJsonValue(*answer) : QJsonValue(QJsonValue::Null));
    return array;
}

std::optional<QList<std::optional<int>>> answersFrom(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<std::optional<int>> answers;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isNull())
            answers << std::nullopt;
        else if (item.isDouble())
            answers << item.toInt();
        else
            return std::nullopt;
    }
    return answers;
}

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

Error damaged()
{
    return Error{ScreeningContentText::tr("A stored screening result is damaged and cannot be read."), {}, {}};
}

}  // namespace

QString screeningContentJson(const ScreeningContent &content)
{
    QJsonObject root;
    root.insert(QStringLiteral("answers"), answerArray(content.answers.items));
    if (content.answers.impact) {
        const ImpactAnswers &impact = *content.answers.impact;
        root.insert(QStringLiteral("impact"),
                    QJsonObject{{QStringLiteral("difficulties"),
                                 impact.difficulties ? QJsonValue(*impact.difficulties) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("items"), answerArray(impact.items)}});
    } else {
        root.insert(QStringLiteral("impact"), QJsonValue::Null);
    }
    QJsonObject scores;
    for (auto it = content.scores.begin(); it != content.scores.end(); ++it)
        scores.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("scores"), scores);
    QJsonObject bands;
    for (auto it = content.bands.begin(); it != content.bands.end(); ++it)
        bands.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("bands"), bands);
    root.insert(QStringLiteral("age_reason"), content.ageReason);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<ScreeningContent> parseScreeningContent(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return damaged();
    const QJsonObject root = document.object();
    ScreeningContent content;
    auto answers = answersFrom(root.value(QStringLiteral("answers")));
    if (!answers)
        return damaged();
    content.answers.items = *answers;
    const QJsonValue impact = root.value(QStringLiteral("impact"));
    if (impact.isObject()) {
        const QJsonObject object = impact.toObject();
        auto items = answersFrom(object.value(QStringLiteral("items")));
        if (!items)
            return damaged();
        content.answers.impact = ImpactAnswers{optionalInt(object.value(QStringLiteral("difficulties"))), *items};
    } else if (!impact.isNull() && !impact.isUndefined()) {
        return damaged();
    }
    const QJsonObject scores = root.value(QStringLiteral("scores")).toObject();
    for (auto it = scores.begin(); it != scores.end(); ++it)
        content.scores.insert(it.key(), optionalInt(it.value()));
    const QJsonObject bands = root.value(QStringLiteral("bands")).toObject();
    for (auto it = bands.begin(); it != bands.end(); ++it)
        content.bands.insert(it.key(),
                             it.value().isString() ? std::optional<QString>(it.value().toString()) : std::nullopt);
    content.ageReason = root.value(QStringLiteral("age_reason")).toString();
    return content;
}

}  // namespace care
