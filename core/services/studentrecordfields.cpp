#include "services/studentrecordfields.h"

#include "services/studentservice.h"

#include <algorithm>
#include <functional>

namespace care::recordfields {

namespace {

// How to compare and copy one field of an entity.
template <typename T>
struct Access {
    QString name;
    std::function<bool(const T &, const T &)> same;
    std::function<void(T &, const T &)> copy;
};

template <typename T, typename M>
Access<T> member(const char *name, M T::*field)
{
    return {QLatin1String(name), [field](const T &a, const T &b) { return a.*field == b.*field; },
            [field](T &target, const T &source) { target.*field = source.*field; }};
}

template <typename T, typename P, typename M>
Access<T> nested(const char *name, P T::*part, M P::*field)
{
    return {QLatin1String(name), [part, field](const T &a, const T &b) { return (a.*part).*field == (b.*part).*field; },
            [part, field](T &target, const T &source) { (target.*part).*field = (source.*part).*field; }};
}

template <typename T>
QList<Access<T>> withAddress(QList<Access<T>> fields)
{
    fields << nested("houseNumber", &T::address, &Address::houseNumber)
           << nested("villageNumber", &T::address, &Address::villageNumber)
           << nested("community", &T::address, &Address::community) << nested("road", &T::address, &Address::road)
           << nested("subdistrict", &T::address, &Address::subdistrict)
           << nested("district", &T::address, &Address::district) << nested("province", &T::address, &Address::province)
           << nested("postcode", &T::address, &Address::postcode);
    return fields;
}

// What a user edits; ids, the household link and timestamps are the service's.
const QList<Access<Student>> &studentFields()
{
    static const QList<Access<Student>> fields = withAddress<Student>(
            {member("schoolId", &Student::schoolId), member("idKind", &Student::idKind),
             member("citizenId", &Student::citizenId), member("studentNumber", &Student::studentNumber),
             member("prefix", &Student::prefix), member("firstNameTh", &Student::firstNameTh),
             member("lastNameTh", &Student::lastNameTh), member("firstNameEn", &Student::firstNameEn),
             member("lastNameEn", &Student::lastNameEn), member("nickname", &Student::nickname),
             member("birthDate", &Student::birthDate), member("sex", &Student::sex),
             member("status", &Student::status)});
    return fields;
}

const QList<Access<Household>> &householdFields()
{
    static const QList<Access<Household>> fields = withAddress<Household>(
            {member("memberCount", &Household::memberCount), member("monthlyIncomeBaht", &Household::monthlyIncomeBaht),
             member("livingArrangement", &Household::livingArrangement), member("notes", &Household::notes)});
    return fields;
}

// A guardian's own fields (shared with siblings) and those of the link.
const QList<Access<GuardianLink>> &guardianFields()
{
    static const QList<Access<GuardianLink>> fields{
            nested("prefix", &GuardianLink::guardian, &Guardian::prefix),
            nested("firstName", &GuardianLink::guardian, &Guardian::firstName),
            nested("lastName", &GuardianLink::guardian, &Guardian::lastName),
            nested("citizenId", &GuardianLink::guardian, &Guardian::citizenId),
            nested("phone", &GuardianLink::guardian, &Guardian::phone),
            nested("occupation", &GuardianLink::guardian, &Guardian::occupation),
            nested("birthDate", &GuardianLink::guardian, &Guardian::birthDate),
            member("relation", &GuardianLink::relation),
            member("isPrimary", &GuardianLink::isPrimary),
            member("livesWithStudent", &GuardianLink::livesWithStudent)};
    return fields;
}

template <typename T>
const Access<T> *find(const QList<Access<T>> &fields, const QString &name)
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const Access<T> &f) { return f.name == name; });
    return it == fields.end() ? nullptr : &*it;
}

template <typename T>
QStringList differing(const QList<Access<T>> &fields, const T &a, const T &b)
{
    QStringList names;
    for (const Access<T> &field : fields)
        if (!field.same(a, b))
            names << field.name;
    return names;
}

qsizetype guardianIndex(const StudentRecord &r, const QString &id)
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < r.guardians.size(); ++i)
        if (r.guardians.at(i).guardian.id == id)
            return i;
    return -1;
}

const GuardianLink *guardian(const StudentRecord &r, const QString &id)
{
    const qsizetype i = guardianIndex(r, id);
    return i < 0 ? nullptr : &r.guardians.at(i);
}

bool sameHousehold(const std::optional<Household> &a, const std::optional<Household> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return a->id == b->id && differing(householdFields(), *a, *b).isEmpty();
}

bool sameGuardian(const GuardianLink *a, const GuardianLink *b)
{
    if (!a || !b)
        return (a == nullptr) == (b == nullptr);
    return differing(guardianFields(), *a, *b).isEmpty();
}

QList<RecordField> fieldsOf(RecordPart part, const QStringList &names, const QString &guardianId = {})
{
    QList<RecordField> fields;
    for (const QString &name : names)
        fields << RecordField{part, name, guardianId};
    return fields;
}

}  // namespace

QList<RecordField> differences(const StudentRecord &a, const StudentRecord &b)
{
    QList<RecordField> fields = fieldsOf(RecordPart::Student, differing(studentFields(), a.student, b.student));
    if (a.household && b.household && a.household->id == b.household->id)
        fields << fieldsOf(RecordPart::Household, differing(householdFields(), *a.household, *b.household));
    else if (!sameHousehold(a.household, b.household))
        fields << RecordField{RecordPart::Household, kHouseholdField, {}};
    QStringList ids;
    for (const QList<GuardianLink> *list : {&a.guardians, &b.guardians})
        for (const GuardianLink &link : *list)
            if (!link.guardian.id.isEmpty() && !ids.contains(link.guardian.id))
                ids << link.guardian.id;
    for (const QString &id : ids) {
        const GuardianLink *inA = guardian(a, id);
        const GuardianLink *inB = guardian(b, id);
        if (inA && inB)
            fields << fieldsOf(RecordPart::Guardian, differing(guardianFields(), *inA, *inB), id);
        else
            fields << RecordField{RecordPart::Guardian, kLinkedField, id};
    }
    return fields;
}

bool same(const StudentRecord &a, const StudentRecord &b, const RecordField &field)
{
    switch (field.part) {
    case RecordPart::Student:
        if (const Access<Student> *access = find(studentFields(), field.name))
            return access->same(a.student, b.student);
        return true;
    case RecordPart::Household:
        if (field.name == kHouseholdField)
            return sameHousehold(a.household, b.household);
        if (!a.household || !b.household)
            return a.household.has_value() == b.household.has_value();
        if (const Access<Household> *access = find(householdFields(), field.name))
            return access->same(*a.household, *b.household);
        return true;
    case RecordPart::Guardian: {
        const GuardianLink *inA = guardian(a, field.guardianId);
        const GuardianLink *inB = guardian(b, field.guardianId);
        if (field.name == kLinkedField || !inA || !inB)
            return sameGuardian(inA, inB);
        if (const Access<GuardianLink> *access = find(guardianFields(), field.name))
            return access->same(*inA, *inB);
        return true;
    }
    }
    return true;
}

void copy(StudentRecord &target, const StudentRecord &source, const RecordField &field)
{
    switch (field.part) {
    case RecordPart::Student:
        if (const Access<Student> *access = find(studentFields(), field.name))
            access->copy(target.student, source.student);
        return;
    case RecordPart::Household:
        if (field.name == kHouseholdField)
            target.household = source.household;
        else if (const Access<Household> *access = find(householdFields(), field.name);
                 access && target.household && source.household)
            access->copy(*target.household, *source.household);
        return;
    case RecordPart::Guardian: {
        const qsizetype at = guardianIndex(target, field.guardianId);
        const GuardianLink *from = guardian(source, field.guardianId);
        if (field.name == kLinkedField) {
            if (!from) {
                if (at >= 0)
                    target.guardians.removeAt(at);
            } else if (at >= 0) {
                target.guardians[at] = *from;
            } else {
                target.guardians << *from;
            }
        } else if (const Access<GuardianLink> *access = find(guardianFields(), field.name); access && from && at >= 0) {
            access->copy(target.guardians[at], *from);
        }
        return;
    }
    }
}

QList<RecordField> explain(const StudentRecord &a, const StudentRecord &b, const RecordField &field)
{
    if (field.part == RecordPart::Household && field.name == kHouseholdField && a.household && b.household
        && a.household->id == b.household->id)
        return fieldsOf(RecordPart::Household, differing(householdFields(), *a.household, *b.household));
    if (field.part == RecordPart::Guardian && field.name == kLinkedField) {
        const GuardianLink *inA = guardian(a, field.guardianId);
        const GuardianLink *inB = guardian(b, field.guardianId);
        if (inA && inB)
            return fieldsOf(RecordPart::Guardian, differing(guardianFields(), *inA, *inB), field.guardianId);
    }
    return {field};
}

bool isShareable(const RecordField &field)
{
    switch (field.part) {
    case RecordPart::Student:
        return false;
    case RecordPart::Household:
        return field.name != kHouseholdField;
    case RecordPart::Guardian:
        return field.name != kLinkedField && field.name != QLatin1String("relation")
                && field.name != QLatin1String("isPrimary") && field.name != QLatin1String("livesWithStudent");
    }
    return false;
}

}  // namespace care::recordfields
