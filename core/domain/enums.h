#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace care {

// Every enum is stored by a stable English code (never its integer value)
// and shown through label(), which is translated.

enum class SchoolKind { ChildDevelopmentCentre, Kindergarten, Primary, Secondary, Combined };
enum class Sex { Male, Female };
enum class StudentStatus { Studying, Moved, LeftSchool, Graduated };
enum class IdKind { NationalId, GCode, None };
enum class GuardianRelation { Father, Mother, Grandfather, Grandmother, Uncle, Aunt, Sibling, Relative, Other };
enum class LivingArrangement { BothParents, MotherOnly, FatherOnly, Grandparents, Relatives, Institution, Other };

// Grade levels from early childhood to upper secondary, in school order.
enum class Grade {
    EarlyChildhood, K1, K2, K3,
    P1, P2, P3, P4, P5, P6,
    M1, M2, M3, M4, M5, M6
};

template <typename E> QString code(E value);
template <typename E> std::optional<E> fromCode(const QString &code);
template <typename E> QList<E> allValues();

QString label(SchoolKind value);
QString label(Sex value);
QString label(StudentStatus value);
QString label(IdKind value);
QString label(GuardianRelation value);
QString label(LivingArrangement value);
QString label(Grade value);       // "ป.4" in Thai, "P.4" in English
QString longLabel(Grade value);   // "ประถมศึกษาปีที่ 4" / "Primary 4"

QString classroomName(Grade grade, int room);  // "ป.4/2"
int gradeOrdinal(Grade grade);                 // 0 .. 15, school order

} // namespace care
