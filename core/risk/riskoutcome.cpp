#include "risk/riskoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace care {

struct RiskOutcomeText {
    Q_DECLARE_TR_FUNCTIONS(RiskOutcomeText)
};

namespace {

QJsonArray reasonsJson(const QList<RiskReason> &reasons)
{
    QJsonArray array;
    for (const RiskReason &r : reasons)
        array.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("evidence"), r.evidence},
                                 {QStringLiteral("level"), code(r.level)},
                                 {QStringLiteral("args"), r.args}});
    return array;
}

std::optional<QList<RiskReason>> reasonsFrom(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<RiskReason> reasons;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const auto level = fromCode<RiskLevel>(o.value(QStringLiteral("level")).toString());
        if (!level || !o.value(QStringLiteral("rule")).isString())
            return std::nullopt;
        reasons << RiskReason{o.value(QStringLiteral("rule")).toString(),
                              o.value(QStringLiteral("evidence")).toString(), *level,
                              o.value(QStringLiteral("args")).toObject()};
    }
    return reasons;
}

}  // namespace

RiskLevel RiskOutcome::level(RiskDomain domain) const
{
    const auto it = domains.constFind(domain);
    return it == domains.cend() ? RiskLevel::Normal : it->level;
}

QByteArray RiskOutcome::toJson() const
{
    QJsonObject domainObject;
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        domainObject.insert(code(it.key()),
                            QJsonObject{{QStringLiteral("level"), code(it->level)},
                                        {QStringLiteral("reasons"), reasonsJson(it->reasons)}});
    const QJsonObject root{{QStringLiteral("domains"), domainObject},
                           {QStringLiteral("overall"),
                            QJsonObject{{QStringLiteral("level"), code(overall)},
                                        {QStringLiteral("reasons"), reasonsJson(overallReasons)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<RiskOutcome> RiskOutcome::fromJson(const QByteArray &json)
{
    const Error damaged{RiskOutcomeText::tr("A stored risk assessment is damaged and cannot be read."),
                        {},
                        QStringLiteral("risk_assessment.content")};
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return damaged;
    const QJsonObject root = document.object();
    RiskOutcome outcome;
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    const auto overallLevel = fromCode<RiskLevel>(overall.value(QStringLiteral("level")).toString());
    const auto overallReasons = reasonsFrom(overall.value(QStringLiteral("reasons")));
    if (!overallLevel || !overallReasons)
        return damaged;
    outcome.overall = *overallLevel;
    outcome.overallReasons = *overallReasons;
    const QJsonObject domains = root.value(QStringLiteral("domains")).toObject();
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        const auto domain = fromCode<RiskDomain>(it.key());
        const QJsonObject o = it.value().toObject();
        const auto level = fromCode<RiskLevel>(o.value(QStringLiteral("level")).toString());
        const auto reasons = reasonsFrom(o.value(QStringLiteral("reasons")));
        if (!domain || !level || !reasons)
            return damaged;
        outcome.domains.insert(*domain, DomainOutcome{*level, *reasons});
    }
    return outcome;
}

}  // namespace care
