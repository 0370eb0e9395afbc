#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <cstdint>

namespace care {
class Database;
}

namespace care::demo {

struct DemoRiskCounts {
    int assessments = 0;  // history rows: one per student and moment whose outcome changed
    int atRisk = 0;       // students whose current overall level is at risk
    int problem = 0;      // … problem
};

// Every student's risk levels as they stood at each moment (oldest first),
// with the real engine and the rules in force: the same recompute as
// RiskService::recomputeAll, each moment seeing only the data up to its day
// (its term's attendance, marks and incidents, that school year's
// screenings), stamped with that moment. So each student gets a timeline:
// a history row wherever the outcome changed. Batches of one transaction
// each, with record ids from `seed`, so the same demo gets the same history.
// Needs the database key (the demo is signed in).
Result<DemoRiskCounts> writeRiskHistory(Database &db, const QList<QDateTime> &momentsUtc, std::uint64_t seed);

} // namespace care::demo
