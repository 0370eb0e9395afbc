// ScreeningService: batches (CSV import) and the class grid, each written
// in one WriteScope, all or nothing.
#include "services/screeningservice.h"

#include "locale/dates.h"
#include "security/accesscontrol.h"
#include "storage/rosterrepository.h"
#include "storage/schoolrepository.h"
#include "storage/screeningrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace care {

struct ScreeningBatchText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningBatchText)
};

namespace {

QString batchKey(const ScreeningEntry &entry)
{
    return entry.studentId + QLatin1Char('|') + entry.instrumentId.trimmed() + QLatin1Char('|')
            + entry.screenedOn.toString(Qt::ISODate);
}

Error repeated()
{
    return Error{ScreeningBatchText::tr("The same student is entered twice for this form and date."),
                 QStringLiteral("studentId"),
                 {}};
}

bool anyAnswer(const ScreeningAnswers &answers)
{
    return std::any_of(answers.items.begin(), answers.items.end(), [](const auto &a) { return a.has_value(); });
}

// The class as a whole: the role may take the action on screening results
// and the class is the user's (teacher, as assigned now) or at the user's
// school. A class out of reach is answered as one that does not exist. Each
// student is checked again on their own.
Result<Classroom> reachableClassroom(Database &db, const Clock &clock, const Session &session,
                                     const QString &classroomId, Action action)
{
    const AccessControl access(db, clock);
    if (auto role = access.checkRole(session, action, Section::Screening); !role)
        return role.error();
    auto fresh = access.current(session);
    if (!fresh)
        return fresh.error();
    const Error missing{ScreeningBatchText::tr("No class you may see has this id."), QStringLiteral("classroomId"),
                        classroomId};
    auto classroom = SchoolRepository(db).classroom(classroomId);
    if (!classroom)
        return missing;
    const ScopeRule rule = access.matrix().scope(session.role());
    const bool inScope = (rule == ScopeRule::School && !session.schoolId().isEmpty()
                          && classroom->schoolId == session.schoolId())
            || (rule == ScopeRule::Classrooms && fresh->classroomIds().contains(classroom->id));
    if (!inScope)
        return missing;
    return classroom;
}

}  // namespace

QList<ScreeningProblem> ScreeningService::check(const Session &session, const QList<ScreeningEntry> &entries) const
{
    QList<ScreeningProblem> problems;
    QSet<QString> seen;
    ScreeningRepository repo(m_db);
    for (int i = 0; i < entries.size(); ++i) {
        const ScreeningEntry &entry = entries.at(i);
        const QString key = batchKey(entry);
        if (seen.contains(key)) {
            problems << ScreeningProblem{i, repeated(), false};
            continue;
        }
        seen.insert(key);
        auto existing = repo.onDate(entry.studentId, entry.instrumentId.trimmed(), entry.screenedOn);
        if (!existing) {
            problems << ScreeningProblem{i, existing.error(), false};
            continue;
        }
        bool refused = false;
        auto prepared = prepare(session, entry, existing.value() ? Action::Update : Action::Create, &refused);
        if (!prepared)
            problems << ScreeningProblem{i, prepared.error(), refused};
    }
    return problems;
}

Result<ScreeningSaveCount> ScreeningService::saveAll(const Session &session, const QList<ScreeningEntry> &entries)
{
    return writeAll(session, entries);
}

Result<ScreeningSaveCount> ScreeningService::writeAll(const Session &session, const QList<ScreeningEntry> &entries)
{
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    ScreeningRepository repo(m_db);
    ScreeningSaveCount count;
    QSet<QString> seen;
    for (const ScreeningEntry &entry : entries) {
        // The message names the item; the location says whose line it is.
        const auto place = [&entry](const Error &e) { return Error{e.message, e.field, entry.studentId}; };
        const QString key = batchKey(entry);
        if (seen.contains(key))
            return place(repeated());
        seen.insert(key);
        // Read inside the write: the stored result as this transaction sees it.
        auto existing = repo.onDate(entry.studentId, entry.instrumentId.trimmed(), entry.screenedOn);
        if (!existing)
            return existing.error();
        bool refused = false;
        auto prepared = prepare(session, entry, existing.value() ? Action::Update : Action::Create, &refused);
        if (!prepared)
            return place(prepared.error());
        if (auto id = store(scope, session, prepared.value(), existing.value()); !id)
            return place(id.error());
        ++(existing.value() ? count.replaced : count.created);
    }
    if (auto s = scope.commit(); !s)
        return s.error();
    return count;
}

Result<ClassSheet> ScreeningService::classSheet(const Session &session, const QString &classroomId,
                                                const QString &instrumentId, const QDate &date) const
{
    const Instrument *instrument = m_registry.find(instrumentId);
    if (!instrument)
        return Error{ScreeningBatchText::tr("Unknown instrument “%1”.").arg(instrumentId),
                     QStringLiteral("instrumentId"),
                     {}};
    if (!date.isValid())
        return Error{ScreeningBatchText::tr("Enter the date of the screening."), QStringLiteral("screenedOn"), {}};
    auto classroom = reachableClassroom(m_db, m_clock, session, classroomId, Action::View);
    if (!classroom)
        return classroom.error();
    auto roster = RosterRepository(m_db).classroom(classroomId);
    if (!roster)
        return roster.error();
    AccessControl access(m_db, m_clock);
    QHash<QString, QString> reasons;  // student → break-the-glass reason
    for (const RosterEntry &entry : roster.value()) {
        auto decision = access.check(session, Action::View, Section::Screening, entry.student.id);
        if (!decision)
            return decision.error();
        reasons.insert(entry.student.id, decision->reason);
    }
    auto stored = ScreeningRepository(m_db).forClassroom(classroomId, instrument->id, date);
    if (!stored)
        return stored.error();
    QHash<QString, ScreeningResultRow> byStudent;
    for (const ScreeningResultRow &row : stored.value())
        if (!byStudent.contains(row.studentId))
            byStudent.insert(row.studentId, row);
    ClassSheet sheet{classroomId, classroom->name(), instrument->id, instrument->version, date, {}};
    for (const RosterEntry &entry : roster.value()) {
        ClassSheetRow row;
        row.studentId = entry.student.id;
        row.classNumber = entry.classNumber;
        row.name = entry.student.displayName();
        row.ageYears = ageOn(entry.student.birthDate, date);
        row.ageOutsideRange = row.ageYears < instrument->minAgeYears || row.ageYears > instrument->maxAgeYears;
        if (byStudent.contains(row.studentId)) {
            auto opened = open(byStudent.value(row.studentId));
            if (!opened)
                return opened.error();
            row.result = opened.value();
        }
        sheet.rows << row;
    }
    if (byStudent.isEmpty())
        return sheet;
    // Each student whose answers were shown gets a view in their audit trail.
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    for (const ClassSheetRow &row : sheet.rows)
        if (row.result)
            if (auto s
                = scope.audit(QStringLiteral("view"), QStringLiteral("screening_result"), row.studentId,
                              code(Section::Screening),
                              QStringLiteral("class sheet %1 %2").arg(instrument->id, date.toString(Qt::ISODate)),
                              reasons.value(row.studentId));
                !s)
                return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return sheet;
}

Result<ScreeningSaveCount> ScreeningService::saveClassSheet(const Session &session, const QString &classroomId,
                                                            const QString &instrumentId, const QDate &date,
                                                            const QList<ClassSheetEntry> &entries,
                                                            const QString &bandSet)
{
    auto classroom = reachableClassroom(m_db, m_clock, session, classroomId, Action::Create);
    if (!classroom)
        return classroom.error();
    auto roster = RosterRepository(m_db).classroom(classroomId);
    if (!roster)
        return roster.error();
    QSet<QString> members;
    for (const RosterEntry &entry : roster.value())
        members.insert(entry.student.id);
    QList<ScreeningEntry> batch;
    for (const ClassSheetEntry &line : entries) {
        if (!members.contains(line.studentId))
            return Error{ScreeningBatchText::tr("The student is not in the class %1.").arg(classroom->name()),
                         QStringLiteral("studentId"), line.studentId};
        if (!anyAnswer(line.answers))
            continue;
        batch << ScreeningEntry{line.studentId, instrumentId, std::nullopt,  date,
                                line.answers,   bandSet,      line.ageReason};
    }
    return writeAll(session, batch);
}

}  // namespace care
