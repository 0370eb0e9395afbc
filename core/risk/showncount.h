#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace care {

// A number of students as Care may show it in counts per school: from 1 to
// 4 it is "fewer than 5", so that nobody picks out a child of a small
// school, and a total that would give such a hidden number away by
// subtraction is "5 or more". The exact number of a hidden count never
// leaves core.
class ShownCount {
    Q_DECLARE_TR_FUNCTIONS(ShownCount)
public:
    static constexpr int kSmallest = 5;  // counts below it (and above 0) are hidden

    enum class Kind { Exact, FewerThanFive, FiveOrMore };

    ShownCount() = default;
    static ShownCount exact(int n) { return ShownCount(Kind::Exact, n); }
    // Exact unless 1 to 4 (then fewer than five).
    static ShownCount small(int n);
    // As small(), but a number of 5 or more is only "5 or more".
    static ShownCount ranged(int n);

    Kind kind() const { return m_kind; }
    bool isExact() const { return m_kind == Kind::Exact; }
    bool isZero() const { return m_kind == Kind::Exact && m_value == 0; }
    int value() const { return m_value; }  // the exact number; 0 unless isExact()

    QString text() const;     // "12", "fewer than 5", "5 or more" (translated, in the locale)
    QJsonValue json() const;  // 12, "<5" or ">=5"

    bool operator==(const ShownCount &other) const = default;

private:
    ShownCount(Kind kind, int value) : m_kind(kind), m_value(value) {}

    Kind m_kind = Kind::Exact;
    int m_value = 0;
};

}  // namespace care
