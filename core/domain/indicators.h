#pragma once

#include "domain/entities.h"
#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace care {

// Early-warning indicators beyond the term records of entities.h: daily
// absences, failing marks per subject and behaviour incidents. The codes are
// what the tables store (schema 4) and what the risk rules and CSV files use.

enum class AbsenceKind {
    Absent,  // "absent": missed the day
    Late,    // "late": came late
};

// A failing mark of one subject in one term (Thai marks).
enum class MarkKind {
    Fail,        // "0": failed
    Incomplete,  // "ร": incomplete work (ไม่สมบูรณ์)
    NotAllowed,  // "มส": not allowed to sit the exam (ไม่มีสิทธิ์สอบ)
};

// Kinds of behaviour incident, a fixed list so that counts compare across schools.
enum class BehaviourKind {
    Truancy,          // "truancy": skipped school or lessons
    Disruption,       // "disruption": disrupting lessons, defiance
    Bullying,         // "bullying": including online bullying
    Violence,         // "violence": fighting, assault
    SubstanceUse,     // "substance_use": drugs, alcohol, smoking, vaping
    Weapon,           // "weapon": carrying or using a weapon
    Vandalism,        // "vandalism": damage, theft of property
    SexualBehaviour,  // "sexual_behaviour": risky sexual behaviour
    OnlineOveruse,    // "online_overuse": gaming or internet overuse
    Other,            // "other"
};

enum class Severity {
    Minor,    // "minor"
    Serious,  // "serious"
};

template <>
QString code<AbsenceKind>(AbsenceKind value);
template <>
std::optional<AbsenceKind> fromCode<AbsenceKind>(const QString &text);
template <>
QList<AbsenceKind> allValues<AbsenceKind>();
template <>
QString code<MarkKind>(MarkKind value);  // "0", "ร", "มส"
template <>
std::optional<MarkKind> fromCode<MarkKind>(const QString &text);
template <>
QList<MarkKind> allValues<MarkKind>();
template <>
QString code<BehaviourKind>(BehaviourKind value);
template <>
std::optional<BehaviourKind> fromCode<BehaviourKind>(const QString &text);
template <>
QList<BehaviourKind> allValues<BehaviourKind>();
template <>
QString code<Severity>(Severity value);
template <>
std::optional<Severity> fromCode<Severity>(const QString &text);
template <>
QList<Severity> allValues<Severity>();

QString label(AbsenceKind value);
QString label(MarkKind value);
QString label(BehaviourKind value);
QString label(Severity value);

// A mark as people type it: the codes, and also "r" for ร and "ms" for มส
// (any case, spaces ignored) for keyboards without a Thai layout.
std::optional<MarkKind> markFromText(const QString &text);

struct DailyAbsence {
    QString id;
    QString studentId;
    QString termId;  // set by the service from the date
    QDate onDate;
    AbsenceKind kind = AbsenceKind::Absent;
};

struct SubjectMark {
    QString id;
    QString subject;  // as the school names it, e.g. "คณิตศาสตร์"
    MarkKind mark = MarkKind::Fail;
};

// One term's grades: the GPA and the failing marks. With subjects listed,
// the counts are those of the list; without, the counts are kept as given
// (schools that only report totals).
struct TermGrades {
    QString studentId;
    QString termId;
    int yearBe = 0;             // read only: the term's academic year (BE)
    int termNumber = 0;         // read only
    std::optional<double> gpa;  // 0.00–4.00
    QList<SubjectMark> subjects;
    int failingMarks = 0;     // 0
    int incompleteMarks = 0;  // ร
    int notAllowedMarks = 0;  // มส
};

// Attendance of one term and whether its counts come from daily rows.
struct TermAttendance {
    AttendanceRecord record;
    int yearBe = 0;  // the term's academic year (BE)
    int termNumber = 0;
    int dailyRows = 0;  // > 0: days absent and late are the daily rows' counts
};

struct BehaviourIncident {
    QString id;
    QString studentId;
    QDate occurredOn;
    BehaviourKind kind = BehaviourKind::Other;
    Severity severity = Severity::Minor;
    QString note;            // sealed at rest
    QString recordedBy;      // user id
    QString recordedByName;  // display name (read only)
};

}  // namespace care
