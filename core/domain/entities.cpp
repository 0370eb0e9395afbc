#include "domain/entities.h"

#include <QStringList>

namespace care {
namespace {
QString joinNonEmpty(std::initializer_list<QString> parts, const QString &sep)
{
    QStringList out;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out.join(sep);
}
} // namespace

QString Student::fullNameTh() const
{
    // Thai prefixes attach to the first name without a space: "ด.ช.สมชาย ใจดี".
    return joinNonEmpty({prefix + firstNameTh, lastNameTh}, QStringLiteral(" "));
}

QString Student::fullNameEn() const
{
    return joinNonEmpty({firstNameEn, lastNameEn}, QStringLiteral(" "));
}

QString Student::displayName() const
{
    const QString th = fullNameTh();
    return th.isEmpty() ? fullNameEn() : th;
}

QString Guardian::fullName() const
{
    return joinNonEmpty({prefix + firstName, lastName}, QStringLiteral(" "));
}

std::optional<double> Household::incomePerPersonBaht() const
{
    if (!monthlyIncomeBaht || memberCount <= 0)
        return std::nullopt;
    return double(*monthlyIncomeBaht) / memberCount;
}

} // namespace care
