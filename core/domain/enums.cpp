#include "domain/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace care {

// Context for lupdate: enum labels are translated as "care::EnumText".
struct EnumText {
    Q_DECLARE_TR_FUNCTIONS(EnumText)
};

namespace {

template <typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, const char *>, N>;

constexpr CodeTable<SchoolKind, 5> schoolKindCodes{{
    {SchoolKind::ChildDevelopmentCentre, "child_development_centre"},
    {SchoolKind::Kindergarten, "kindergarten"},
    {SchoolKind::Primary, "primary"},
    {SchoolKind::Secondary, "secondary"},
    {SchoolKind::Combined, "combined"},
}};
constexpr CodeTable<Sex, 2> sexCodes{{{Sex::Male, "male"}, {Sex::Female, "female"}}};
constexpr CodeTable<StudentStatus, 4> statusCodes{{
    {StudentStatus::Studying, "studying"},
    {StudentStatus::Moved, "moved"},
    {StudentStatus::LeftSchool, "left_school"},
    {StudentStatus::Graduated, "graduated"},
}};
constexpr CodeTable<IdKind, 3> idKindCodes{{
    {IdKind::NationalId, "national_id"}, {IdKind::GCode, "g_code"}, {IdKind::None, "none"}}};
constexpr CodeTable<GuardianRelation, 9> relationCodes{{
    {GuardianRelation::Father, "father"},
    {GuardianRelation::Mother, "mother"},
    {GuardianRelation::Grandfather, "grandfather"},
    {GuardianRelation::Grandmother, "grandmother"},
    {GuardianRelation::Uncle, "uncle"},
    {GuardianRelation::Aunt, "aunt"},
    {GuardianRelation::Sibling, "sibling"},
    {GuardianRelation::Relative, "relative"},
    {GuardianRelation::Other, "other"},
}};
constexpr CodeTable<LivingArrangement, 7> livingCodes{{
    {LivingArrangement::BothParents, "both_parents"},
    {LivingArrangement::MotherOnly, "mother_only"},
    {LivingArrangement::FatherOnly, "father_only"},
    {LivingArrangement::Grandparents, "grandparents"},
    {LivingArrangement::Relatives, "relatives"},
    {LivingArrangement::Institution, "institution"},
    {LivingArrangement::Other, "other"},
}};
constexpr CodeTable<Grade, 16> gradeCodes{{
    {Grade::EarlyChildhood, "ECD"}, {Grade::K1, "K1"}, {Grade::K2, "K2"}, {Grade::K3, "K3"},
    {Grade::P1, "P1"}, {Grade::P2, "P2"}, {Grade::P3, "P3"}, {Grade::P4, "P4"},
    {Grade::P5, "P5"}, {Grade::P6, "P6"}, {Grade::M1, "M1"}, {Grade::M2, "M2"},
    {Grade::M3, "M3"}, {Grade::M4, "M4"}, {Grade::M5, "M5"}, {Grade::M6, "M6"},
}};

template <typename E, std::size_t N>
QString codeIn(const CodeTable<E, N> &table, E value)
{
    for (const auto &[v, c] : table)
        if (v == value)
            return QString::fromLatin1(c);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const CodeTable<E, N> &table, const QString &text)
{
    for (const auto &[v, c] : table)
        if (text == QLatin1String(c))
            return v;
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesIn(const CodeTable<E, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}


} // namespace

#define CARE_ENUM_CODES(E, table)                                                        \
    template <> QString code<E>(E value) { return codeIn(table, value); }                \
    template <> std::optional<E> fromCode<E>(const QString &text) { return valueIn(table, text); } \
    template <> QList<E> allValues<E>() { return valuesIn(table); }

CARE_ENUM_CODES(SchoolKind, schoolKindCodes)
CARE_ENUM_CODES(Sex, sexCodes)
CARE_ENUM_CODES(StudentStatus, statusCodes)
CARE_ENUM_CODES(IdKind, idKindCodes)
CARE_ENUM_CODES(GuardianRelation, relationCodes)
CARE_ENUM_CODES(LivingArrangement, livingCodes)
CARE_ENUM_CODES(Grade, gradeCodes)
#undef CARE_ENUM_CODES

QString label(SchoolKind value)
{
    switch (value) {
    case SchoolKind::ChildDevelopmentCentre: return EnumText::tr("Child development centre");
    case SchoolKind::Kindergarten: return EnumText::tr("Kindergarten");
    case SchoolKind::Primary: return EnumText::tr("Primary school");
    case SchoolKind::Secondary: return EnumText::tr("Secondary school");
    case SchoolKind::Combined: return EnumText::tr("Kindergarten to secondary school");
    }
    return {};
}

QString label(Sex value)
{
    return value == Sex::Male ? EnumText::tr("Male") : EnumText::tr("Female");
}

QString label(StudentStatus value)
{
    switch (value) {
    case StudentStatus::Studying: return EnumText::tr("Studying");
    case StudentStatus::Moved: return EnumText::tr("Moved school");
    case StudentStatus::LeftSchool: return EnumText::tr("Left school");
    case StudentStatus::Graduated: return EnumText::tr("Graduated");
    }
    return {};
}

QString label(IdKind value)
{
    switch (value) {
    case IdKind::NationalId: return EnumText::tr("National ID number");
    case IdKind::GCode: return EnumText::tr("G-code");
    case IdKind::None: return EnumText::tr("No ID number");
    }
    return {};
}

QString label(GuardianRelation value)
{
    switch (value) {
    case GuardianRelation::Father: return EnumText::tr("Father");
    case GuardianRelation::Mother: return EnumText::tr("Mother");
    case GuardianRelation::Grandfather: return EnumText::tr("Grandfather");
    case GuardianRelation::Grandmother: return EnumText::tr("Grandmother");
    case GuardianRelation::Uncle: return EnumText::tr("Uncle");
    case GuardianRelation::Aunt: return EnumText::tr("Aunt");
    case GuardianRelation::Sibling: return EnumText::tr("Older sibling");
    case GuardianRelation::Relative: return EnumText::tr("Other relative");
    case GuardianRelation::Other: return EnumText::tr("Other");
    }
    return {};
}

QString label(LivingArrangement value)
{
    switch (value) {
    case LivingArrangement::BothParents: return EnumText::tr("Lives with both parents");
    case LivingArrangement::MotherOnly: return EnumText::tr("Lives with mother");
    case LivingArrangement::FatherOnly: return EnumText::tr("Lives with father");
    case LivingArrangement::Grandparents: return EnumText::tr("Lives with grandparents");
    case LivingArrangement::Relatives: return EnumText::tr("Lives with relatives");
    case LivingArrangement::Institution: return EnumText::tr("Lives in a care institution");
    case LivingArrangement::Other: return EnumText::tr("Other arrangement");
    }
    return {};
}

int gradeOrdinal(Grade grade) { return static_cast<int>(grade); }

QString label(Grade value)
{
    const int n = gradeOrdinal(value);
    if (value == Grade::EarlyChildhood)
        return EnumText::tr("ECD");
    if (n <= gradeOrdinal(Grade::K3))
        return EnumText::tr("K.%1").arg(n - gradeOrdinal(Grade::K1) + 1);
    if (n <= gradeOrdinal(Grade::P6))
        return EnumText::tr("P.%1").arg(n - gradeOrdinal(Grade::P1) + 1);
    return EnumText::tr("M.%1").arg(n - gradeOrdinal(Grade::M1) + 1);
}

QString longLabel(Grade value)
{
    const int n = gradeOrdinal(value);
    if (value == Grade::EarlyChildhood)
        return EnumText::tr("Early childhood development centre");
    if (n <= gradeOrdinal(Grade::K3))
        return EnumText::tr("Kindergarten %1").arg(n - gradeOrdinal(Grade::K1) + 1);
    if (n <= gradeOrdinal(Grade::P6))
        return EnumText::tr("Primary %1").arg(n - gradeOrdinal(Grade::P1) + 1);
    return EnumText::tr("Secondary %1").arg(n - gradeOrdinal(Grade::M1) + 1);
}

QString classroomName(Grade grade, int room)
{
    return QStringLiteral("%1/%2").arg(label(grade)).arg(room);
}

} // namespace care
