#pragma once

#include <QDate>
#include <QDateTime>

#include <array>

namespace care::demo {

struct DemoTerm {
    int number = 1;
    QDate startsOn;
    QDate endsOn;
    int schoolDays = 0;   // teaching days of the whole term
    int elapsedDays = 0;  // teaching days up to the demo's "now" (= schoolDays once the term is over)
    bool finished() const { return elapsedDays >= schoolDays; }
};

struct DemoYear {
    int yearBe = 0;
    QDate startsOn;
    QDate endsOn;
    std::array<DemoTerm, 2> terms;
};

// The two academic years of the demo and its fixed "now": 20 November of the
// current year, 09:00 in Thailand, so term 2 is three weeks old. Everything
// follows from the year alone, never from the wall clock.
struct DemoCalendar {
    std::array<DemoYear, 2> years;  // [0] last year, [1] the current year
    QDateTime nowUtc;

    static DemoCalendar forYear(int currentYearBe);
    QDate today() const;
};

// The academic year (BE) running on `today`: it starts on 16 May.
int academicYearRunningOn(const QDate &today);

} // namespace care::demo
