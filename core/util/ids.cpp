#include "util/ids.h"

#include "util/clock.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace care {

QString formatUuidV7(qint64 unixMs, std::uint16_t counter, std::uint64_t randomBits)
{
    unsigned char b[16];
    const auto ms = static_cast<std::uint64_t>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    // 12-bit counter in rand_a keeps same-millisecond ids monotonic.
    b[6] = static_cast<unsigned char>(0x70 | ((counter >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(counter & 0xFF);
    b[8] = static_cast<unsigned char>(0x80 | ((randomBits >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>(randomBits >> (8 * (15 - i)));
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

UuidV7Generator::UuidV7Generator(const Clock &clock) : m_clock(clock) {}

QString UuidV7Generator::next()
{
    qint64 ms = m_clock.nowUtc().toMSecsSinceEpoch();
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) { // counter exhausted: borrow the next millisecond
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = static_cast<std::uint16_t>(QRandomGenerator::system()->bounded(0x200));
    }
    m_lastMs = ms;
    return formatUuidV7(ms, m_counter, QRandomGenerator::system()->generate64());
}

SeededIdGenerator::SeededIdGenerator(std::uint64_t seed, QDateTime startUtc)
    : m_random(seed), m_ms(startUtc.toMSecsSinceEpoch())
{
}

QString SeededIdGenerator::next()
{
    if (++m_counter > 0x0FFF) {
        ++m_ms;
        m_counter = 0;
    }
    return formatUuidV7(m_ms, m_counter, m_random());
}

QString newId()
{
    static QMutex mutex;
    static UuidV7Generator generator(Clock::system());
    QMutexLocker lock(&mutex);
    return generator.next();
}

} // namespace care
