// StudentService::removeAdded: undoing "Add student" removes the child only
// while nothing was built on it (DESIGN.md §4: removing a record that others
// have built on is refused).
#include "services/studentservice.h"

#include "security/accesscontrol.h"
#include "services/studentwrites.h"
#include "storage/references.h"

#include <QCoreApplication>
#include <QSet>

namespace care {

struct StudentRemoveText {
    Q_DECLARE_TR_FUNCTIONS(StudentRemoveText)
};

namespace {

// "3 screening results": the rows of one table that refer to the student, in
// words. A table a later migration adds is named by its table name until it
// gets words of its own here.
QString describe(const ReferenceCount &ref)
{
    const int n = ref.rows;
    static const QHash<QString, const char *> words{
            {QStringLiteral("screening_result"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n screening result(s)")},
            {QStringLiteral("daily_absence"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n daily absence(s) or late arrival(s)")},
            {QStringLiteral("attendance_record"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n term attendance record(s)")},
            {QStringLiteral("academic_record"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n term grade record(s)")},
            {QStringLiteral("behaviour_incident"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n behaviour incident(s)")},
            {QStringLiteral("risk_assessment"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n risk level(s) in the history")},
            {QStringLiteral("risk_current"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n current risk level(s)")},
            {QStringLiteral("consent"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n consent decision(s)")},
            {QStringLiteral("access_grant"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n access grant(s) outside scope")},
            {QStringLiteral("care_assignment"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n care assignment(s)")},
            {QStringLiteral("attachment"), QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n attached file(s)")},
            {QStringLiteral("enrollment"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n enrollment(s) in another class")},
            {QStringLiteral("student_guardian"),
             QT_TRANSLATE_N_NOOP("StudentRemoveText", "%n guardian link(s) made since")},
    };
    if (const char *text = words.value(ref.table))
        return StudentRemoveText::tr(text, nullptr, n);
    return StudentRemoveText::tr("%n other record(s) (%1)", nullptr, n).arg(ref.table);
}

// Whether a row besides `mine` refers to row `id` of `table`: a household or
// guardian others use survives the removal, so its own fields are nobody's loss.
Result<bool> usedByOthers(const QSqlDatabase &db, const QString &table, const QString &id, const OwnRows &mine)
{
    auto refs = referencesTo(db, table, id, {mine});
    if (!refs)
        return refs.error();
    return !refs->isEmpty();
}

// The fields of `added` that hold other values now, except those of a
// household or guardian that stays for others.
Result<QList<RecordField>> changedSinceAdded(const QSqlDatabase &db, const StudentRecord &added,
                                             const StudentRecord &current)
{
    const QString id = current.student.id;
    bool householdShared = false;
    if (current.household) {
        auto shared = usedByOthers(db, QStringLiteral("household"), current.household->id,
                                   OwnRows{QStringLiteral("student"), QStringLiteral("id"), {id}});
        if (!shared)
            return shared.error();
        householdShared = shared.value();
    }
    QSet<QString> sharedGuardians;
    for (const GuardianLink &link : current.guardians) {
        auto shared = usedByOthers(db, QStringLiteral("guardian"), link.guardian.id,
                                   OwnRows{QStringLiteral("student_guardian"), QStringLiteral("student_id"), {id}});
        if (!shared)
            return shared.error();
        if (shared.value())
            sharedGuardians.insert(link.guardian.id);
    }
    QList<RecordField> fields;
    for (const RecordField &field : recordfields::differences(added, current)) {
        const bool stays = (field.part == RecordPart::Household && householdShared)
                || (field.part == RecordPart::Guardian && sharedGuardians.contains(field.guardianId));
        if (!(stays && recordfields::isShareable(field)))
            fields << field;
    }
    return fields;
}

}  // namespace

Status StudentService::removeAdded(const StudentRecord &added, const Session &session, QList<RecordField> *changedSince)
{
    if (changedSince)
        changedSince->clear();
    const QString id = added.student.id;
    const auto allowed = AccessControl(m_db, m_clock).check(session, Action::Delete, Section::Identity, id);
    if (!allowed)
        return allowed.error();
    StudentRepository repo(m_db);
    // The checks and the removal in one transaction: nothing can be added
    // for the child in between.
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    StudentRecord current;
    auto student = repo.student(id);
    if (!student)
        return student.error();
    current.student = student.value();
    auto household = repo.household(current.student.householdId);
    if (!household)
        return household.error();
    current.household = household.value();
    auto links = repo.guardians(id);
    if (!links)
        return links.error();
    current.guardians = links.value();

    // What the add itself wrote does not count: its enrollment and its guardian links.
    QList<OwnRows> own;
    if (!added.classroomId.isEmpty())
        own << OwnRows{QStringLiteral("enrollment"), QStringLiteral("classroom_id"), {added.classroomId}};
    QStringList guardianIds;
    for (const GuardianLink &link : added.guardians)
        guardianIds << link.guardian.id;
    own << OwnRows{QStringLiteral("student_guardian"), QStringLiteral("guardian_id"), guardianIds};
    const QSqlDatabase db = scope.connection();
    auto references = referencesTo(db, QStringLiteral("student"), id, own);
    if (!references)
        return references.error();
    auto changed = changedSinceAdded(db, added, current);
    if (!changed)
        return changed.error();
    if (changedSince)
        *changedSince = changed.value();

    const QString name = current.student.displayName();
    if (!references->isEmpty()) {
        QStringList what;
        for (const ReferenceCount &ref : references.value())
            what << describe(ref);
        return Error{StudentRemoveText::tr("Adding %1 cannot be undone because other records now refer to the "
                                           "student: %2. Nothing was removed.")
                             .arg(name, what.join(StudentRemoveText::tr(", "))),
                     {},
                     id};
    }
    if (!changed->isEmpty())
        return Error{StudentRemoveText::tr("Adding %1 cannot be undone because %n field(s) of the student's record "
                                           "were changed since. Nothing was removed.",
                                           nullptr, int(changed->size()))
                             .arg(name),
                     changed->first().name, id};

    if (auto st = studentwrites::deleteStudent(scope, current.student, current.guardians); !st)
        return st;
    if (auto st = studentwrites::auditSections(scope, QStringLiteral("delete"), id, {Section::Identity},
                                               allowed->reason, QStringLiteral("undo: add student"));
        !st)
        return st;
    return scope.commit();
}

}  // namespace care
