#pragma once

#include <QString>

namespace care {

// Thai postal address as written on school forms (DOMAIN.md §4).
struct Address {
    QString houseNumber;   // บ้านเลขที่
    QString villageNumber; // หมู่ที่
    QString community;     // ชุมชน (municipal community, used for home visits)
    QString road;          // ถนน/ซอย
    QString subdistrict;   // ตำบล/แขวง
    QString district;      // อำเภอ/เขต
    QString province;      // จังหวัด
    QString postcode;

    bool isEmpty() const;
    QString oneLine() const; // formatted in the current UI language's conventions
    bool operator==(const Address &) const = default;
};

} // namespace care
