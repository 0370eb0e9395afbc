#include "demo/demorandom.h"

#include <limits>

namespace care::demo {

int DemoRandom::below(int bound)
{
    if (bound <= 1)
        return 0;
    // Rejection keeps every value equally likely (no modulo bias).
    const auto range = static_cast<std::uint64_t>(bound);
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t value = m_engine();
    while (value >= limit)
        value = m_engine();
    return static_cast<int>(value % range);
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + below(high - low + 1);
}

double DemoRandom::unit()
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);  // 2^-53
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * unit();
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

double DemoRandom::bell()
{
    return (unit() + unit() + unit()) / 1.5 - 1.0;
}

double DemoRandom::normal()
{
    return (unit() + unit() + unit() + unit() - 2.0) * 1.7320508075688772;  // sqrt(3): the sum's sd is 1/sqrt(3)
}

int DemoRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double point = unit() * total;
    for (int i = 0; i < weights.size(); ++i) {
        if (point < weights.at(i))
            return i;
        point -= weights.at(i);
    }
    // Rounding left a sliver: the last positive weight takes it.
    for (int i = int(weights.size()) - 1; i >= 0; --i)
        if (weights.at(i) > 0)
            return i;
    return 0;
}

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace care::demo
