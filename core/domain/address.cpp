#include "domain/address.h"

#include <QCoreApplication>
#include <QStringList>

namespace care {

struct AddressText {
    Q_DECLARE_TR_FUNCTIONS(AddressText)
};

bool Address::isEmpty() const
{
    return houseNumber.isEmpty() && villageNumber.isEmpty() && community.isEmpty()
        && road.isEmpty() && subdistrict.isEmpty() && district.isEmpty()
        && province.isEmpty() && postcode.isEmpty();
}

QString Address::oneLine() const
{
    QStringList parts;
    if (!houseNumber.isEmpty())
        parts << houseNumber;
    if (!villageNumber.isEmpty())
        parts << AddressText::tr("Moo %1").arg(villageNumber);
    if (!community.isEmpty())
        parts << AddressText::tr("%1 community").arg(community);
    if (!road.isEmpty())
        parts << road;
    if (!subdistrict.isEmpty())
        parts << AddressText::tr("Subdistrict %1").arg(subdistrict);
    if (!district.isEmpty())
        parts << AddressText::tr("District %1").arg(district);
    if (!province.isEmpty())
        parts << AddressText::tr("Province %1").arg(province);
    if (!postcode.isEmpty())
        parts << postcode;
    return parts.join(QLatin1Char(' '));
}

} // namespace care
