#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace care::demo {

struct RomanisedName {
    QString thai;
    QString roman;
};

struct Occupation {
    QString name;
    int minIncome = 0;  // baht per month
    int maxIncome = 0;
};

struct MunicipalitySeed {
    QString nameTh;
    QString nameEn;
    QString code;
    QString province;
    QString district;
    QString subdistrict;
    QString postcode;
};

struct SchoolSeed {
    QString nameTh;
    QString nameEn;
    QString code;
    SchoolKind kind = SchoolKind::Primary;
    Grade lowest = Grade::P1;
    Grade highest = Grade::P6;
    QString community;
    QString road;
    QString houseNumber;
    QString phone;
    double roomsPreschool = 0;   // per grade, early childhood and kindergarten
    double roomsPrimary = 0;
    double roomsLowerSecondary = 0;
    double roomsUpperSecondary = 0;

    bool teaches(Grade grade) const;
    double roomWeight(Grade grade) const;  // 0 if the school does not teach the grade
};

// The demo's word lists and place data, read from resources/demo (the
// project's own invented lists, compiled into care_core).
struct DemoWords {
    MunicipalitySeed municipality;
    QList<SchoolSeed> schools;
    QList<RomanisedName> boys;
    QList<RomanisedName> girls;
    QList<RomanisedName> surnameHeads;
    QList<RomanisedName> surnameTails;
    QStringList adultMen;
    QStringList adultWomen;
    QStringList elderMen;
    QStringList elderWomen;
    QStringList boyNicknames;
    QStringList girlNicknames;
    QStringList communities;
    QStringList roads;
    QList<Occupation> occupations;
    QList<double> parentOccupationWeights;  // parallel to occupations
    QList<double> elderOccupationWeights;

    static Result<DemoWords> load();
};

} // namespace care::demo
