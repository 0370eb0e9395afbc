#pragma once

#include "demo/demoaccounts.h"
#include "demo/demoanswers.h"
#include "demo/democalendar.h"
#include "demo/demoplan.h"
#include "demo/demorecords.h"
#include "demo/demostructure.h"
#include "security/fieldcipher.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace care {
class IdGenerator;
}

namespace care::demo {

class DemoRandom;

// What the makers of screening results, behaviour incidents and daily
// absences share. They run on the thread that makes the rows.
struct IndicatorSetup {
    const DemoCalendar &calendar;
    const DemoStructure &structure;
    DemoStaff staff;
    DemoRandom &random;    // a stream of its own: the rest of the demo stays as it was
    IdGenerator &ids;      // likewise
    FieldCipherPtr cipher;
    std::uint64_t seed;    // spreads the classes' screening days
};

// One student as those makers see them: the plan and the term records made
// before, so screening and behaviour can follow attendance and marks.
struct IndicatorStudent {
    QString id;
    const StudentPlan *plan = nullptr;
    QDate birth;
    QList<TermResult> terms;

    const TermResult *term(int year, int term) const;
    // How a year went: 0 well, 1 at risk (absent ≥ 10% or a failing mark),
    // 2 poorly (absent ≥ 20%, three failing marks or a GPA below 1.5).
    int weakness(int year) const;
};

// What a student's screenings said, for the incidents made next.
struct ScreeningSignals {
    ChildTraits traits;
    std::array<std::optional<double>, 2> difficulty;  // per year: the teacher form's, if screened
};

} // namespace care::demo
