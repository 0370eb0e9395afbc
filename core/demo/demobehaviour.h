#pragma once

#include "demo/demoindicatorsetup.h"
#include "domain/indicators.h"

#include <QDate>
#include <QList>

namespace care {
struct BulkRow;
}

namespace care::demo {

// Behaviour incidents and daily absences.
//
// Incidents: a minority of school-age children (P.1 and up) have some in a
// term, mostly minor (disrupting lessons, skipping class, gaming, teasing),
// a few serious (fights, drugs, weapons); the more a child misses school,
// the higher their SDQ and the more their difficulties lean to conduct, the
// likelier. Drugs and risky sexual behaviour only from M.1. Each has a
// short Thai note, sealed.
//
// Daily absences: at the school of the demo accounts (where people look;
// every school's would cost more time than it shows), the current,
// unfinished term has one row per day absent or late, on distinct teaching
// days, exactly as many as the term record counts (the roll-up of the
// indicator service then agrees with it).
class IncidentMaker {
public:
    explicit IncidentMaker(const IndicatorSetup &setup);

    void write(QList<BulkRow> &rows, const IndicatorStudent &student, const ScreeningSignals &found);
    int incidents() const { return m_incidents; }
    int dailyAbsences() const { return m_daily; }

private:
    void incident(QList<BulkRow> &rows, const IndicatorStudent &student, int year, const QDate &on,
                  Severity severity);
    void daily(QList<BulkRow> &rows, const IndicatorStudent &student, const TermResult &term);
    QDate dayIn(int year, int term, int enrolledDays);

    const IndicatorSetup &m_setup;
    QList<QDate> m_currentDays;  // teaching days of the current term so far
    int m_incidents = 0;
    int m_daily = 0;
};

} // namespace care::demo
