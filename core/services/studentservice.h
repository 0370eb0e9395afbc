#pragma once

#include "domain/entities.h"
#include "security/session.h"
#include "services/studentrecordfields.h"
#include "storage/database.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <QList>

namespace care {

class Clock;

// Everything a user edits about one student, saved as one unit.
struct StudentRecord {
    Student student;
    std::optional<Household> household;
    QList<GuardianLink> guardians;
    QString classroomId;  // on create: enrol into this classroom (its academic year)
    int classNumber = 0;
};

// Why a record is written field by field (named in the audit event).
enum class EditPurpose { Save, Undo, Redo };

// The one way the app and the CLI read and change students. Every method
// takes the signed-in session and asks AccessControl before it reads or
// writes; each write (and each view of the family section) is audited in the
// same transaction.
class StudentService {
public:
    StudentService(Database &db, const Clock &clock);

    // Every problem with the record, each naming its field; empty = valid.
    QList<Error> validate(const StudentRecord &record) const;

    // Needs identity/create at the record's school (and family/create when it
    // has a household or guardians). A record that already carries ids
    // (student, household, guardians) is created with those ids: undoing a
    // removal brings back the same record.
    Result<QString> create(StudentRecord record, const Session &session);
    // Saves `record` over the stored one (by record.student.id); only changed
    // fields are written. Needs identity/update when the student's own fields
    // change and family/update when household or guardians change. Guardians
    // missing from the record are unlinked, except by a session that may not
    // view the family and sends none: then the family stays as it is.
    Status update(const StudentRecord &record, const Session &session);

    // Writes only the fields that differ between `from` (the record as the
    // writer last saw it) and `to` (as it wants it), in one audited write:
    // whatever others saved meanwhile in other fields stays. A field that
    // already holds its `to` value is left alone; one that holds neither
    // value was changed since by someone else: then nothing is written, the
    // error says so and `changedSince` (when given) names those fields.
    // Guardians in `to` without an id are added with a new one. Returns `to`
    // with the ids its new guardians and household got. Access as update();
    // a changed household recomputes the risk of everyone living in it; the
    // audit event of an undo or redo says which it was.
    Result<StudentRecord> writeFields(const StudentRecord &from, const StudentRecord &to, EditPurpose purpose,
                                      const Session &session, QList<RecordField> *changedSince = nullptr);

    // Undoes adding a student: removes it as remove() does, but only while
    // nothing was built on it. Refused when any row of another table refers
    // to the student (screenings, absences, marks, risk history, consent,
    // grants, other enrollments or guardian links; found from the schema's
    // foreign keys, so later tables count too) other than the enrollment and
    // guardian links `added` itself brought, or when a field of `added`
    // (the record as create() stored it) was changed since (named in
    // `changedSince`). Needs identity/delete; audited as an undo.
    Status removeAdded(const StudentRecord &added, const Session &session, QList<RecordField> *changedSince = nullptr);

    // Needs identity/delete. Deletes the student with its term records
    // (and daily absences, subject marks, behaviour incidents, screening
    // results), enrollments and guardian links, and the guardians and household nobody
    // else uses, in one audited write that leaves change-log tombstones.
    Status remove(const QString &studentId, const Session &session);

    // Needs identity/view. Household and guardians only when the session may
    // view the family (that view is audited).
    Result<StudentRecord> load(const Session &session, const QString &studentId) const;
    // The profile screen's data: identity, enrollments, attendance and
    // grades; family only when the session may view it (audited).
    Result<StudentProfile> profile(const Session &session, const QString &studentId) const;
    // Needs identity/view. The student's own fields only (name, birth date
    // …), for a dialog's title; never the family.
    Result<Student> identity(const Session &session, const QString &studentId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
