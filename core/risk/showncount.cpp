#include "risk/showncount.h"

#include <QLocale>

namespace care {

ShownCount ShownCount::small(int n)
{
    return n > 0 && n < kSmallest ? ShownCount(Kind::FewerThanFive, 0) : exact(n);
}

ShownCount ShownCount::ranged(int n)
{
    return n >= kSmallest ? ShownCount(Kind::FiveOrMore, 0) : small(n);
}

QString ShownCount::text() const
{
    switch (m_kind) {
    case Kind::Exact:
        return QLocale().toString(m_value);
    case Kind::FewerThanFive:
        return tr("fewer than 5");
    case Kind::FiveOrMore:
        return tr("5 or more");
    }
    return {};
}

QJsonValue ShownCount::json() const
{
    switch (m_kind) {
    case Kind::Exact:
        return m_value;
    case Kind::FewerThanFive:
        return QStringLiteral("<5");
    case Kind::FiveOrMore:
        return QStringLiteral(">=5");
    }
    return {};
}

}  // namespace care
