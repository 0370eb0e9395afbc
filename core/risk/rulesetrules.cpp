// The rules of one domain in a rule file: each signal's keys and their checks.
#include "risk/rulesetreader.h"

#include "domain/enums.h"

namespace care {
namespace {

const QStringList kMarkCodes{QStringLiteral("0"), QStringLiteral("ร"), QStringLiteral("มส")};
const QStringList kRespondents{QStringLiteral("parent"), QStringLiteral("teacher"), QStringLiteral("self")};

QStringList livingCodes()
{
    QStringList codes;
    for (LivingArrangement a : allValues<LivingArrangement>())
        codes << code(a);
    return codes;
}

QStringList signalCodes()
{
    QStringList codes;
    for (const SignalInfo &info : allSignals())
        codes << QLatin1String(info.code);
    return codes;
}

QStringList keysFor(SignalKind kind, RiskSignal signal)
{
    QStringList keys{QStringLiteral("id"), QStringLiteral("signal")};
    switch (kind) {
    case SignalKind::HigherIsWorse:
    case SignalKind::LowerIsWorse:
    case SignalKind::Codes:
        keys << QStringLiteral("at_risk") << QStringLiteral("problem");
        if (signal == RiskSignal::NonPassingMarks)
            keys << QStringLiteral("marks");
        break;
    case SignalKind::Bands:
        keys << QStringLiteral("instrument") << QStringLiteral("respondents") << QStringLiteral("scores")
             << QStringLiteral("bands");
        break;
    }
    return keys;
}

}  // namespace

Result<RiskRule> RuleSetReader::rule(const QString &path, RiskDomain domain, const QJsonValue &value) const
{
    if (!value.isObject())
        return wrongType(path, RuleSetText::tr("an object"), value);
    const QJsonObject object = value.toObject();
    RiskRule rule;
    rule.domain = domain;
    auto id = text(path + QStringLiteral(".id"), object.value(QStringLiteral("id")));
    if (!id)
        return id.error();
    rule.id = id.value();
    auto signalName = text(path + QStringLiteral(".signal"), object.value(QStringLiteral("signal")));
    if (!signalName)
        return signalName.error();
    const auto signal = signalFromCode(signalName.value());
    if (!signal)
        return fault(path + QStringLiteral(".signal"),
                     RuleSetText::tr("unknown signal \"%1\"; expected one of: %2.")
                             .arg(signalName.value(), signalCodes().join(QStringLiteral(", "))));
    rule.signal = *signal;
    const SignalKind kind = signalInfo(rule.signal).kind;
    if (auto s = checkKeys(path, object, keysFor(kind, rule.signal), {}); !s)
        return s.error();
    Status read;
    switch (kind) {
    case SignalKind::HigherIsWorse:
    case SignalKind::LowerIsWorse:
        read = thresholds(path, object, rule);
        break;
    case SignalKind::Bands:
        read = bands(path, object, rule);
        break;
    case SignalKind::Codes:
        read = codes(path, object, rule);
        break;
    }
    if (!read)
        return read.error();
    return rule;
}

Status RuleSetReader::thresholds(const QString &path, const QJsonObject &object, RiskRule &rule) const
{
    const SignalInfo &info = signalInfo(rule.signal);
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("at_risk"), &rule.atRisk}, std::pair{QStringLiteral("problem"), &rule.problem}}) {
        if (!object.contains(key))
            continue;
        auto n = number(path + QLatin1Char('.') + key, object.value(key), info.min, info.max, info.integer);
        if (!n)
            return n.error();
        *target = n.value();
    }
    if (!rule.atRisk && !rule.problem)
        return fault(path, RuleSetText::tr("the rule has no threshold; give \"at_risk\", \"problem\" or both."));
    if (rule.atRisk && rule.problem) {
        const double atRisk = *rule.atRisk;
        const double problem = *rule.problem;
        const QString where = path + QStringLiteral(".problem");
        if (atRisk == problem)
            return fault(where,
                         RuleSetText::tr("the at-risk and problem thresholds overlap: both are %1, so no "
                                         "value would be at risk.")
                                 .arg(numberText(atRisk)));
        if (info.kind == SignalKind::HigherIsWorse && problem < atRisk)
            return fault(where,
                         RuleSetText::tr("the thresholds are not monotonic: the problem threshold (%1) must "
                                         "be above the at-risk threshold (%2) for \"%3\".")
                                 .arg(numberText(problem), numberText(atRisk), code(rule.signal)));
        if (info.kind == SignalKind::LowerIsWorse && problem > atRisk)
            return fault(where,
                         RuleSetText::tr("the thresholds are not monotonic: the problem threshold (%1) must "
                                         "be below the at-risk threshold (%2) for \"%3\".")
                                 .arg(numberText(problem), numberText(atRisk), code(rule.signal)));
    }
    if (rule.signal == RiskSignal::NonPassingMarks) {
        rule.marks = kMarkCodes;
        if (object.contains(QStringLiteral("marks"))) {
            auto marks = textList(path + QStringLiteral(".marks"), object.value(QStringLiteral("marks")));
            if (!marks)
                return marks.error();
            for (qsizetype i = 0; i < marks->size(); ++i)
                if (!kMarkCodes.contains(marks->at(i)))
                    return fault(path + QStringLiteral(".marks[%1]").arg(i),
                                 RuleSetText::tr("unknown mark \"%1\"; expected one of: %2.")
                                         .arg(marks->at(i), kMarkCodes.join(QStringLiteral(", "))));
            rule.marks = marks.value();
        }
    }
    return {};
}

Status RuleSetReader::bands(const QString &path, const QJsonObject &object, RiskRule &rule) const
{
    for (const QString &key : {QStringLiteral("instrument"), QStringLiteral("scores"), QStringLiteral("bands")})
        if (!object.contains(key))
            return fault(path + QLatin1Char('.') + key, RuleSetText::tr("this key is missing."));
    auto instrument = text(path + QStringLiteral(".instrument"), object.value(QStringLiteral("instrument")));
    if (!instrument)
        return instrument.error();
    rule.instrument = instrument.value();
    rule.respondents = kRespondents;
    if (object.contains(QStringLiteral("respondents"))) {
        auto respondents = textList(path + QStringLiteral(".respondents"), object.value(QStringLiteral("respondents")));
        if (!respondents)
            return respondents.error();
        for (qsizetype i = 0; i < respondents->size(); ++i)
            if (!kRespondents.contains(respondents->at(i)))
                return fault(path + QStringLiteral(".respondents[%1]").arg(i),
                             RuleSetText::tr("unknown respondent \"%1\"; expected one of: %2.")
                                     .arg(respondents->at(i), kRespondents.join(QStringLiteral(", "))));
        rule.respondents = respondents.value();
    }
    auto scores = textList(path + QStringLiteral(".scores"), object.value(QStringLiteral("scores")));
    if (!scores)
        return scores.error();
    rule.scores = scores.value();
    const QString bandsPath = path + QStringLiteral(".bands");
    const QJsonValue bandsValue = object.value(QStringLiteral("bands"));
    if (!bandsValue.isObject() || bandsValue.toObject().isEmpty())
        return wrongType(bandsPath, RuleSetText::tr("an object of band codes and levels"), bandsValue);
    const QJsonObject bandMap = bandsValue.toObject();
    for (auto it = bandMap.begin(); it != bandMap.end(); ++it) {
        auto level = this->level(bandsPath + QLatin1Char('.') + it.key(), it.value(), false);
        if (!level)
            return level.error();
        rule.bands.append({it.key(), level.value()});
    }
    return {};
}

Status RuleSetReader::codes(const QString &path, const QJsonObject &object, RiskRule &rule) const
{
    const QStringList known = livingCodes();
    for (const auto &[key, target] : {std::pair{QStringLiteral("at_risk"), &rule.atRiskCodes},
                                      std::pair{QStringLiteral("problem"), &rule.problemCodes}}) {
        if (!object.contains(key))
            continue;
        const QString listPath = path + QLatin1Char('.') + key;
        auto list = textList(listPath, object.value(key));
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i)
            if (!known.contains(list->at(i)))
                return fault(listPath + QStringLiteral("[%1]").arg(i),
                             RuleSetText::tr("unknown living arrangement \"%1\"; expected one of: %2.")
                                     .arg(list->at(i), known.join(QStringLiteral(", "))));
        *target = list.value();
    }
    if (rule.atRiskCodes.isEmpty() && rule.problemCodes.isEmpty())
        return fault(path, RuleSetText::tr("the rule lists no arrangement; give \"at_risk\", \"problem\" or both."));
    for (qsizetype i = 0; i < rule.problemCodes.size(); ++i)
        if (rule.atRiskCodes.contains(rule.problemCodes.at(i)))
            return fault(path + QStringLiteral(".problem[%1]").arg(i),
                         RuleSetText::tr("the levels overlap: \"%1\" is listed both as at risk and as a problem.")
                                 .arg(rule.problemCodes.at(i)));
    return {};
}

}  // namespace care
