#include "services/studentservice.h"

#include "domain/validation.h"
#include "storage/schoolrepository.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace care {

struct StudentServiceText {
    Q_DECLARE_TR_FUNCTIONS(StudentServiceText)
};

StudentService::StudentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<Error> StudentService::validate(const StudentRecord &record) const
{
    Student s = record.student;
    s.citizenId = normalizeCitizenId(s.citizenId);
    QList<Error> errors = validateStudent(s, m_clock.today());
    const bool idValid = std::none_of(errors.begin(), errors.end(),
                                      [](const Error &e) { return e.field == QLatin1String("citizenId"); });
    if (!s.citizenId.isEmpty() && idValid) {
        StudentRepository repo(m_db);
        auto taken = repo.citizenIdTaken(s.citizenId, s.id);
        if (!taken)
            errors << taken.error();
        else if (taken.value())
            errors << Error{StudentServiceText::tr("Another student already has this ID number."),
                            QStringLiteral("citizenId"), {}};
    }
    if (record.household)
        errors << validateHousehold(*record.household);
    for (int i = 0; i < record.guardians.size(); ++i)
        for (Error e : validateGuardian(record.guardians.at(i).guardian)) {
            e.location = StudentServiceText::tr("guardian %1").arg(i + 1);
            errors << e;
        }
    return errors;
}

namespace {

Error firstOf(const QList<Error> &errors) { return errors.first(); }

Status writeGuardians(WriteScope &scope, StudentRepository &repo, const QString &studentId,
                      const QList<GuardianLink> &wanted)
{
    auto existing = repo.guardians(studentId);
    if (!existing)
        return existing.error();
    QSet<QString> keep;
    for (GuardianLink link : wanted) {
        const auto match = std::find_if(existing->begin(), existing->end(), [&](const GuardianLink &l) {
            return !link.guardian.id.isEmpty() && l.guardian.id == link.guardian.id;
        });
        if (match == existing->end()) {
            // A guardian with an id may already be stored (a sibling's
            // guardian, or one a redo brings back): update it, don't duplicate.
            std::optional<Guardian> stored;
            if (link.guardian.id.isEmpty()) {
                link.guardian.id = scope.makeId();
            } else {
                auto found = repo.guardian(link.guardian.id);
                if (!found)
                    return found.error();
                stored = found.value();
            }
            if (stored) {
                if (auto s = StudentRepository::update(scope, *stored, link.guardian); !s)
                    return s.error();
            } else if (auto s = StudentRepository::insert(scope, link.guardian); !s) {
                return s;
            }
        } else if (auto s = StudentRepository::update(scope, match->guardian, link.guardian); !s) {
            return s.error();
        }
        if (auto s = StudentRepository::link(scope, studentId, link); !s)
            return s;
        keep.insert(link.guardian.id);
    }
    for (const GuardianLink &old : existing.value())
        if (!keep.contains(old.guardian.id))
            if (auto s = StudentRepository::unlink(scope, studentId, old.guardian.id); !s)
                return s;
    return {};
}

} // namespace

Result<QString> StudentService::create(StudentRecord record, const Actor &actor)
{
    if (const QList<Error> errors = validate(record); !errors.isEmpty())
        return firstOf(errors);
    WriteScope scope(m_db, actor, m_clock);
    if (!scope.isActive())
        return scope.error();
    Student &s = record.student;
    if (s.id.isEmpty())
        s.id = scope.makeId();
    else if (!isUuid(s.id))
        return Error{StudentServiceText::tr("The student's record id is not valid."), {}, s.id};
    s.citizenId = normalizeCitizenId(s.citizenId);
    s.createdAt = s.updatedAt = m_clock.nowUtc();
    StudentRepository repo(m_db);
    s.householdId.clear();
    if (record.household) {
        Household &h = *record.household;
        std::optional<Household> stored;
        if (h.id.isEmpty()) {
            h.id = scope.makeId();
        } else {
            auto found = repo.household(h.id);
            if (!found)
                return found.error();
            stored = found.value();
        }
        if (stored) {
            if (auto st = StudentRepository::update(scope, *stored, h); !st)
                return st.error();
        } else if (auto st = StudentRepository::insert(scope, h); !st) {
            return st.error();
        }
        s.householdId = h.id;
    }
    if (auto st = StudentRepository::insert(scope, s); !st)
        return st.error();
    if (auto st = writeGuardians(scope, repo, s.id, record.guardians); !st)
        return st.error();
    if (!record.classroomId.isEmpty()) {
        auto classroom = SchoolRepository(m_db).classroom(record.classroomId);
        if (!classroom)
            return Error{classroom.error().message, QStringLiteral("classroomId"), {}};
        Enrollment e{scope.makeId(), s.id, record.classroomId, classroom->academicYearId, record.classNumber};
        if (auto st = StudentRepository::insert(scope, e); !st)
            return st.error();
    }
    if (auto st = scope.audit(QStringLiteral("create"), QStringLiteral("student"), s.id, QStringLiteral("identity")); !st)
        return st.error();
    if (auto st = scope.commit(); !st)
        return st.error();
    return s.id;
}

Status StudentService::update(const StudentRecord &record, const Actor &actor)
{
    if (const QList<Error> errors = validate(record); !errors.isEmpty())
        return firstOf(errors);
    StudentRepository repo(m_db);
    WriteScope scope(m_db, actor, m_clock);
    if (!scope.isActive())
        return scope.error();
    auto before = repo.student(record.student.id);
    if (!before)
        return before.error();
    Student after = record.student;
    after.citizenId = normalizeCitizenId(after.citizenId);
    QStringList sections;

    if (record.household) {
        Household h = *record.household;
        auto stored = repo.household(before->householdId);
        if (!stored)
            return stored.error();
        if (stored.value()) {
            h.id = stored.value()->id;
            auto changed = StudentRepository::update(scope, *stored.value(), h);
            if (!changed)
                return changed.error();
            if (changed.value() > 0)
                sections << QStringLiteral("household");
        } else {
            h.id = scope.makeId();
            if (auto st = StudentRepository::insert(scope, h); !st)
                return st;
            sections << QStringLiteral("household");
        }
        after.householdId = h.id;
    } else {
        after.householdId = before->householdId;
    }
    auto changed = StudentRepository::update(scope, before.value(), after);
    if (!changed)
        return changed.error();
    if (changed.value() > 0)
        sections.prepend(QStringLiteral("identity"));
    if (auto st = writeGuardians(scope, repo, after.id, record.guardians); !st)
        return st;
    if (auto st = scope.audit(QStringLiteral("update"), QStringLiteral("student"), after.id,
                              sections.isEmpty() ? QStringLiteral("guardians") : sections.join(QLatin1Char(',')));
        !st)
        return st;
    return scope.commit();
}

Status StudentService::remove(const QString &studentId, const Actor &actor)
{
    StudentRepository repo(m_db);
    WriteScope scope(m_db, actor, m_clock);
    if (!scope.isActive())
        return scope.error();
    auto student = repo.student(studentId);
    if (!student)
        return student.error();
    auto links = repo.guardians(studentId);
    if (!links)
        return links.error();
    if (auto st = StudentRepository::removeTermRecords(scope, studentId); !st)
        return st;
    if (auto st = StudentRepository::removeEnrollments(scope, studentId); !st)
        return st;
    for (const GuardianLink &link : links.value())
        if (auto st = StudentRepository::unlink(scope, studentId, link.guardian.id); !st)
            return st;
    if (auto st = StudentRepository::remove(scope, student.value()); !st)
        return st;
    for (const GuardianLink &link : links.value())
        if (auto st = StudentRepository::removeGuardianIfUnlinked(scope, link.guardian.id); !st)
            return st;
    if (auto st = StudentRepository::removeHouseholdIfUnused(scope, student->householdId); !st)
        return st;
    if (auto st = scope.audit(QStringLiteral("delete"), QStringLiteral("student"), studentId); !st)
        return st;
    return scope.commit();
}

Result<StudentRecord> StudentService::load(const QString &studentId) const
{
    StudentRepository repo(m_db);
    auto s = repo.student(studentId);
    if (!s)
        return s.error();
    StudentRecord record;
    record.student = s.value();
    auto h = repo.household(record.student.householdId);
    if (!h)
        return h.error();
    record.household = h.value();
    auto g = repo.guardians(studentId);
    if (!g)
        return g.error();
    record.guardians = g.value();
    return record;
}

} // namespace care
