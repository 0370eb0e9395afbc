#include "risk/rulesetreader.h"

#include <QLocale>

#include <cmath>

namespace care {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

Error RuleSetReader::fault(const QString &path, const QString &problem) const
{
    return Error{RuleSetText::tr("The risk rule set is not valid at %1: %2").arg(path, problem), {}, m_source};
}

Error RuleSetReader::wrongType(const QString &path, const QString &expected, const QJsonValue &found) const
{
    return fault(path, RuleSetText::tr("expected %1 but found %2.").arg(expected, jsonTypeName(found)));
}

Status RuleSetReader::checkKeys(const QString &path, const QJsonObject &object, const QStringList &known,
                                const QStringList &required) const
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fault(path + QLatin1Char('.') + it.key(),
                         RuleSetText::tr("unknown key \"%1\"; expected one of: %2.")
                                 .arg(it.key(), known.join(QStringLiteral(", "))));
    for (const QString &key : required)
        if (!object.contains(key))
            return fault(path + QLatin1Char('.') + key, RuleSetText::tr("this key is missing."));
    return {};
}

Status RuleSetReader::checkProtected(const QString &path, const QJsonValue &value) const
{
    const auto named = [this](const QString &where, const QString &word) -> Status {
        if (!protectedAttributes().contains(word.trimmed().toLower()))
            return {};
        return fault(where,
                     RuleSetText::tr("the rule names \"%1\": sex, ethnicity, religion and nationality may "
                                     "never be inputs of a risk rule.")
                             .arg(word));
    };
    if (value.isString())
        return named(path, value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (auto s = checkProtected(path + QStringLiteral("[%1]").arg(i), array.at(i)); !s)
                return s;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = path + QLatin1Char('.') + it.key();
            if (auto s = named(where, it.key()); !s)
                return s;
            if (auto s = checkProtected(where, it.value()); !s)
                return s;
        }
    }
    return {};
}

Result<QString> RuleSetReader::text(const QString &path, const QJsonValue &value) const
{
    if (!value.isString())
        return wrongType(path, RuleSetText::tr("a string"), value);
    const QString result = value.toString().trimmed();
    if (result.isEmpty())
        return fault(path, RuleSetText::tr("the text is empty."));
    return result;
}

Result<double> RuleSetReader::number(const QString &path, const QJsonValue &value, double min, double max,
                                     bool integer) const
{
    if (!value.isDouble())
        return wrongType(path, integer ? RuleSetText::tr("a whole number") : RuleSetText::tr("a number"), value);
    const double n = value.toDouble();
    if (integer && n != std::floor(n))
        return fault(path, RuleSetText::tr("%1 is not a whole number.").arg(numberText(n)));
    if (n < min || n > max)
        return fault(path,
                     RuleSetText::tr("%1 is out of range; allowed are %2 to %3.")
                             .arg(numberText(n), numberText(min), numberText(max)));
    return n;
}

Result<QStringList> RuleSetReader::textList(const QString &path, const QJsonValue &value, bool allowEmpty) const
{
    if (!value.isArray())
        return wrongType(path, RuleSetText::tr("an array of strings"), value);
    const QJsonArray array = value.toArray();
    if (array.isEmpty() && !allowEmpty)
        return fault(path, RuleSetText::tr("the list is empty."));
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = text(path + QStringLiteral("[%1]").arg(i), array.at(i));
        if (!item)
            return item.error();
        if (result.contains(item.value()))
            return fault(path + QStringLiteral("[%1]").arg(i),
                         RuleSetText::tr("\"%1\" is listed twice.").arg(item.value()));
        result << item.value();
    }
    return result;
}

Result<RiskLevel> RuleSetReader::level(const QString &path, const QJsonValue &value, bool allowNormal) const
{
    auto name = text(path, value);
    if (!name)
        return name.error();
    const auto found = fromCode<RiskLevel>(name.value());
    if (!found || (!allowNormal && *found == RiskLevel::Normal))
        return fault(path,
                     RuleSetText::tr("unknown level \"%1\"; expected one of: %2.")
                             .arg(name.value(),
                                  allowNormal ? QStringLiteral("normal, at_risk, problem")
                                              : QStringLiteral("at_risk, problem")));
    return *found;
}

Result<OverallRule> RuleSetReader::overallRule(const QString &path, const QJsonValue &value) const
{
    if (!value.isObject())
        return wrongType(path, RuleSetText::tr("an object"), value);
    const QJsonObject object = value.toObject();
    if (auto s = checkKeys(path, object,
                           {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("domains_at_least"),
                            QStringLiteral("min_domains"), QStringLiteral("domains")},
                           {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("domains_at_least")});
        !s)
        return s.error();
    OverallRule rule;
    auto id = text(path + QStringLiteral(".id"), object.value(QStringLiteral("id")));
    if (!id)
        return id.error();
    rule.id = id.value();
    auto level = this->level(path + QStringLiteral(".level"), object.value(QStringLiteral("level")), false);
    if (!level)
        return level.error();
    rule.level = level.value();
    auto atLeast = this->level(path + QStringLiteral(".domains_at_least"),
                               object.value(QStringLiteral("domains_at_least")), false);
    if (!atLeast)
        return atLeast.error();
    rule.domainsAtLeast = atLeast.value();
    if (object.contains(QStringLiteral("domains"))) {
        const QString domainsPath = path + QStringLiteral(".domains");
        auto names = textList(domainsPath, object.value(QStringLiteral("domains")));
        if (!names)
            return names.error();
        for (qsizetype i = 0; i < names->size(); ++i) {
            const auto domain = fromCode<RiskDomain>(names->at(i));
            if (!domain)
                return fault(domainsPath + QStringLiteral("[%1]").arg(i),
                             RuleSetText::tr("unknown domain \"%1\"; expected one of: %2.")
                                     .arg(names->at(i),
                                          QStringLiteral("attendance, academic, behaviour, emotional, "
                                                         "economic, family, health, special_needs")));
            rule.domains << *domain;
        }
    }
    const int domainCount = rule.domains.isEmpty() ? int(allValues<RiskDomain>().size()) : int(rule.domains.size());
    if (object.contains(QStringLiteral("min_domains"))) {
        auto count = number(path + QStringLiteral(".min_domains"), object.value(QStringLiteral("min_domains")), 1,
                            domainCount, true);
        if (!count)
            return count.error();
        rule.minDomains = int(count.value());
    }
    return rule;
}

}  // namespace care
