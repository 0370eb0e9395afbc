#pragma once

#include "demo/demowords.h"
#include "domain/enums.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <unordered_set>

namespace care::demo {

class DemoRandom;

// Person categories of a Thai ID number's first digit that occur in the demo;
// GCodeCategory marks a child without civil registration (G-code instead).
constexpr int kGCodeCategory = -1;

// Names, ID numbers and phone numbers, all invented from the word lists.
class PersonFactory {
public:
    PersonFactory(const DemoWords &words, DemoRandom &random) : m_words(words), m_random(random) {}

    RomanisedName childName(Sex sex);
    QString nickname(Sex sex);
    QString adultName(Sex sex, bool elder);
    RomanisedName surname();  // one head and one or two tails, e.g. ศรีสุขสวัสดิ์
    QString teacherName();    // with prefix: "นางสุภาพร ศรีสุข"

    // A unique, valid 13-digit national ID (first digit = category) or, for
    // kGCodeCategory, a unique G-code.
    QString citizenId(int category);
    int childIdCategory();                   // mostly 1, a few 0/2/6/7/8 and G-codes
    int adultIdCategory(int birthYearCe, int childCategory);
    QString mobilePhone();                   // 08x-xxx-xxxx
    QDate dateInYear(int year);
    int occupation(bool elder);              // index into DemoWords::occupations
    int income(int occupationIndex);         // baht per month, to the nearest 100

private:
    QString officeCode(int category);

    const DemoWords &m_words;
    DemoRandom &m_random;
    std::unordered_set<std::uint64_t> m_usedIds;
};

} // namespace care::demo
