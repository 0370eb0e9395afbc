#pragma once

#include "domain/entities.h"
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

// The one way the app and the CLI change students: validates, then writes
// the record, its audit event and its change-log entries in one transaction.
class StudentService {
public:
    StudentService(Database &db, const Clock &clock);

    // Every problem with the record, each naming its field; empty = valid.
    QList<Error> validate(const StudentRecord &record) const;

    // A record that already carries ids (student, household, guardians) is
    // created with those ids: undoing a removal brings back the same record.
    Result<QString> create(StudentRecord record, const Actor &actor);
    // Saves `record` over the stored one (by record.student.id); only changed
    // fields are written. Guardians missing from the record are unlinked.
    Status update(const StudentRecord &record, const Actor &actor);

    // Deletes the student with its term records, enrollments and guardian
    // links, and the guardians and household nobody else uses, in one audited
    // write that leaves change-log tombstones.
    Status remove(const QString &studentId, const Actor &actor);

    Result<StudentRecord> load(const QString &studentId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
