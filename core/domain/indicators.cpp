#include "domain/indicators.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace care {

struct IndicatorText {
    Q_DECLARE_TR_FUNCTIONS(IndicatorText)
};

namespace {

template <typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, const char *>, N>;

constexpr CodeTable<AbsenceKind, 2> absenceCodes{{{AbsenceKind::Absent, "absent"}, {AbsenceKind::Late, "late"}}};
constexpr CodeTable<MarkKind, 3> markCodes{{
        {MarkKind::Fail, "0"},
        {MarkKind::Incomplete, "ร"},
        {MarkKind::NotAllowed, "มส"},
}};
constexpr CodeTable<BehaviourKind, 10> behaviourCodes{{
        {BehaviourKind::Truancy, "truancy"},
        {BehaviourKind::Disruption, "disruption"},
        {BehaviourKind::Bullying, "bullying"},
        {BehaviourKind::Violence, "violence"},
        {BehaviourKind::SubstanceUse, "substance_use"},
        {BehaviourKind::Weapon, "weapon"},
        {BehaviourKind::Vandalism, "vandalism"},
        {BehaviourKind::SexualBehaviour, "sexual_behaviour"},
        {BehaviourKind::OnlineOveruse, "online_overuse"},
        {BehaviourKind::Other, "other"},
}};
constexpr CodeTable<Severity, 2> severityCodes{{{Severity::Minor, "minor"}, {Severity::Serious, "serious"}}};

// The codes are UTF-8 (the marks are Thai).
template <typename E, std::size_t N>
QString codeIn(const CodeTable<E, N> &table, E value)
{
    for (const auto &[v, c] : table)
        if (v == value)
            return QString::fromUtf8(c);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const CodeTable<E, N> &table, const QString &text)
{
    for (const auto &[v, c] : table)
        if (text == QString::fromUtf8(c))
            return v;
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesIn(const CodeTable<E, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

}  // namespace

#define CARE_INDICATOR_CODES(E, table)                                                                                 \
    template <>                                                                                                        \
    QString code<E>(E value)                                                                                           \
    {                                                                                                                  \
        return codeIn(table, value);                                                                                   \
    }                                                                                                                  \
    template <>                                                                                                        \
    std::optional<E> fromCode<E>(const QString &text)                                                                  \
    {                                                                                                                  \
        return valueIn(table, text);                                                                                   \
    }                                                                                                                  \
    template <>                                                                                                        \
    QList<E> allValues<E>()                                                                                            \
    {                                                                                                                  \
        return valuesIn(table);                                                                                        \
    }

CARE_INDICATOR_CODES(AbsenceKind, absenceCodes)
CARE_INDICATOR_CODES(MarkKind, markCodes)
CARE_INDICATOR_CODES(BehaviourKind, behaviourCodes)
CARE_INDICATOR_CODES(Severity, severityCodes)
#undef CARE_INDICATOR_CODES

QString label(AbsenceKind value)
{
    return value == AbsenceKind::Absent ? IndicatorText::tr("Absent") : IndicatorText::tr("Late");
}

QString label(MarkKind value)
{
    switch (value) {
    case MarkKind::Fail:
        return IndicatorText::tr("0 (fail)");
    case MarkKind::Incomplete:
        return IndicatorText::tr("ร (incomplete)");
    case MarkKind::NotAllowed:
        return IndicatorText::tr("มส (not allowed to sit the exam)");
    }
    return {};
}

QString label(BehaviourKind value)
{
    switch (value) {
    case BehaviourKind::Truancy:
        return IndicatorText::tr("Truancy");
    case BehaviourKind::Disruption:
        return IndicatorText::tr("Disrupting lessons");
    case BehaviourKind::Bullying:
        return IndicatorText::tr("Bullying");
    case BehaviourKind::Violence:
        return IndicatorText::tr("Fighting or violence");
    case BehaviourKind::SubstanceUse:
        return IndicatorText::tr("Drugs, alcohol or smoking");
    case BehaviourKind::Weapon:
        return IndicatorText::tr("Carrying a weapon");
    case BehaviourKind::Vandalism:
        return IndicatorText::tr("Vandalism or theft");
    case BehaviourKind::SexualBehaviour:
        return IndicatorText::tr("Risky sexual behaviour");
    case BehaviourKind::OnlineOveruse:
        return IndicatorText::tr("Gaming or internet overuse");
    case BehaviourKind::Other:
        return IndicatorText::tr("Other");
    }
    return {};
}

QString label(Severity value)
{
    return value == Severity::Minor ? IndicatorText::tr("Minor") : IndicatorText::tr("Serious");
}

std::optional<MarkKind> markFromText(const QString &text)
{
    QString typed = text.simplified().remove(QLatin1Char(' ')).toLower();
    if (typed == QLatin1String("r"))
        return MarkKind::Incomplete;
    if (typed == QLatin1String("ms"))
        return MarkKind::NotAllowed;
    return fromCode<MarkKind>(typed);
}

}  // namespace care
