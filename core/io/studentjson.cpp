#include "io/studentjson.h"

#include "util/clock.h"

#include <QJsonArray>

namespace care {
namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestampValue(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(toStoredTimestamp(utc)) : QJsonValue(QJsonValue::Null);
}

// Optional text fields: an empty string and "not recorded" mean the same here.
QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template <typename T>
QJsonValue optionalNumber(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject attendanceToJson(const AttendanceRecord &a)
{
    return QJsonObject{
        {QStringLiteral("daysEnrolled"), a.daysEnrolled},
        {QStringLiteral("daysAbsent"), a.daysAbsent},
        {QStringLiteral("daysLate"), a.daysLate},
        {QStringLiteral("absenceRate"), a.absenceRate()},
    };
}

QJsonObject academicToJson(const AcademicRecord &a)
{
    return QJsonObject{
        {QStringLiteral("gpa"), optionalNumber(a.gpa)},
        {QStringLiteral("failingMarks"), a.failingMarks},
        {QStringLiteral("incompleteMarks"), a.incompleteMarks},
        {QStringLiteral("notAllowedMarks"), a.notAllowedMarks},
        {QStringLiteral("nonPassingMarks"), a.nonPassingMarks()},
    };
}

template <typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace

QJsonObject addressToJson(const Address &a)
{
    return QJsonObject{
        {QStringLiteral("houseNumber"), textValue(a.houseNumber)},
        {QStringLiteral("villageNumber"), textValue(a.villageNumber)},
        {QStringLiteral("community"), textValue(a.community)},
        {QStringLiteral("road"), textValue(a.road)},
        {QStringLiteral("subdistrict"), textValue(a.subdistrict)},
        {QStringLiteral("district"), textValue(a.district)},
        {QStringLiteral("province"), textValue(a.province)},
        {QStringLiteral("postcode"), textValue(a.postcode)},
    };
}

QJsonObject schoolToJson(const School &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("code"), s.code},
        {QStringLiteral("nameTh"), s.nameTh},
        {QStringLiteral("nameEn"), textValue(s.nameEn)},
        {QStringLiteral("kind"), code(s.kind)},
    };
}

QJsonObject householdToJson(const Household &h)
{
    return QJsonObject{
        {QStringLiteral("id"), h.id},
        {QStringLiteral("address"), addressToJson(h.address)},
        {QStringLiteral("memberCount"), h.memberCount},
        {QStringLiteral("monthlyIncomeBaht"), optionalNumber(h.monthlyIncomeBaht)},
        {QStringLiteral("incomePerPersonBaht"), optionalNumber(h.incomePerPersonBaht())},
        {QStringLiteral("livingArrangement"), code(h.livingArrangement)},
        {QStringLiteral("notes"), textValue(h.notes)},
    };
}

QJsonObject guardianLinkToJson(const GuardianLink &link)
{
    const Guardian &g = link.guardian;
    return QJsonObject{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("prefix"), textValue(g.prefix)},
        {QStringLiteral("firstName"), g.firstName},
        {QStringLiteral("lastName"), textValue(g.lastName)},
        {QStringLiteral("citizenId"), textValue(g.citizenId)},
        {QStringLiteral("phone"), textValue(g.phone)},
        {QStringLiteral("occupation"), textValue(g.occupation)},
        {QStringLiteral("birthDate"), dateValue(g.birthDate)},
        {QStringLiteral("relation"), code(link.relation)},
        {QStringLiteral("isPrimary"), link.isPrimary},
        {QStringLiteral("livesWithStudent"), link.livesWithStudent},
    };
}

QJsonObject enrollmentToJson(const EnrollmentHistoryRow &row)
{
    return QJsonObject{
        {QStringLiteral("enrollmentId"), row.enrollmentId},
        {QStringLiteral("yearBe"), row.yearBe},
        {QStringLiteral("schoolId"), row.schoolId},
        {QStringLiteral("schoolName"), row.schoolName},
        {QStringLiteral("classroomId"), row.classroomId},
        {QStringLiteral("grade"), code(row.grade)},
        {QStringLiteral("room"), row.room},
        {QStringLiteral("classNumber"), row.classNumber > 0 ? QJsonValue(row.classNumber) : QJsonValue()},
        {QStringLiteral("homeroomTeacher"), textValue(row.homeroomTeacher)},
    };
}

QJsonObject termIndicatorsToJson(const TermIndicators &t)
{
    return QJsonObject{
        {QStringLiteral("termId"), t.termId},
        {QStringLiteral("yearBe"), t.yearBe},
        {QStringLiteral("term"), t.termNumber},
        {QStringLiteral("attendance"), t.attendance ? QJsonValue(attendanceToJson(*t.attendance)) : QJsonValue()},
        {QStringLiteral("academic"), t.academic ? QJsonValue(academicToJson(*t.academic)) : QJsonValue()},
    };
}

QJsonObject studentToJson(const Student &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("schoolId"), s.schoolId},
        {QStringLiteral("idKind"), code(s.idKind)},
        {QStringLiteral("citizenId"), textValue(s.citizenId)},
        {QStringLiteral("studentNumber"), textValue(s.studentNumber)},
        {QStringLiteral("prefix"), textValue(s.prefix)},
        {QStringLiteral("firstNameTh"), textValue(s.firstNameTh)},
        {QStringLiteral("lastNameTh"), textValue(s.lastNameTh)},
        {QStringLiteral("firstNameEn"), textValue(s.firstNameEn)},
        {QStringLiteral("lastNameEn"), textValue(s.lastNameEn)},
        {QStringLiteral("nickname"), textValue(s.nickname)},
        {QStringLiteral("birthDate"), dateValue(s.birthDate)},
        {QStringLiteral("sex"), code(s.sex)},
        {QStringLiteral("address"), addressToJson(s.address)},
        {QStringLiteral("status"), code(s.status)},
        {QStringLiteral("householdId"), textValue(s.householdId)},
        {QStringLiteral("createdAt"), timestampValue(s.createdAt)},
        {QStringLiteral("updatedAt"), timestampValue(s.updatedAt)},
    };
}

QJsonObject studentProfileToJson(const StudentProfile &p)
{
    QJsonObject json = studentToJson(p.student);
    json.insert(QStringLiteral("school"), schoolToJson(p.school));
    json.insert(QStringLiteral("household"), p.household ? QJsonValue(householdToJson(*p.household)) : QJsonValue());
    json.insert(QStringLiteral("guardians"), arrayOf(p.guardians, guardianLinkToJson));
    json.insert(QStringLiteral("enrollments"), arrayOf(p.enrollments, enrollmentToJson));
    json.insert(QStringLiteral("terms"), arrayOf(p.terms, termIndicatorsToJson));
    return json;
}

QJsonObject studentListRowToJson(const StudentListRow &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("citizenId"), textValue(r.citizenId)},
        {QStringLiteral("studentNumber"), textValue(r.studentNumber)},
        {QStringLiteral("prefix"), textValue(r.prefix)},
        {QStringLiteral("firstNameTh"), textValue(r.firstNameTh)},
        {QStringLiteral("lastNameTh"), textValue(r.lastNameTh)},
        {QStringLiteral("firstNameEn"), textValue(r.firstNameEn)},
        {QStringLiteral("lastNameEn"), textValue(r.lastNameEn)},
        {QStringLiteral("nickname"), textValue(r.nickname)},
        {QStringLiteral("birthDate"), dateValue(r.birthDate)},
        {QStringLiteral("sex"), code(r.sex)},
        {QStringLiteral("status"), code(r.status)},
        {QStringLiteral("schoolId"), r.schoolId},
        {QStringLiteral("schoolName"), r.schoolName},
        {QStringLiteral("classroom"), textValue(r.classroomName)},
    };
}

} // namespace care
