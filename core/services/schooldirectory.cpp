#include "services/schooldirectory.h"

#include "security/accesscontrol.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"

#include <QCoreApplication>
#include <QSet>

namespace care {

struct SchoolDirectoryText {
    Q_DECLARE_TR_FUNCTIONS(SchoolDirectoryText)
};

namespace {

Error unknownSchool(const QString &schoolId)
{
    return Error{SchoolDirectoryText::tr("No school you may see has this id."), {}, schoolId};
}

}  // namespace

SchoolDirectory::SchoolDirectory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<bool> SchoolDirectory::seesAllSchools(const Session &session) const
{
    const AccessControl access(m_db, m_clock);
    if (auto fresh = access.current(session); !fresh)
        return fresh.error();
    return !isSchoolRole(session.role());
}

Status SchoolDirectory::seesSchool(const Session &session, const QString &schoolId) const
{
    auto all = seesAllSchools(session);
    if (!all)
        return all.error();
    if (!all.value() && (schoolId.isEmpty() || schoolId != session.schoolId()))
        return unknownSchool(schoolId);
    return {};
}

Result<std::optional<Municipality>> SchoolDirectory::municipality(const Session &session) const
{
    if (auto all = seesAllSchools(session); !all)
        return all.error();
    return SchoolRepository(m_db).municipality();
}

Result<bool> SchoolDirectory::hasMunicipality() const
{
    auto municipality = SchoolRepository(m_db).municipality();
    if (!municipality)
        return municipality.error();
    return municipality->has_value();
}

Result<QList<AcademicYear>> SchoolDirectory::academicYears(const Session &session) const
{
    if (auto all = seesAllSchools(session); !all)
        return all.error();
    return SchoolRepository(m_db).academicYears();
}

Result<std::optional<AcademicYear>> SchoolDirectory::currentAcademicYear(const Session &session) const
{
    if (auto all = seesAllSchools(session); !all)
        return all.error();
    return SchoolRepository(m_db).currentAcademicYear();
}

Result<std::optional<TermInfo>> SchoolDirectory::term(const Session &session, int yearBe, int number) const
{
    if (auto all = seesAllSchools(session); !all)
        return all.error();
    return RosterRepository(m_db).term(yearBe, number);
}

Result<QList<Grade>> SchoolDirectory::grades(const Session &session, const QString &academicYearId) const
{
    if (auto all = seesAllSchools(session); !all)
        return all.error();
    return SchoolRepository(m_db).grades(academicYearId);
}

Result<QList<School>> SchoolDirectory::schools(const Session &session) const
{
    auto all = seesAllSchools(session);
    if (!all)
        return all.error();
    auto schools = SchoolRepository(m_db).schools();
    if (!schools || all.value())
        return schools;
    QList<School> own;
    for (const School &school : schools.value())
        if (school.id == session.schoolId())
            own << school;
    return own;
}

Result<School> SchoolDirectory::school(const Session &session, const QString &schoolId) const
{
    if (auto s = seesSchool(session, schoolId); !s)
        return s.error();
    return SchoolRepository(m_db).school(schoolId);
}

Result<QList<Classroom>> SchoolDirectory::classrooms(const Session &session, const QString &schoolId,
                                                     const QString &academicYearId) const
{
    if (auto s = seesSchool(session, schoolId); !s)
        return s.error();
    auto summaries = SchoolRepository(m_db).classrooms(schoolId, academicYearId);
    if (!summaries)
        return summaries.error();
    QList<Classroom> classrooms;
    for (const ClassroomSummary &summary : summaries.value())
        classrooms << summary.classroom;
    return classrooms;
}

Result<Classroom> SchoolDirectory::classroom(const Session &session, const QString &classroomId) const
{
    auto classroom = SchoolRepository(m_db).classroom(classroomId);
    if (!classroom)
        return classroom.error();
    if (auto s = seesSchool(session, classroom->schoolId); !s)
        return Error{
                QCoreApplication::translate("care::SchoolRepository", "The classroom was not found."), {}, classroomId};
    return classroom;
}

Result<QList<SchoolInTree>> SchoolDirectory::tree(const Session &session, const QString &academicYearId) const
{
    const AccessControl access(m_db, m_clock);
    auto fresh = access.current(session);
    if (!fresh)
        return fresh.error();
    const bool aggregates = access.matrix().allows(session.role(), Capability::ViewAggregates);
    const StudentListScope scope = aggregates ? StudentListScope::everyone() : access.listScope(session);
    auto counts = StudentSearch(m_db).classroomCounts(scope, academicYearId);
    if (!counts)
        return counts.error();
    // Besides the classrooms it reaches students in: a whole-school role its
    // school's classrooms, a teacher or visitor their own (even when empty).
    const ScopeRule rule = access.matrix().scope(session.role());
    const QSet<QString> ownClassrooms = rule == ScopeRule::Classrooms ? fresh->classroomIds() : QSet<QString>();
    SchoolRepository repo(m_db);
    auto schools = repo.schools();
    if (!schools)
        return schools.error();
    QList<SchoolInTree> tree;
    for (const School &school : schools.value()) {
        auto classrooms = repo.classrooms(school.id, academicYearId);
        if (!classrooms)
            return classrooms.error();
        const bool ownSchool = !session.schoolId().isEmpty() && school.id == session.schoolId();
        SchoolInTree node{school, {}, 0};
        for (const ClassroomSummary &summary : classrooms.value()) {
            const int count = counts->value(summary.classroom.id);
            const bool own = (ownSchool && rule == ScopeRule::School) || ownClassrooms.contains(summary.classroom.id);
            if (!aggregates && !own && count == 0)
                continue;
            node.classrooms << ClassroomInTree{summary.classroom, count, own};
            node.studentCount += count;
        }
        if (aggregates || ownSchool || !node.classrooms.isEmpty())
            tree << node;
    }
    return tree;
}

}  // namespace care
