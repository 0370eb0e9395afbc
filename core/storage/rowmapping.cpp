#include "storage/rowmapping.h"

#include "locale/collation.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace care {

struct RowMappingText {
    Q_DECLARE_TR_FUNCTIONS(RowMappingText)
};

namespace {

void setAddress(TableRow &row, const Address &a)
{
    row.set(QStringLiteral("house_number"), a.houseNumber)
        .set(QStringLiteral("village_number"), a.villageNumber)
        .set(QStringLiteral("community"), a.community)
        .set(QStringLiteral("road"), a.road)
        .set(QStringLiteral("subdistrict"), a.subdistrict)
        .set(QStringLiteral("district"), a.district)
        .set(QStringLiteral("province"), a.province)
        .set(QStringLiteral("postcode"), a.postcode);
}

const QStringList &addressColumns()
{
    static const QStringList cols{
        QStringLiteral("house_number"), QStringLiteral("village_number"), QStringLiteral("community"),
        QStringLiteral("road"), QStringLiteral("subdistrict"), QStringLiteral("district"),
        QStringLiteral("province"), QStringLiteral("postcode")};
    return cols;
}

Address addressFrom(const QSqlQuery &q, int first)
{
    Address a;
    a.houseNumber = q.value(first).toString();
    a.villageNumber = q.value(first + 1).toString();
    a.community = q.value(first + 2).toString();
    a.road = q.value(first + 3).toString();
    a.subdistrict = q.value(first + 4).toString();
    a.district = q.value(first + 5).toString();
    a.province = q.value(first + 6).toString();
    a.postcode = q.value(first + 7).toString();
    return a;
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QString());
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

TableRow toRow(const Municipality &m, const QString &now)
{
    TableRow row{QStringLiteral("municipality"), m.id, {}};
    row.set(QStringLiteral("code"), m.code)
        .set(QStringLiteral("name_th"), m.nameTh)
        .set(QStringLiteral("name_en"), m.nameEn)
        .set(QStringLiteral("province"), m.province)
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now);
    return row;
}

TableRow toRow(const School &s, const QString &now)
{
    TableRow row{QStringLiteral("school"), s.id, {}};
    row.set(QStringLiteral("municipality_id"), s.municipalityId)
        .set(QStringLiteral("code"), s.code)
        .set(QStringLiteral("name_th"), s.nameTh)
        .set(QStringLiteral("name_en"), s.nameEn)
        .set(QStringLiteral("kind"), code(s.kind))
        .set(QStringLiteral("lowest_grade"), code(s.lowestGrade))
        .set(QStringLiteral("highest_grade"), code(s.highestGrade));
    setAddress(row, s.address);
    row.set(QStringLiteral("phone"), s.phone)
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now);
    return row;
}

TableRow toRow(const AcademicYear &y)
{
    TableRow row{QStringLiteral("academic_year"), y.id, {}};
    row.set(QStringLiteral("year_be"), y.yearBe)
        .set(QStringLiteral("starts_on"), dateValue(y.startsOn))
        .set(QStringLiteral("ends_on"), dateValue(y.endsOn));
    return row;
}

TableRow toRow(const Term &t)
{
    TableRow row{QStringLiteral("term"), t.id, {}};
    row.set(QStringLiteral("academic_year_id"), t.academicYearId)
        .set(QStringLiteral("number"), t.number)
        .set(QStringLiteral("starts_on"), dateValue(t.startsOn))
        .set(QStringLiteral("ends_on"), dateValue(t.endsOn));
    return row;
}

TableRow toRow(const Classroom &c)
{
    TableRow row{QStringLiteral("classroom"), c.id, {}};
    row.set(QStringLiteral("school_id"), c.schoolId)
        .set(QStringLiteral("academic_year_id"), c.academicYearId)
        .set(QStringLiteral("grade"), code(c.grade))
        .set(QStringLiteral("grade_ordinal"), gradeOrdinal(c.grade))
        .set(QStringLiteral("room"), c.room)
        .set(QStringLiteral("homeroom_teacher"), c.homeroomTeacher);
    return row;
}

TableRow toRow(const Enrollment &e)
{
    TableRow row{QStringLiteral("enrollment"), e.id, {}};
    row.set(QStringLiteral("student_id"), e.studentId)
        .set(QStringLiteral("classroom_id"), e.classroomId)
        .set(QStringLiteral("academic_year_id"), e.academicYearId)
        .set(QStringLiteral("class_number"), e.classNumber);
    return row;
}

QStringList studentColumns()
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("school_id"), QStringLiteral("id_kind"),
                     QStringLiteral("citizen_id"), QStringLiteral("student_number"), QStringLiteral("prefix"),
                     QStringLiteral("first_name_th"), QStringLiteral("last_name_th"),
                     QStringLiteral("first_name_en"), QStringLiteral("last_name_en"), QStringLiteral("nickname"),
                     QStringLiteral("birth_date"), QStringLiteral("sex")};
    cols << addressColumns();
    cols << QStringLiteral("status") << QStringLiteral("household_id") << QStringLiteral("created_at")
         << QStringLiteral("updated_at");
    return cols;
}

TableRow toRow(const Student &s)
{
    TableRow row{QStringLiteral("student"), s.id, {}};
    row.set(QStringLiteral("school_id"), s.schoolId)
        .set(QStringLiteral("id_kind"), code(s.idKind))
        .set(QStringLiteral("citizen_id"), s.citizenId)
        .set(QStringLiteral("student_number"), s.studentNumber)
        .set(QStringLiteral("prefix"), s.prefix)
        .set(QStringLiteral("first_name_th"), s.firstNameTh)
        .set(QStringLiteral("last_name_th"), s.lastNameTh)
        .set(QStringLiteral("first_name_en"), s.firstNameEn)
        .set(QStringLiteral("last_name_en"), s.lastNameEn)
        .set(QStringLiteral("nickname"), s.nickname)
        .set(QStringLiteral("birth_date"), dateValue(s.birthDate))
        .set(QStringLiteral("sex"), code(s.sex));
    setAddress(row, s.address);
    row.set(QStringLiteral("status"), code(s.status))
        .set(QStringLiteral("household_id"), s.householdId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                     : QVariant(s.householdId))
        .set(QStringLiteral("created_at"), toStoredTimestamp(s.createdAt))
        .set(QStringLiteral("updated_at"), toStoredTimestamp(s.updatedAt))
        .set(QStringLiteral("sort_key"), collation::sortKey(s.lastNameTh.isEmpty() && s.firstNameTh.isEmpty()
                                                                ? s.firstNameEn + QLatin1Char(' ') + s.lastNameEn
                                                                : s.firstNameTh + QLatin1Char(' ') + s.lastNameTh));
    return row;
}

Student studentFromQuery(const QSqlQuery &q, int i)
{
    Student s;
    s.id = q.value(i++).toString();
    s.schoolId = q.value(i++).toString();
    s.idKind = fromCode<IdKind>(q.value(i++).toString()).value_or(IdKind::None);
    s.citizenId = q.value(i++).toString();
    s.studentNumber = q.value(i++).toString();
    s.prefix = q.value(i++).toString();
    s.firstNameTh = q.value(i++).toString();
    s.lastNameTh = q.value(i++).toString();
    s.firstNameEn = q.value(i++).toString();
    s.lastNameEn = q.value(i++).toString();
    s.nickname = q.value(i++).toString();
    s.birthDate = dateFrom(q.value(i++));
    s.sex = fromCode<Sex>(q.value(i++).toString()).value_or(Sex::Male);
    s.address = addressFrom(q, i);
    i += 8;
    s.status = fromCode<StudentStatus>(q.value(i++).toString()).value_or(StudentStatus::Studying);
    s.householdId = q.value(i++).toString();
    s.createdAt = fromStoredTimestamp(q.value(i++).toString());
    s.updatedAt = fromStoredTimestamp(q.value(i++).toString());
    return s;
}

QStringList guardianColumns()
{
    return {QStringLiteral("id"), QStringLiteral("prefix"), QStringLiteral("first_name"),
            QStringLiteral("last_name"), QStringLiteral("citizen_id"), QStringLiteral("phone"),
            QStringLiteral("occupation"), QStringLiteral("birth_date")};
}

TableRow toRow(const Guardian &g, const QString &now)
{
    TableRow row{QStringLiteral("guardian"), g.id, {}};
    row.set(QStringLiteral("prefix"), g.prefix)
        .set(QStringLiteral("first_name"), g.firstName)
        .set(QStringLiteral("last_name"), g.lastName)
        .set(QStringLiteral("citizen_id"), g.citizenId)
        .set(QStringLiteral("phone"), g.phone)
        .set(QStringLiteral("occupation"), g.occupation)
        .set(QStringLiteral("birth_date"), dateValue(g.birthDate))
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now);
    return row;
}

TableRow toRow(const QString &studentId, const GuardianLink &link)
{
    TableRow row{QStringLiteral("student_guardian"), studentId + QLatin1Char(':') + link.guardian.id, {}};
    row.set(QStringLiteral("student_id"), studentId)
        .set(QStringLiteral("guardian_id"), link.guardian.id)
        .set(QStringLiteral("relation"), code(link.relation))
        .set(QStringLiteral("is_primary"), link.isPrimary ? 1 : 0)
        .set(QStringLiteral("lives_with_student"), link.livesWithStudent ? 1 : 0);
    return row;
}

Guardian guardianFromQuery(const QSqlQuery &q, int i)
{
    Guardian g;
    g.id = q.value(i++).toString();
    g.prefix = q.value(i++).toString();
    g.firstName = q.value(i++).toString();
    g.lastName = q.value(i++).toString();
    g.citizenId = q.value(i++).toString();
    g.phone = q.value(i++).toString();
    g.occupation = q.value(i++).toString();
    g.birthDate = dateFrom(q.value(i++));
    return g;
}

QStringList householdColumns()
{
    QStringList cols{QStringLiteral("id")};
    cols << addressColumns();
    cols << QStringLiteral("member_count") << QStringLiteral("circumstances");
    return cols;
}

QString circumstancesJson(const Household &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("monthly_income"),
             h.monthlyIncomeBaht ? QJsonValue(*h.monthlyIncomeBaht) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("living_arrangement"), code(h.livingArrangement));
    o.insert(QStringLiteral("notes"), h.notes);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status applyCircumstancesJson(Household &h, const QString &json)
{
    h.monthlyIncomeBaht.reset();
    h.livingArrangement = LivingArrangement::Other;
    h.notes.clear();
    if (json.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return Error{RowMappingText::tr("The household circumstances are damaged and cannot be read."), {},
                     QStringLiteral("household.circumstances")};
    const QJsonObject o = doc.object();
    const QJsonValue income = o.value(QStringLiteral("monthly_income"));
    if (income.isDouble())
        h.monthlyIncomeBaht = income.toInt();
    h.livingArrangement = fromCode<LivingArrangement>(o.value(QStringLiteral("living_arrangement")).toString())
                              .value_or(LivingArrangement::Other);
    h.notes = o.value(QStringLiteral("notes")).toString();
    return {};
}

SealContext circumstancesContext(const QString &householdId)
{
    return SealContext{QStringLiteral("household"), QStringLiteral("circumstances"), householdId};
}

TableRow toRow(const Household &h, const QString &now, const FieldCipher &cipher)
{
    TableRow row{QStringLiteral("household"), h.id, {}};
    setAddress(row, h.address);
    row.set(QStringLiteral("member_count"), h.memberCount)
        .set(QStringLiteral("circumstances"), cipher.sealText(circumstancesJson(h), circumstancesContext(h.id)))
        .set(QStringLiteral("created_at"), now)
        .set(QStringLiteral("updated_at"), now);
    return row;
}

Result<Household> householdFromQuery(const QSqlQuery &q, const FieldCipher &cipher, int i)
{
    Household h;
    h.id = q.value(i++).toString();
    h.address = addressFrom(q, i);
    i += 8;
    h.memberCount = q.value(i++).toInt();
    const QString stored = q.value(i++).toString();
    if (!FieldCipher::isSealedText(stored) && !stored.isEmpty())
        return Error{RowMappingText::tr("The household circumstances are still stored unprotected; the "
                                        "administrator must finish setting up this database first."),
                     {}, QStringLiteral("household.circumstances")};
    auto plain = cipher.openText(stored, circumstancesContext(h.id));
    if (!plain)
        return plain.error();
    if (auto s = applyCircumstancesJson(h, plain.value()); !s)
        return s.error();
    return h;
}

QStringList schoolColumns()
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("municipality_id"), QStringLiteral("code"),
                     QStringLiteral("name_th"), QStringLiteral("name_en"), QStringLiteral("kind"),
                     QStringLiteral("lowest_grade"), QStringLiteral("highest_grade")};
    cols << addressColumns() << QStringLiteral("phone");
    return cols;
}

School schoolFromQuery(const QSqlQuery &q, int i)
{
    School s;
    s.id = q.value(i++).toString();
    s.municipalityId = q.value(i++).toString();
    s.code = q.value(i++).toString();
    s.nameTh = q.value(i++).toString();
    s.nameEn = q.value(i++).toString();
    s.kind = fromCode<SchoolKind>(q.value(i++).toString()).value_or(SchoolKind::Primary);
    s.lowestGrade = fromCode<Grade>(q.value(i++).toString()).value_or(Grade::P1);
    s.highestGrade = fromCode<Grade>(q.value(i++).toString()).value_or(Grade::P6);
    s.address = addressFrom(q, i);
    i += 8;
    s.phone = q.value(i++).toString();
    return s;
}

TableRow toRow(const AttendanceRecord &a)
{
    TableRow row{QStringLiteral("attendance_record"), a.id, {}};
    row.set(QStringLiteral("student_id"), a.studentId)
        .set(QStringLiteral("term_id"), a.termId)
        .set(QStringLiteral("days_enrolled"), a.daysEnrolled)
        .set(QStringLiteral("days_absent"), a.daysAbsent)
        .set(QStringLiteral("days_late"), a.daysLate);
    return row;
}

TableRow toRow(const AcademicRecord &a)
{
    TableRow row{QStringLiteral("academic_record"), a.id, {}};
    row.set(QStringLiteral("student_id"), a.studentId)
        .set(QStringLiteral("term_id"), a.termId)
        .set(QStringLiteral("gpa"), optionalDouble(a.gpa))
        .set(QStringLiteral("failing_marks"), a.failingMarks)
        .set(QStringLiteral("incomplete_marks"), a.incompleteMarks)
        .set(QStringLiteral("not_allowed_marks"), a.notAllowedMarks);
    return row;
}

} // namespace care
