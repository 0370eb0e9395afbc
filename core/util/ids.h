#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <random>

namespace care {

class Clock;

// Record ids are UUID version 7 (RFC 9562): 48 bits of Unix milliseconds then
// random bits, so ids made on many PCs never collide and sort by creation time.
class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    virtual QString next() = 0;
};

// Production generator: system clock and the OS random source; ids made in
// the same millisecond stay ordered through a counter in the random field.
class UuidV7Generator final : public IdGenerator {
public:
    explicit UuidV7Generator(const Clock &clock);
    QString next() override;

private:
    const Clock &m_clock;
    qint64 m_lastMs = -1;
    std::uint16_t m_counter = 0;
};

// Deterministic generator for the demo and tests: the same seed and start
// time always yield the same sequence of valid, ordered v7 ids.
class SeededIdGenerator final : public IdGenerator {
public:
    SeededIdGenerator(std::uint64_t seed, QDateTime startUtc);
    QString next() override;

private:
    std::mt19937_64 m_random;
    qint64 m_ms;
    std::uint16_t m_counter = 0;
};

QString formatUuidV7(qint64 unixMs, std::uint16_t counter, std::uint64_t randomBits);
bool isUuid(const QString &text);

// Shared generator for writes in this process (system clock, thread-safe).
QString newId();

} // namespace care
