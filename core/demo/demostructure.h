#pragma once

#include "demo/democalendar.h"
#include "demo/demoplan.h"
#include "demo/demowords.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

namespace care {
class IdGenerator;
class WriteScope;
}

namespace care::demo {

class PersonFactory;

// Ids of what the students hang on: municipality, schools, years, terms, classrooms.
struct DemoStructure {
    QString municipalityId;
    QStringList schoolIds;
    std::array<QString, 2> yearIds;
    std::array<std::array<QString, 2>, 2> termIds;
    QHash<int, QStringList> roomIds;  // classroomKey → classroom id per room (room 1 first)
    int classrooms = 0;

    QString classroomId(int year, const Placement &placement) const;
    static int classroomKey(int year, int school, Grade grade);
};

// Writes the municipality, its schools, both academic years with their terms
// and every classroom the plan needs (with a homeroom teacher each).
Result<DemoStructure> writeStructure(WriteScope &scope, IdGenerator &ids, const DemoWords &words,
                                     const DemoCalendar &calendar, const DemoPlan &plan, PersonFactory &people);

} // namespace care::demo
