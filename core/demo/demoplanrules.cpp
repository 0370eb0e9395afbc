#include "demo/demoplanrules.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace care::demo {

Grade gradeAt(int ordinal)
{
    static const QList<Grade> grades = allValues<Grade>();
    return grades.at(ordinal);
}

double stayShare(Grade top)
{
    switch (top) {
    case Grade::EarlyChildhood: return 0.6;
    case Grade::P6: return 0.35;
    case Grade::M3: return 0.3;
    default: return 0.0;
    }
}

bool isPreschool(Grade grade) { return gradeOrdinal(grade) <= gradeOrdinal(Grade::K3); }

double leaveRate(Grade g)
{
    if (gradeOrdinal(g) <= gradeOrdinal(Grade::P6))
        return 0.006;
    return gradeOrdinal(g) <= gradeOrdinal(Grade::M3) ? 0.02 : 0.03;
}

double leaveRateThisTerm(Grade grade) { return leaveRate(grade) * 0.6; }
QList<int> apportion(const QList<double> &weights, int total)
{
    QList<int> counts(weights.size(), 0);
    double sum = 0;
    for (double w : weights)
        sum += w;
    if (sum <= 0 || total <= 0)
        return counts;
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = total * weights.at(i) / sum;
        counts[i] = int(std::floor(exact));
        given += counts[i];
        remainders.append({exact - counts[i], i});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int k = 0; given < total; ++k, ++given)
        ++counts[remainders.at(k % remainders.size()).second];
    return counts;
}

int roomsFor(Grade grade, int students)
{
    if (students <= 0)
        return 0;
    const bool early = grade == Grade::EarlyChildhood;
    const double target = early ? 20.0 : 34.0;
    const int most = early ? 25 : 40;
    int rooms = std::max(1, int(std::lround(students / target)));
    while ((students + rooms - 1) / rooms > most)
        ++rooms;
    return rooms;
}

} // namespace care::demo
