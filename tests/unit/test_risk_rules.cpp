// The risk rule file: the shipped default and one refusal per kind of fault,
// each naming the file, the JSON path and the problem.
#include "risk/rulesetloader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace care;

namespace {

const QString kFile = QStringLiteral("municipal-rules.json");

QJsonObject defaults()
{
    QFile file(RuleSetLoader::shippedPath());
    (void)RuleSetLoader::shipped();  // registers the resource
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject ruleOf(const QJsonObject &root, const QString &domain, int index)
{
    return root.value(QStringLiteral("domains")).toObject().value(domain).toArray().at(index).toObject();
}

QJsonObject withRule(QJsonObject root, const QString &domain, int index, const QJsonObject &rule)
{
    QJsonObject domains = root.value(QStringLiteral("domains")).toObject();
    QJsonArray rules = domains.value(domain).toArray();
    if (index < rules.size())
        rules[index] = rule;
    else
        rules.append(rule);
    domains.insert(domain, rules);
    root.insert(QStringLiteral("domains"), domains);
    return root;
}

// The rule with `key` set to `value` (or removed for an undefined value).
QJsonObject changed(const QJsonObject &root, const QString &domain, int index, const QString &key,
                    const QJsonValue &value)
{
    QJsonObject rule = ruleOf(root, domain, index);
    if (value.isUndefined())
        rule.remove(key);
    else
        rule.insert(key, value);
    return withRule(root, domain, index, rule);
}

Error refusal(const QByteArray &json)
{
    auto loaded = RuleSetLoader::fromJson(json, kFile);
    REQUIRE_FALSE(loaded.ok());
    INFO(loaded.error().describe().toStdString());
    CHECK(loaded.error().location == kFile);
    return loaded.error();
}

Error refusal(const QJsonObject &root)
{
    return refusal(QJsonDocument(root).toJson());
}

bool says(const Error &e, const QString &path, const QString &words)
{
    INFO(e.message.toStdString());
    return e.message.contains(path) && e.message.contains(words, Qt::CaseInsensitive);
}

}  // namespace

TEST_CASE("Risk rules: the shipped default is valid and follows DOMAIN.md §2", "[risk][rules]")
{
    const RuleSet &rules = RuleSetLoader::shipped();
    CHECK(rules.id == QStringLiteral("care-default"));
    CHECK(rules.version == QStringLiteral("1"));
    CHECK(rules.versionTag() == QStringLiteral("care-default@1"));
    for (RiskDomain domain : allValues<RiskDomain>()) {
        INFO(code(domain).toStdString());
        CHECK_FALSE(rules.rulesOf(domain).isEmpty());
    }
    const RiskRule *absence = rules.rulesOf(RiskDomain::Attendance).first();
    CHECK(*absence->atRisk == Approx(0.10));
    CHECK(*absence->problem == Approx(0.20));
    // School signals decide alone; circumstances at home when severe or together.
    CHECK(rules.overall.size() == 5);
    CHECK(rules.instruments().contains(QStringLiteral("sdq")));
}

TEST_CASE("Risk rules: bad JSON is refused with the place of the fault", "[risk][rules]")
{
    const Error e = refusal(QByteArray("{\"id\": \"x\", \"version\": \"1\",, }"));
    CHECK(e.message.contains(QStringLiteral("not valid JSON")));
    CHECK(e.message.contains(QStringLiteral("character")));
    CHECK(says(refusal(QByteArray("[1, 2]")), QStringLiteral("$"), QStringLiteral("expected an object")));
}

TEST_CASE("Risk rules: a missing or unknown key is refused", "[risk][rules]")
{
    QJsonObject root = defaults();
    root.remove(QStringLiteral("version"));
    CHECK(says(refusal(root), QStringLiteral("$.version"), QStringLiteral("missing")));
    root = defaults();
    root.insert(QStringLiteral("thresholds"), 3);
    CHECK(says(refusal(root), QStringLiteral("$.thresholds"), QStringLiteral("unknown key")));
    const QJsonObject rule = changed(defaults(), QStringLiteral("attendance"), 0, QStringLiteral("at_rsik"), 0.1);
    CHECK(says(refusal(rule), QStringLiteral("$.domains.attendance[0].at_rsik"), QStringLiteral("unknown key")));
}

TEST_CASE("Risk rules: an unknown domain is refused", "[risk][rules]")
{
    QJsonObject root = defaults();
    QJsonObject domains = root.value(QStringLiteral("domains")).toObject();
    domains.insert(QStringLiteral("mental"), domains.value(QStringLiteral("emotional")));
    root.insert(QStringLiteral("domains"), domains);
    CHECK(says(refusal(root), QStringLiteral("$.domains.mental"), QStringLiteral("unknown domain \"mental\"")));
    QJsonObject overall = root.value(QStringLiteral("overall")).toArray().at(0).toObject();
    overall.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("attendance"), QStringLiteral("housing")});
    root = defaults();
    root.insert(QStringLiteral("overall"), QJsonArray{overall});
    CHECK(says(refusal(root), QStringLiteral("$.overall[0].domains[1]"), QStringLiteral("unknown domain")));
}

TEST_CASE("Risk rules: an unknown signal is refused", "[risk][rules]")
{
    const QJsonObject root = changed(defaults(), QStringLiteral("academic"), 1, QStringLiteral("signal"),
                                     QStringLiteral("grade_point"));
    const Error e = refusal(root);
    CHECK(says(e, QStringLiteral("$.domains.academic[1].signal"), QStringLiteral("unknown signal \"grade_point\"")));
    CHECK(e.message.contains(QStringLiteral("absence_rate")));  // lists what is known
}

TEST_CASE("Risk rules: sex, ethnicity, religion and nationality can never be inputs", "[risk][rules]")
{
    const QString never = QStringLiteral("may never be inputs");
    CHECK(says(
            refusal(changed(defaults(), QStringLiteral("family"), 0, QStringLiteral("signal"), QStringLiteral("sex"))),
            QStringLiteral("$.domains.family[0].signal"), never));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("family"), 0, QStringLiteral("religion"),
                               QStringLiteral("buddhist"))),
               QStringLiteral("$.domains.family[0].religion"), never));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("emotional"), 0, QStringLiteral("scores"),
                               QJsonArray{QStringLiteral("total_difficulties"), QStringLiteral("Ethnicity")})),
               QStringLiteral("$.domains.emotional[0].scores[1]"), never));
    QJsonObject root = defaults();
    QJsonObject domains = root.value(QStringLiteral("domains")).toObject();
    domains.insert(QStringLiteral("nationality"), QJsonArray{});
    root.insert(QStringLiteral("domains"), domains);
    CHECK(says(refusal(root), QStringLiteral("$.domains.nationality"), never));
}

TEST_CASE("Risk rules: thresholds in the wrong order are refused", "[risk][rules]")
{
    QJsonObject root = changed(defaults(), QStringLiteral("attendance"), 0, QStringLiteral("problem"), 0.05);
    CHECK(says(refusal(root), QStringLiteral("$.domains.attendance[0].problem"), QStringLiteral("not monotonic")));
    // Lower is worse for income: the problem line must be the lower one.
    root = changed(defaults(), QStringLiteral("economic"), 0, QStringLiteral("problem"), 4500);
    CHECK(says(refusal(root), QStringLiteral("$.domains.economic[0].problem"), QStringLiteral("not monotonic")));
}

TEST_CASE("Risk rules: overlapping thresholds and rules are refused", "[risk][rules]")
{
    QJsonObject root = changed(defaults(), QStringLiteral("attendance"), 0, QStringLiteral("problem"), 0.10);
    CHECK(says(refusal(root), QStringLiteral("$.domains.attendance[0].problem"), QStringLiteral("overlap")));
    root = changed(defaults(), QStringLiteral("family"), 0, QStringLiteral("problem"),
                   QJsonArray{QStringLiteral("institution")});
    CHECK(says(refusal(root), QStringLiteral("$.domains.family[0].problem[0]"), QStringLiteral("overlap")));
    QJsonObject second = ruleOf(defaults(), QStringLiteral("attendance"), 0);
    second.insert(QStringLiteral("id"), QStringLiteral("absence_again"));
    second.insert(QStringLiteral("at_risk"), 0.15);
    root = withRule(defaults(), QStringLiteral("attendance"), 1, second);
    const Error e = refusal(root);
    CHECK(says(e, QStringLiteral("$.domains.attendance[1].signal"), QStringLiteral("overlaps rule \"absence_rate\"")));
}

TEST_CASE("Risk rules: values out of range or of the wrong type are refused", "[risk][rules]")
{
    CHECK(says(refusal(changed(defaults(), QStringLiteral("attendance"), 0, QStringLiteral("problem"), 1.5)),
               QStringLiteral("$.domains.attendance[0].problem"), QStringLiteral("out of range")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("academic"), 0, QStringLiteral("at_risk"), 1.5)),
               QStringLiteral("$.domains.academic[0].at_risk"), QStringLiteral("not a whole number")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("academic"), 1, QStringLiteral("problem"), 5)),
               QStringLiteral("$.domains.academic[1].problem"), QStringLiteral("out of range")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("attendance"), 0, QStringLiteral("at_risk"),
                               QStringLiteral("ten percent"))),
               QStringLiteral("$.domains.attendance[0].at_risk"),
               QStringLiteral("expected a number but found string")));
    QJsonObject root = defaults();
    root.insert(QStringLiteral("min_days_enrolled"), 0);
    CHECK(says(refusal(root), QStringLiteral("$.min_days_enrolled"), QStringLiteral("out of range")));
}

TEST_CASE("Risk rules: a rule without a threshold is refused", "[risk][rules]")
{
    QJsonObject root
            = changed(defaults(), QStringLiteral("academic"), 1, QStringLiteral("problem"), QJsonValue::Undefined);
    CHECK(says(refusal(root), QStringLiteral("$.domains.academic[1]"), QStringLiteral("no threshold")));
}

TEST_CASE("Risk rules: a rule id used twice is refused", "[risk][rules]")
{
    const QJsonObject root = changed(defaults(), QStringLiteral("behaviour"), 1, QStringLiteral("id"),
                                     QStringLiteral("minor_incidents"));
    CHECK(says(refusal(root), QStringLiteral("$.domains.behaviour[1].id"), QStringLiteral("used twice")));
}

TEST_CASE("Risk rules: unknown levels, marks, respondents and arrangements are refused", "[risk][rules]")
{
    QJsonObject rule = ruleOf(defaults(), QStringLiteral("emotional"), 0);
    rule.insert(QStringLiteral("bands"), QJsonObject{{QStringLiteral("problem"), QStringLiteral("severe")}});
    CHECK(says(refusal(withRule(defaults(), QStringLiteral("emotional"), 0, rule)),
               QStringLiteral("$.domains.emotional[0].bands.problem"), QStringLiteral("unknown level \"severe\"")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("emotional"), 0, QStringLiteral("respondents"),
                               QJsonArray{QStringLiteral("teacher"), QStringLiteral("doctor")})),
               QStringLiteral("$.domains.emotional[0].respondents[1]"), QStringLiteral("unknown respondent")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("academic"), 0, QStringLiteral("marks"),
                               QJsonArray{QStringLiteral("0"), QStringLiteral("F")})),
               QStringLiteral("$.domains.academic[0].marks[1]"), QStringLiteral("unknown mark")));
    CHECK(says(refusal(changed(defaults(), QStringLiteral("family"), 0, QStringLiteral("at_risk"),
                               QJsonArray{QStringLiteral("grandparents"), QStringLiteral("aunt")})),
               QStringLiteral("$.domains.family[0].at_risk[1]"), QStringLiteral("unknown living arrangement")));
    QJsonObject root = defaults();
    QJsonObject overall = root.value(QStringLiteral("overall")).toArray().at(0).toObject();
    overall.insert(QStringLiteral("level"), QStringLiteral("normal"));
    root.insert(QStringLiteral("overall"), QJsonArray{overall});
    CHECK(says(refusal(root), QStringLiteral("$.overall[0].level"), QStringLiteral("unknown level")));
}

TEST_CASE("Risk rules: an overall rule asking for more domains than it lists is refused", "[risk][rules]")
{
    QJsonObject root = defaults();
    const QJsonObject overall{
            {QStringLiteral("id"), QStringLiteral("two_of_two")},
            {QStringLiteral("level"), QStringLiteral("problem")},
            {QStringLiteral("domains_at_least"), QStringLiteral("at_risk")},
            {QStringLiteral("domains"), QJsonArray{QStringLiteral("attendance"), QStringLiteral("academic")}},
            {QStringLiteral("min_domains"), 3}};
    root.insert(QStringLiteral("overall"), QJsonArray{overall});
    CHECK(says(refusal(root), QStringLiteral("$.overall[0].min_domains"), QStringLiteral("out of range")));
    root.insert(QStringLiteral("overall"), QJsonArray{});
    CHECK(says(refusal(root), QStringLiteral("$.overall"), QStringLiteral("non-empty array")));
}

TEST_CASE("Risk rules: a file that cannot be read names the file", "[risk][rules]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.json"));
    auto loaded = RuleSetLoader::fromFile(missing);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().location == missing);
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(defaults()).toJson());
    file.close();
    auto ok = RuleSetLoader::fromFile(path);
    INFO((ok.ok() ? std::string() : ok.error().describe().toStdString()));
    REQUIRE(ok.ok());
    CHECK(ok->versionTag() == QStringLiteral("care-default@1"));
}
