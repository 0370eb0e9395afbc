#pragma once

#include "domain/enums.h"

#include <QList>

namespace care::demo {

// The numbers behind the demo's school population (see demoplan.h).

Grade gradeAt(int ordinal);
bool isPreschool(Grade grade);

// Share of a school's top grade that goes on to the next grade in another
// demo school (early childhood → K1, P6 → M1, M3 → M4); the rest graduate away.
double stayShare(Grade top);

// Children stay two years in a child development centre (ages 2 and 3).
constexpr double kEcdSecondYearShare = 0.5;

// Yearly drop-out/move-away rate; it rises with age.
double leaveRate(Grade grade);
// This year's share of leavers so far (the year is in its second term).
double leaveRateThisTerm(Grade grade);
constexpr double kMoveThisTerm = 0.005;

// Largest remainder: whole counts summing to `total`, proportional to weights.
QList<int> apportion(const QList<double> &weights, int total);

// Rooms of about 34 (20 in early childhood), never more than 40 (25).
int roomsFor(Grade grade, int students);

} // namespace care::demo
