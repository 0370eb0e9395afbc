#pragma once

#include "domain/entities.h"
#include "security/session.h"
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
