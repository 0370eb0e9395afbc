#pragma once

#include "domain/entities.h"
#include "security/accesscontrol.h"
#include "storage/writescope.h"

#include <QList>
#include <QString>

namespace care::studentwrites {

// Shared by StudentService's writes (studentservice.cpp, studentfieldwrites.cpp,
// studentremoveadded.cpp): the audit events and the removal of a student.

// One audit event per section written, each with the break-the-glass reason
// if one was used, and `summary` (an undo or a redo says so there).
Status auditSections(WriteScope &scope, const QString &action, const QString &studentId, const QList<Section> &sections,
                     const QString &reason, const QString &summary = {});

// The break-the-glass reason of the first granted decision that has one.
QString grantReason(const QList<const Result<AccessDecision> *> &decisions);

// Deletes the student with its term records (and daily absences, subject
// marks, behaviour incidents, screening results, risk history),
// enrollments and guardian links, and the guardians and household nobody
// else uses; each deleted row leaves a change-log tombstone. The caller
// checks access, audits and commits.
Status deleteStudent(WriteScope &scope, const Student &student, const QList<GuardianLink> &links);

}  // namespace care::studentwrites
