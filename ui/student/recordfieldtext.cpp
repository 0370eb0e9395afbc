#include "student/recordfieldtext.h"

#include "student/addresssection.h"
#include "student/formsection.h"
#include "student/guardianeditdialog.h"
#include "student/householdsection.h"
#include "student/studentidentitysection.h"
#include "student/studentschoolsection.h"

namespace care::ui {

namespace {

// The label of a student or household field, from the section that shows it.
QString sectionLabel(const QString &field)
{
    for (const QString &label : {StudentIdentitySection::fieldLabel(field), StudentSchoolSection::fieldLabel(field),
                                 AddressSection::fieldLabel(field), HouseholdSection::fieldLabel(field)})
        if (!label.isEmpty())
            return plainLabel(label);
    return {};
}

QString guardianName(const QString &guardianId, const QList<const StudentRecord *> &records)
{
    for (const StudentRecord *record : records)
        for (const GuardianLink &link : record->guardians)
            if (link.guardian.id == guardianId)
                return link.guardian.fullName();
    return {};
}

}  // namespace

QString RecordFieldText::label(const RecordField &field, const QList<const StudentRecord *> &records)
{
    switch (field.part) {
    case RecordPart::Student: {
        const QString label = sectionLabel(field.name);
        return label.isEmpty() ? field.name : label;
    }
    case RecordPart::Household: {
        if (field.name == kHouseholdField)
            return plainLabel(HouseholdSection::fieldLabel(field.name));
        // Notes are kept with the household but not shown on the form.
        QString label = field.name == QLatin1String("notes") ? tr("Notes") : sectionLabel(field.name);
        return tr("Household: %1").arg(label.isEmpty() ? field.name : label);
    }
    case RecordPart::Guardian: {
        const QString name = guardianName(field.guardianId, records);
        if (field.name == kLinkedField)
            return tr("Guardian %1").arg(name);
        // The form does not show a guardian's ID number or birth date; the
        // student's labels say the same.
        QString label = plainLabel(GuardianEditDialog::fieldLabel(field.name));
        if (label.isEmpty())
            label = sectionLabel(field.name);
        return tr("%1 (guardian %2)").arg(label.isEmpty() ? field.name : label, name);
    }
    }
    return field.name;
}

QString RecordFieldText::list(const QList<RecordField> &fields, const QList<const StudentRecord *> &records)
{
    QStringList labels;
    for (const RecordField &field : fields)
        if (const QString text = label(field, records); !labels.contains(text))
            labels << text;
    return labels.join(tr(", "));
}

QString RecordFieldText::withFields(const QString &message, const QList<RecordField> &fields,
                                    const QList<const StudentRecord *> &records)
{
    if (fields.isEmpty())
        return message;
    return tr("%1\nChanged since: %2.").arg(message, list(fields, records));
}

}  // namespace care::ui
