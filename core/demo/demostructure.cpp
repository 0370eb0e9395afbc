#include "demo/demostructure.h"

#include "demo/demopeople.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"
#include "util/ids.h"

namespace care::demo {

int DemoStructure::classroomKey(int year, int school, Grade grade)
{
    return year * 100000 + school * 100 + gradeOrdinal(grade);
}

QString DemoStructure::classroomId(int year, const Placement &placement) const
{
    const QStringList rooms = roomIds.value(classroomKey(year, placement.school, placement.grade));
    return placement.room >= 1 && placement.room <= rooms.size() ? rooms.at(placement.room - 1) : QString();
}

Result<DemoStructure> writeStructure(WriteScope &scope, IdGenerator &ids, const DemoWords &words,
                                     const DemoCalendar &calendar, const DemoPlan &plan, PersonFactory &people)
{
    DemoStructure out;
    Municipality m;
    m.id = ids.next();
    m.code = words.municipality.code;
    m.nameTh = words.municipality.nameTh;
    m.nameEn = words.municipality.nameEn;
    m.province = words.municipality.province;
    if (auto s = SchoolRepository::insert(scope, m); !s)
        return s.error();
    out.municipalityId = m.id;

    for (const SchoolSeed &seed : words.schools) {
        School s;
        s.id = ids.next();
        s.municipalityId = m.id;
        s.code = seed.code;
        s.nameTh = seed.nameTh;
        s.nameEn = seed.nameEn;
        s.kind = seed.kind;
        s.lowestGrade = seed.lowest;
        s.highestGrade = seed.highest;
        s.address.houseNumber = seed.houseNumber;
        s.address.community = seed.community;
        s.address.road = seed.road;
        s.address.subdistrict = words.municipality.subdistrict;
        s.address.district = words.municipality.district;
        s.address.province = words.municipality.province;
        s.address.postcode = words.municipality.postcode;
        s.phone = seed.phone;
        if (auto st = SchoolRepository::insert(scope, s); !st)
            return st.error();
        out.schoolIds << s.id;
    }

    for (int y = 0; y < 2; ++y) {
        const DemoYear &year = calendar.years[y];
        AcademicYear ay{ids.next(), year.yearBe, year.startsOn, year.endsOn};
        if (auto s = SchoolRepository::insert(scope, ay); !s)
            return s.error();
        out.yearIds[y] = ay.id;
        for (int t = 0; t < 2; ++t) {
            const DemoTerm &term = year.terms[t];
            Term row{ids.next(), ay.id, term.number, term.startsOn, term.endsOn};
            if (auto s = SchoolRepository::insert(scope, row); !s)
                return s.error();
            out.termIds[y][t] = row.id;
        }
    }

    for (const ClassGroup &group : plan.groups) {
        QStringList rooms;
        for (int r = 1; r <= group.rooms; ++r) {
            Classroom c;
            c.id = ids.next();
            c.schoolId = out.schoolIds.at(group.school);
            c.academicYearId = out.yearIds[group.year];
            c.grade = group.grade;
            c.room = r;
            c.homeroomTeacher = people.teacherName();
            if (auto s = SchoolRepository::insert(scope, c); !s)
                return s.error();
            rooms << c.id;
        }
        out.roomIds.insert(DemoStructure::classroomKey(group.year, group.school, group.grade), rooms);
        out.classrooms += group.rooms;
    }
    return out;
}

} // namespace care::demo
