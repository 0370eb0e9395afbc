#pragma once

#include <QDateTime>

namespace care {

// Injectable time source: production uses the system clock, tests and the
// deterministic demo generator use a fixed or stepping one.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static const Clock &system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime utc) : m_now(utc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime utc) { m_now = utc.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

// ISO 8601 UTC with milliseconds, the one stored timestamp format.
QString toStoredTimestamp(const QDateTime &utc);
QDateTime fromStoredTimestamp(const QString &text);

} // namespace care
