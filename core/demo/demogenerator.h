#pragma once

#include "security/crypto.h"
#include "util/result.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace care::demo {

// A realistic, deterministic demo municipality: same options → same content.
struct DemoOptions {
    int students = 8000;
    std::uint64_t seed = 1;
    int currentYearBe = 0;  // academic year (BE) the demo is "now"; 0 = the one running today
    // Argon2id cost of the demo accounts (demoaccounts.h); tests may lower it.
    crypto::PasswordCost passwordCost = crypto::PasswordCost::standard();
};

struct DemoSummary {
    int schools = 0;
    int classrooms = 0;
    int students = 0;
    int guardians = 0;
    int households = 0;
    int attendanceRecords = 0;
    int academicRecords = 0;
    int screeningResults = 0;
    int behaviourIncidents = 0;
    int dailyAbsences = 0;
    int riskAssessments = 0;  // history rows of risk levels
    int studentsAtRisk = 0;   // current overall level
    int studentsWithProblem = 0;
    qint64 elapsedMs = 0;
};

// progress(done, total) is called now and then; returning false cancels
// (the file is then removed, nothing half-written stays).
using DemoProgress = std::function<bool(int done, int total)>;

// Creates a new database file at `path` (refuses an existing file), set up
// with the demo accounts (demoaccounts.h); the file is left locked.
Result<DemoSummary> generate(const QString &path, const DemoOptions &options, const DemoProgress &progress = {});

} // namespace care::demo
