#include "risk/risksignal.h"

#include <QStringList>

namespace care {

const QList<SignalInfo> &allSignals()
{
    static const QList<SignalInfo> signalList{
            {RiskSignal::AbsenceRate, "absence_rate", SignalKind::HigherIsWorse, 0.01, 1.0, false, false},
            {RiskSignal::NonPassingMarks, "non_passing_marks", SignalKind::HigherIsWorse, 1.0, 100.0, true, false},
            {RiskSignal::Gpa, "gpa", SignalKind::LowerIsWorse, 0.0, 4.0, false, true},
            {RiskSignal::MinorIncidents, "minor_incidents", SignalKind::HigherIsWorse, 1.0, 1000.0, true, false},
            {RiskSignal::SeriousIncidents, "serious_incidents", SignalKind::HigherIsWorse, 1.0, 1000.0, true, false},
            {RiskSignal::ScreeningBand, "screening_band", SignalKind::Bands, 0.0, 0.0, false, false},
            {RiskSignal::IncomePerPerson, "income_per_person", SignalKind::LowerIsWorse, 0.0, 1'000'000.0, false,
             false},
            {RiskSignal::LivingArrangement, "living_arrangement", SignalKind::Codes, 0.0, 0.0, false, false},
    };
    return signalList;
}

const SignalInfo &signalInfo(RiskSignal signal)
{
    for (const SignalInfo &info : allSignals())
        if (info.signal == signal)
            return info;
    return allSignals().first();
}

std::optional<RiskSignal> signalFromCode(const QString &text)
{
    for (const SignalInfo &info : allSignals())
        if (text == QLatin1String(info.code))
            return info.signal;
    return std::nullopt;
}

QString code(RiskSignal signal)
{
    return QLatin1String(signalInfo(signal).code);
}

const QStringList &protectedAttributes()
{
    static const QStringList words{QStringLiteral("sex"),  QStringLiteral("gender"),   QStringLiteral("ethnicity"),
                                   QStringLiteral("race"), QStringLiteral("religion"), QStringLiteral("nationality")};
    return words;
}

}  // namespace care
