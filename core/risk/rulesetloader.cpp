#include "risk/rulesetloader.h"

#include "risk/rulesetreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

static void initRuleResources()
{
    Q_INIT_RESOURCE(rules);
}

namespace care {
namespace {

QString domainCodes()
{
    QStringList codes;
    for (RiskDomain d : allValues<RiskDomain>())
        codes << code(d);
    return codes.join(QStringLiteral(", "));
}

// Two threshold rules on one signal in one domain would judge the same
// value twice with different cut-offs: they overlap.
Status checkOverlaps(const RuleSetReader &reader, const QList<std::pair<QString, RiskRule>> &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const RiskRule &rule = rules.at(i).second;
        if (signalInfo(rule.signal).kind == SignalKind::Bands)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            const RiskRule &earlier = rules.at(j).second;
            if (earlier.domain == rule.domain && earlier.signal == rule.signal)
                return reader.fault(rules.at(i).first + QStringLiteral(".signal"),
                                    RuleSetText::tr("the rule overlaps rule \"%1\": both judge \"%2\" in the same "
                                                    "domain.")
                                            .arg(earlier.id, code(rule.signal)));
        }
    }
    return {};
}

Status readTitle(const RuleSetReader &reader, const QJsonValue &value, RuleSet &set)
{
    const QString path = QStringLiteral("$.title");
    if (!value.isObject())
        return reader.wrongType(path, RuleSetText::tr("an object with \"th\" and \"en\""), value);
    const QJsonObject title = value.toObject();
    if (auto s = reader.checkKeys(path, title, {QStringLiteral("th"), QStringLiteral("en")}, {}); !s)
        return s;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("th"), &set.titleTh}, std::pair{QStringLiteral("en"), &set.titleEn}}) {
        if (!title.contains(key))
            continue;
        auto text = reader.text(path + QLatin1Char('.') + key, title.value(key));
        if (!text)
            return text.error();
        *target = text.value();
    }
    return {};
}

Status readDomains(const RuleSetReader &reader, const QJsonValue &value, RuleSet &set,
                   QList<std::pair<QString, RiskRule>> &located)
{
    if (!value.isObject())
        return reader.wrongType(QStringLiteral("$.domains"), RuleSetText::tr("an object"), value);
    const QJsonObject domains = value.toObject();
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        const QString path = QStringLiteral("$.domains.") + it.key();
        const auto domain = fromCode<RiskDomain>(it.key());
        if (!domain)
            return reader.fault(
                    path, RuleSetText::tr("unknown domain \"%1\"; expected one of: %2.").arg(it.key(), domainCodes()));
        if (!it.value().isArray())
            return reader.wrongType(path, RuleSetText::tr("an array of rules"), it.value());
        const QJsonArray rules = it.value().toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString rulePath = path + QStringLiteral("[%1]").arg(i);
            auto rule = reader.rule(rulePath, *domain, rules.at(i));
            if (!rule)
                return rule.error();
            located.append({rulePath, rule.value()});
            set.rules << rule.value();
        }
    }
    return checkOverlaps(reader, located);
}

Status readOverall(const RuleSetReader &reader, const QJsonValue &value, RuleSet &set)
{
    const QString path = QStringLiteral("$.overall");
    if (!value.isArray() || value.toArray().isEmpty())
        return reader.wrongType(path, RuleSetText::tr("a non-empty array of rules"), value);
    const QJsonArray rules = value.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = reader.overallRule(path + QStringLiteral("[%1]").arg(i), rules.at(i));
        if (!rule)
            return rule.error();
        set.overall << rule.value();
    }
    return {};
}

Status checkIds(const RuleSetReader &reader, const RuleSet &set, const QList<std::pair<QString, RiskRule>> &located)
{
    QStringList seen;
    for (const auto &[path, rule] : located) {
        if (seen.contains(rule.id))
            return reader.fault(
                    path + QStringLiteral(".id"),
                    RuleSetText::tr("the rule id \"%1\" is used twice; reasons name rules by id.").arg(rule.id));
        seen << rule.id;
    }
    for (qsizetype i = 0; i < set.overall.size(); ++i) {
        if (seen.contains(set.overall.at(i).id))
            return reader.fault(QStringLiteral("$.overall[%1].id").arg(i),
                                RuleSetText::tr("the rule id \"%1\" is used twice; reasons name rules by id.")
                                        .arg(set.overall.at(i).id));
        seen << set.overall.at(i).id;
    }
    return {};
}

}  // namespace

Result<RuleSet> RuleSetLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    const RuleSetReader reader(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{RuleSetText::tr("The risk rule set is not valid JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                     {},
                     sourceName};
    if (!document.isObject())
        return reader.wrongType(QStringLiteral("$"), RuleSetText::tr("an object"),
                                document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    const QJsonObject root = document.object();
    if (auto s = reader.checkKeys(QStringLiteral("$"), root,
                                  {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                                   QStringLiteral("description"), QStringLiteral("min_days_enrolled"),
                                   QStringLiteral("domains"), QStringLiteral("overall")},
                                  {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("domains"),
                                   QStringLiteral("overall")});
        !s)
        return s.error();
    // First, anywhere in the rules: a protected attribute is refused by name.
    for (const QString &key : {QStringLiteral("domains"), QStringLiteral("overall")})
        if (auto s = reader.checkProtected(QStringLiteral("$.") + key, root.value(key)); !s)
            return s.error();

    RuleSet set;
    set.body = json;
    auto id = reader.text(QStringLiteral("$.id"), root.value(QStringLiteral("id")));
    if (!id)
        return id.error();
    set.id = id.value();
    auto version = reader.text(QStringLiteral("$.version"), root.value(QStringLiteral("version")));
    if (!version)
        return version.error();
    set.version = version.value();
    if (root.contains(QStringLiteral("title")))
        if (auto s = readTitle(reader, root.value(QStringLiteral("title")), set); !s)
            return s.error();
    if (root.contains(QStringLiteral("description")))
        if (auto d = reader.text(QStringLiteral("$.description"), root.value(QStringLiteral("description"))); !d)
            return d.error();
    if (root.contains(QStringLiteral("min_days_enrolled"))) {
        auto days = reader.number(QStringLiteral("$.min_days_enrolled"),
                                  root.value(QStringLiteral("min_days_enrolled")), 1, 200, true);
        if (!days)
            return days.error();
        set.minDaysEnrolled = int(days.value());
    }
    QList<std::pair<QString, RiskRule>> located;
    if (auto s = readDomains(reader, root.value(QStringLiteral("domains")), set, located); !s)
        return s.error();
    if (auto s = readOverall(reader, root.value(QStringLiteral("overall")), set); !s)
        return s.error();
    if (auto s = checkIds(reader, set, located); !s)
        return s.error();
    return set;
}

Result<RuleSet> RuleSetLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{RuleSetText::tr("The risk rule file cannot be read: %1").arg(file.errorString()), {}, path};
    // A rule set is a few kilobytes; anything huge is not one.
    constexpr qint64 kMostBytes = 1024 * 1024;
    if (file.size() > kMostBytes)
        return Error{RuleSetText::tr("The risk rule file is larger than 1 MB; it is not a rule set."), {}, path};
    return fromJson(file.readAll(), path);
}

QString RuleSetLoader::shippedPath()
{
    return QStringLiteral(":/care/rules/default.json");
}

const RuleSet &RuleSetLoader::shipped()
{
    static const RuleSet set = [] {
        initRuleResources();
        QFile file(shippedPath());
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The built-in risk rules are missing; no student is flagged.");
            return RuleSet();
        }
        auto loaded = fromJson(file.readAll(), shippedPath());
        if (!loaded) {
            qWarning("The built-in risk rules are not valid: %s", qPrintable(loaded.error().describe()));
            return RuleSet();
        }
        return loaded.value();
    }();
    return set;
}

}  // namespace care
