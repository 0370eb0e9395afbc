#include "risk/ruleset.h"

#include "locale/language.h"

namespace care {

bool RiskRule::matchesInstrument(const QString &instrumentId) const
{
    // A family ("sdq") covers its versions ("sdq-teacher-4-17", "sdq-self-11-17" …).
    return instrumentId == instrument
            || (instrumentId.size() > instrument.size() && instrumentId.startsWith(instrument)
                && instrumentId.at(instrument.size()) == QLatin1Char('-'));
}

QString RuleSet::title() const
{
    const QString preferred = currentLanguage() == Language::Thai ? titleTh : titleEn;
    if (!preferred.isEmpty())
        return preferred;
    return titleTh.isEmpty() ? (titleEn.isEmpty() ? id : titleEn) : titleTh;
}

QList<const RiskRule *> RuleSet::rulesOf(RiskDomain domain) const
{
    QList<const RiskRule *> found;
    for (const RiskRule &rule : rules)
        if (rule.domain == domain)
            found << &rule;
    return found;
}

bool RuleSet::uses(RiskSignal signal) const
{
    for (const RiskRule &rule : rules)
        if (rule.signal == signal)
            return true;
    return false;
}

QStringList RuleSet::instruments() const
{
    QStringList found;
    for (const RiskRule &rule : rules)
        if (rule.signal == RiskSignal::ScreeningBand && !found.contains(rule.instrument))
            found << rule.instrument;
    return found;
}

}  // namespace care
