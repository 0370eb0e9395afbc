#pragma once

#include "demo/demowords.h"
#include "domain/enums.h"

#include <QList>

#include <array>

namespace care::demo {

class DemoRandom;

// What happened to a student across the demo's two years.
enum class Fate {
    Continuing,     // enrolled both years (same school, or moved up from another demo school)
    NewThisYear,    // first enrolled this year (intake or transfer from outside)
    Graduated,      // finished the school's top grade last year
    LeftLastYear,   // dropped out during last year
    MovedLastYear,  // moved away during or after last year
    LeftThisYear,   // dropped out during this year's first term
    MovedThisYear,  // moved away during or after this year's first term
};

struct Placement {
    int school = -1;  // index into DemoWords::schools; -1 = not enrolled that year
    Grade grade = Grade::P1;
    int room = 0;
    int classNumber = 0;
    bool isSet() const { return school >= 0; }
};

struct StudentPlan {
    std::array<Placement, 2> placed;  // [0] last year, [1] this year
    int recordSchool = 0;             // the school that holds the record
    Sex sex = Sex::Male;
    int ageAtYearStart = 0;           // whole years on this year's first day
    Fate fate = Fate::Continuing;
    int studentNumber = 0;
};

struct ClassGroup {
    int year = 0;  // 0 last year, 1 this year
    int school = 0;
    Grade grade = Grade::P1;
    int rooms = 0;
    int students = 0;
};

struct DemoPlan {
    QList<StudentPlan> students;  // in generation order (shuffled)
    QList<ClassGroup> groups;     // one per year, school and grade that has students
};

// Distributes `total` students over the schools, grades and rooms of both
// years with consistent progression (P3 last year → P4 now), intakes,
// moves between demo schools, graduates, drop-outs and moves away.
DemoPlan planStudents(const QList<SchoolSeed> &schools, int total, DemoRandom &random);

int typicalAgeAtYearStart(Grade grade);  // P1 → 6

} // namespace care::demo
