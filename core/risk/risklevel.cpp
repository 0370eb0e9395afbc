#include "risk/risklevel.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace care {

struct RiskLevelText {
    Q_DECLARE_TR_FUNCTIONS(RiskLevelText)
};

namespace {

constexpr std::array<std::pair<RiskLevel, const char *>, 3> kLevelCodes{{
        {RiskLevel::Normal, "normal"},
        {RiskLevel::AtRisk, "at_risk"},
        {RiskLevel::Problem, "problem"},
}};

constexpr std::array<std::pair<RiskDomain, const char *>, 8> kDomainCodes{{
        {RiskDomain::Attendance, "attendance"},
        {RiskDomain::Academic, "academic"},
        {RiskDomain::Behaviour, "behaviour"},
        {RiskDomain::Emotional, "emotional"},
        {RiskDomain::Economic, "economic"},
        {RiskDomain::Family, "family"},
        {RiskDomain::Health, "health"},
        {RiskDomain::SpecialNeeds, "special_needs"},
}};

template <typename Table, typename E>
QString codeIn(const Table &table, E value)
{
    for (const auto &[v, c] : table)
        if (v == value)
            return QLatin1String(c);
    return {};
}

template <typename E, typename Table>
std::optional<E> valueIn(const Table &table, const QString &text)
{
    for (const auto &[v, c] : table)
        if (text == QLatin1String(c))
            return v;
    return std::nullopt;
}

template <typename E, typename Table>
QList<E> valuesIn(const Table &table)
{
    QList<E> values;
    for (const auto &pair : table)
        values << pair.first;
    return values;
}

}  // namespace

template <>
QString code<RiskLevel>(RiskLevel value)
{
    return codeIn(kLevelCodes, value);
}
template <>
std::optional<RiskLevel> fromCode<RiskLevel>(const QString &text)
{
    return valueIn<RiskLevel>(kLevelCodes, text);
}
template <>
QList<RiskLevel> allValues<RiskLevel>()
{
    return valuesIn<RiskLevel>(kLevelCodes);
}
template <>
QString code<RiskDomain>(RiskDomain value)
{
    return codeIn(kDomainCodes, value);
}
template <>
std::optional<RiskDomain> fromCode<RiskDomain>(const QString &text)
{
    return valueIn<RiskDomain>(kDomainCodes, text);
}
template <>
QList<RiskDomain> allValues<RiskDomain>()
{
    return valuesIn<RiskDomain>(kDomainCodes);
}

QString label(RiskLevel value)
{
    switch (value) {
    case RiskLevel::Normal:
        return RiskLevelText::tr("Normal");
    case RiskLevel::AtRisk:
        return RiskLevelText::tr("At risk");
    case RiskLevel::Problem:
        return RiskLevelText::tr("Problem");
    }
    return {};
}

QString label(RiskDomain value)
{
    switch (value) {
    case RiskDomain::Attendance:
        return RiskLevelText::tr("Attendance");
    case RiskDomain::Academic:
        return RiskLevelText::tr("Learning");
    case RiskDomain::Behaviour:
        return RiskLevelText::tr("Behaviour");
    case RiskDomain::Emotional:
        return RiskLevelText::tr("Emotional and mental health");
    case RiskDomain::Economic:
        return RiskLevelText::tr("Economic");
    case RiskDomain::Family:
        return RiskLevelText::tr("Family and protection");
    case RiskDomain::Health:
        return RiskLevelText::tr("Health");
    case RiskDomain::SpecialNeeds:
        return RiskLevelText::tr("Special needs");
    }
    return {};
}

}  // namespace care
