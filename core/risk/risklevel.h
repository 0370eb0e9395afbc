#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace care {

// The Thai three groups of the student care system, in order of concern:
// normal ปกติ, at risk เสี่ยง, problem มีปัญหา. Stored by code everywhere
// (risk_assessment, risk_current, reasons, rule files).
enum class RiskLevel {
    Normal,   // "normal"
    AtRisk,   // "at_risk"
    Problem,  // "problem"
};

// The domains a student is screened in (DOMAIN.md §1). Sex, ethnicity,
// religion and nationality are never a domain nor an input of one.
enum class RiskDomain {
    Attendance,    // "attendance"
    Academic,      // "academic"
    Behaviour,     // "behaviour"
    Emotional,     // "emotional": mental health (SDQ)
    Economic,      // "economic"
    Family,        // "family": family and protection
    Health,        // "health"
    SpecialNeeds,  // "special_needs"
};

template <>
QString code<RiskLevel>(RiskLevel value);
template <>
std::optional<RiskLevel> fromCode<RiskLevel>(const QString &text);
template <>
QList<RiskLevel> allValues<RiskLevel>();
template <>
QString code<RiskDomain>(RiskDomain value);
template <>
std::optional<RiskDomain> fromCode<RiskDomain>(const QString &text);
template <>
QList<RiskDomain> allValues<RiskDomain>();

QString label(RiskLevel value);   // translated: "Normal", "At risk", "Problem"
QString label(RiskDomain value);  // translated: "Attendance", …

inline int rank(RiskLevel level)
{
    return static_cast<int>(level);
}
inline RiskLevel worse(RiskLevel a, RiskLevel b)
{
    return rank(a) >= rank(b) ? a : b;
}

}  // namespace care
