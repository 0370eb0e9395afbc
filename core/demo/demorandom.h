#pragma once

#include <QList>

#include <cstdint>
#include <random>

namespace care::demo {

// The demo's only source of chance. std::mt19937_64 is fully specified by
// the C++ standard, but the std:: distributions are not (each standard
// library maps bits to numbers its own way), so the mapping is done here:
// the same seed gives the same demo on every platform.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t bits() { return m_engine(); }
    int below(int bound);                  // 0 .. bound-1 (bound >= 1), unbiased
    int between(int low, int high);        // low .. high inclusive
    double unit();                         // [0, 1) with 53 random bits
    double uniform(double low, double high);
    bool chance(double probability);
    // Sum of three uniforms, centred: a cheap bell shape in [-1, 1).
    double bell();
    // Sum of four uniforms scaled to mean 0 and standard deviation 1: close
    // to a normal distribution, in [-3.47, 3.47), with no library maths.
    double normal();
    // Index into weights (non-negative, at least one positive).
    int weighted(const QList<double> &weights);

    template <typename T>
    const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }

    template <typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64 step: derives independent seeds for separate streams.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream);

} // namespace care::demo
