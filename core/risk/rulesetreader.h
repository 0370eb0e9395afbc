#pragma once

// Internal to the rule-set loader: the reader that walks one file and turns
// its first fault into an Error naming the file and the JSON path.
#include "risk/ruleset.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace care {

struct RuleSetText {
    Q_DECLARE_TR_FUNCTIONS(RuleSetText)
};

class RuleSetReader {
public:
    explicit RuleSetReader(QString sourceName) : m_source(std::move(sourceName)) {}

    Error fault(const QString &path, const QString &problem) const;
    Error wrongType(const QString &path, const QString &expected, const QJsonValue &found) const;
    // Unknown keys are faults; `required` keys must be present.
    Status checkKeys(const QString &path, const QJsonObject &object, const QStringList &known,
                     const QStringList &required) const;
    // A rule that names a protected attribute anywhere (key or value).
    Status checkProtected(const QString &path, const QJsonValue &value) const;

    Result<QString> text(const QString &path, const QJsonValue &value) const;
    Result<double> number(const QString &path, const QJsonValue &value, double min, double max, bool integer) const;
    Result<QStringList> textList(const QString &path, const QJsonValue &value, bool allowEmpty = false) const;
    Result<RiskLevel> level(const QString &path, const QJsonValue &value, bool allowNormal) const;

    // One rule of domains.<domain>[i].
    Result<RiskRule> rule(const QString &path, RiskDomain domain, const QJsonValue &value) const;
    Result<OverallRule> overallRule(const QString &path, const QJsonValue &value) const;

private:
    Status thresholds(const QString &path, const QJsonObject &object, RiskRule &rule) const;
    Status bands(const QString &path, const QJsonObject &object, RiskRule &rule) const;
    Status codes(const QString &path, const QJsonObject &object, RiskRule &rule) const;

    QString m_source;
};

QString jsonTypeName(const QJsonValue &value);
// Numbers in messages as written in the file (0.1, 3000), not 0.100000.
QString numberText(double value);

}  // namespace care
