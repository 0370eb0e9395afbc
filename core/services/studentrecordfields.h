#pragma once

#include <QList>
#include <QString>

namespace care {

struct StudentRecord;

// Which part of a StudentRecord a field belongs to.
enum class RecordPart { Student, Household, Guardian };

// One field of a StudentRecord, named as the validators and the form name it
// ("firstNameTh", "monthlyIncomeBaht", "phone", "relation"). Two names stand
// for a whole part: kHouseholdField (whether the student has this household)
// and kLinkedField (whether this guardian is linked to the student).
struct RecordField {
    RecordPart part = RecordPart::Student;
    QString name;
    QString guardianId;  // RecordPart::Guardian only
    bool operator==(const RecordField &) const = default;
};

inline const QString kHouseholdField = QStringLiteral("household");
inline const QString kLinkedField = QStringLiteral("linked");

// Field-by-field comparison and copying of student records: what an undo,
// a redo or a save writes is the fields that differ between the record
// before and after, nothing else.
namespace recordfields {

// The fields whose values differ between `a` and `b`. Guardians are matched
// by id (one without an id, not stored yet, is left out); a household or a
// guardian present in only one of them is one field (household, linked).
QList<RecordField> differences(const StudentRecord &a, const StudentRecord &b);

// Whether `field` holds the same value in `a` and `b`. For a household or a
// guardian as a whole: both absent, or both present with the same id and
// the same values in every field.
bool same(const StudentRecord &a, const StudentRecord &b, const RecordField &field);

// Sets `field` of `target` to its value in `source`; for a whole household
// or guardian, adds, replaces or removes it.
void copy(StudentRecord &target, const StudentRecord &source, const RecordField &field);

// The fields that make `field` differ between `a` and `b`, as precisely as
// can be said: for a household or guardian present in both, its fields that
// differ; otherwise `field` itself.
QList<RecordField> explain(const StudentRecord &a, const StudentRecord &b, const RecordField &field);

// True for a field of a record siblings may share: one of the household's
// own fields, or one of a guardian's own (not of the guardian's link to
// this student, and not the household or the link as a whole).
bool isShareable(const RecordField &field);

}  // namespace recordfields

}  // namespace care
