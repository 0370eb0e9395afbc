#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace care {

// What a risk rule looks at: a closed vocabulary, so a rule file can only
// name inputs the engine gathers. None of them is (or derives from) sex,
// ethnicity, religion or nationality.
enum class RiskSignal {
    AbsenceRate,        // "absence_rate": days absent / days enrolled in the latest term (0–1)
    NonPassingMarks,    // "non_passing_marks": marks 0, ร, มส in the latest graded term
    Gpa,                // "gpa": GPA of the latest graded term (0–4)
    MinorIncidents,     // "minor_incidents": minor behaviour incidents in the current term
    SeriousIncidents,   // "serious_incidents": serious behaviour incidents in the current term
    ScreeningBand,      // "screening_band": bands of the latest screening results this school year
    IncomePerPerson,    // "income_per_person": household income per person per month (baht)
    LivingArrangement,  // "living_arrangement": who the student lives with
};

// How a signal's thresholds compare.
enum class SignalKind {
    HigherIsWorse,  // level when value ≥ threshold; at_risk < problem
    LowerIsWorse,   // level when value ≤ threshold (or < when strict); at_risk > problem
    Bands,          // screening bands map to levels
    Codes,          // listed codes map to levels
};

struct SignalInfo {
    RiskSignal signal;
    const char *code;
    SignalKind kind;
    double min = 0;  // allowed threshold range
    double max = 0;
    bool integer = false;  // thresholds are whole numbers
    bool strict = false;   // LowerIsWorse: value < threshold instead of ≤
};

const QList<SignalInfo> &allSignals();
const SignalInfo &signalInfo(RiskSignal signal);
std::optional<RiskSignal> signalFromCode(const QString &code);
QString code(RiskSignal signal);

// Words a rule may never name (DOMAIN.md §2): personal characteristics that
// must not decide whether a child is at risk.
const QStringList &protectedAttributes();

}  // namespace care
