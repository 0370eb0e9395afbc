#pragma once

#include "demo/demowords.h"
#include "domain/entities.h"

#include <QList>
#include <QStringList>

namespace care {
class IdGenerator;
}

namespace care::demo {

class DemoRandom;
class PersonFactory;

// A household with its guardians; brothers and sisters who join later share
// both (a grandmother caring for two grandchildren is one guardian record).
struct Family {
    Household household;
    QList<GuardianLink> links;  // the same guardians for every child of the household
    RomanisedName childSurname;
    int childIdCategory = 1;
    int openPlaces = 0;         // more school children who may still join
    QStringList childNames;     // given names already used in the family
};

class FamilyMaker {
public:
    FamilyMaker(const DemoWords &words, PersonFactory &people, DemoRandom &random, IdGenerator &ids)
        : m_words(words), m_people(people), m_random(random), m_ids(ids)
    {
    }

    // A new household for a child born on `childBirth` who attends `school`.
    Family make(const QDate &childBirth, const SchoolSeed &school);

private:
    struct Draft;
    void addGuardian(Draft &draft, GuardianRelation relation, int birthYear, const QString &lastName,
                     bool livesWithChild, bool primary);
    Address address(const SchoolSeed &school);

    const DemoWords &m_words;
    PersonFactory &m_people;
    DemoRandom &m_random;
    IdGenerator &m_ids;
};

} // namespace care::demo
