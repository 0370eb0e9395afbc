#include "risk/riskevaluator.h"

#include "risk/compactjson.h"
#include "risk/riskhits.h"

#include <algorithm>
#include <array>

namespace care {
namespace {

using riskhits::Arg;
using riskhits::Hit;

struct Reason {
    const QString *rule = nullptr;
    Hit hit;
};

struct DomainJudgement {
    RiskLevel level = RiskLevel::Normal;
    QVarLengthArray<Reason, 4> reasons;
};

struct Judgement {
    std::array<DomainJudgement, 8> domains;
    RiskLevel overall = RiskLevel::Normal;
    QVarLengthArray<Reason, 2> overallReasons;
};

const char *levelCode(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Normal: return "normal";
    case RiskLevel::AtRisk: return "at_risk";
    case RiskLevel::Problem: return "problem";
    }
    return "normal";
}

void addReason(DomainJudgement &domain, const QString &rule, Hit &&hit)
{
    // The same evidence found by two rules (e.g. a total band that both a
    // problem rule and an at-risk rule read) is told once, with the
    // stronger of the two levels and its rule.
    for (Reason &told : domain.reasons) {
        if (std::strcmp(told.hit.evidence, hit.evidence) != 0 || !(told.hit.args == hit.args))
            continue;
        if (rank(hit.level) > rank(told.hit.level))
            told = Reason{&rule, std::move(hit)};
        domain.level = worse(domain.level, told.hit.level);
        return;
    }
    domain.level = worse(domain.level, hit.level);
    domain.reasons.append(Reason{&rule, std::move(hit)});
}

void combineOverall(const RuleSet &rules, Judgement &j)
{
    static const QList<RiskDomain> everyDomain = allValues<RiskDomain>();
    for (const OverallRule &rule : rules.overall) {
        QStringList reached;
        for (RiskDomain d : rule.domains.isEmpty() ? everyDomain : rule.domains)
            if (rank(j.domains[std::size_t(d)].level) >= rank(rule.domainsAtLeast))
                reached << code(d);
        if (reached.size() < rule.minDomains || rank(rule.level) < rank(j.overall))
            continue;
        if (rank(rule.level) > rank(j.overall))
            j.overallReasons.clear();
        j.overall = rule.level;
        Hit hit;
        hit.level = rule.level;
        hit.evidence = "domains";
        hit.args.append(riskhits::textArg("at_least", code(rule.domainsAtLeast)));
        hit.args.append(riskhits::listArg("domains", reached));
        hit.args.append(riskhits::integerArg("min_domains", rule.minDomains));
        // Two rules that reached the same domains read the same in words: told once.
        const bool told = std::any_of(j.overallReasons.cbegin(), j.overallReasons.cend(), [&hit](const Reason &r) {
            return r.hit.args.size() >= 2 && r.hit.args[0] == hit.args[0] && r.hit.args[1] == hit.args[1];
        });
        if (!told)
            j.overallReasons.append(Reason{&rule.id, std::move(hit)});
    }
}

void writeArg(QByteArray &out, const Arg &arg)
{
    switch (arg.kind) {
    case Arg::Kind::Integer: compactjson::integer(out, arg.integer); return;
    case Arg::Kind::Real: compactjson::number(out, arg.real); return;
    case Arg::Kind::Text: compactjson::string(out, arg.text); return;
    case Arg::Kind::List:
        out += '[';
        for (qsizetype i = 0; i < arg.list.size(); ++i) {
            if (i > 0)
                out += ',';
            compactjson::string(out, arg.list.at(i));
        }
        out += ']';
        return;
    }
}

template <typename Reasons>
void writeReasons(QByteArray &out, const Reasons &reasons)
{
    out += '[';
    for (qsizetype r = 0; r < reasons.size(); ++r) {
        const Reason &reason = reasons[r];
        out += r > 0 ? ",{\"args\":{" : "{\"args\":{";
        for (qsizetype i = 0; i < reason.hit.args.size(); ++i) {
            if (i > 0)
                out += ',';
            compactjson::string(out, reason.hit.args[i].key);
            out += ':';
            writeArg(out, reason.hit.args[i]);
        }
        out += "},\"evidence\":";
        compactjson::string(out, reason.hit.evidence);
        out += ",\"level\":";
        compactjson::string(out, levelCode(reason.hit.level));
        out += ",\"rule\":";
        compactjson::string(out, *reason.rule);
        out += '}';
    }
    out += ']';
}

// Domains in the order of their codes, as a JSON object keeps its keys.
const std::array<RiskDomain, 8> &domainsByCode()
{
    static const std::array<RiskDomain, 8> order = [] {
        std::array<RiskDomain, 8> sorted{};
        const QList<RiskDomain> all = allValues<RiskDomain>();
        std::copy(all.begin(), all.end(), sorted.begin());
        std::sort(sorted.begin(), sorted.end(), [](RiskDomain a, RiskDomain b) { return code(a) < code(b); });
        return sorted;
    }();
    return order;
}

QByteArray write(const Judgement &j)
{
    QByteArray out;
    out.reserve(512);
    out += "{\"domains\":{";
    bool first = true;
    for (RiskDomain d : domainsByCode()) {
        const DomainJudgement &domain = j.domains[std::size_t(d)];
        if (domain.level == RiskLevel::Normal)
            continue;
        if (!first)
            out += ',';
        first = false;
        compactjson::string(out, code(d));
        out += ":{\"level\":";
        compactjson::string(out, levelCode(domain.level));
        out += ",\"reasons\":";
        writeReasons(out, domain.reasons);
        out += '}';
    }
    out += "},\"overall\":{\"level\":";
    compactjson::string(out, levelCode(j.overall));
    out += ",\"reasons\":";
    writeReasons(out, j.overallReasons);
    out += "}}";
    return out;
}

} // namespace

RiskVerdict RiskEvaluator::judge(const RuleSet &rules, const RiskInputs &inputs)
{
    Judgement j;
    riskhits::Hits hits;
    for (const RiskRule &rule : rules.rules) {
        hits.clear();
        riskhits::find(rule, inputs, hits);
        for (Hit &hit : hits)
            addReason(j.domains[std::size_t(rule.domain)], rule.id, std::move(hit));
    }
    combineOverall(rules, j);
    RiskVerdict verdict;
    verdict.overall = j.overall;
    for (const DomainJudgement &d : j.domains)
        verdict.flagged = verdict.flagged || d.level != RiskLevel::Normal;
    verdict.content = write(j);
    return verdict;
}

RiskOutcome RiskEvaluator::evaluate(const RuleSet &rules, const RiskInputs &inputs)
{
    auto outcome = RiskOutcome::fromJson(judge(rules, inputs).content);
    return outcome ? outcome.value() : RiskOutcome();
}

} // namespace care
