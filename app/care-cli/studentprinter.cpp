#include "studentprinter.h"

#include "texttable.h"

#include "domain/validation.h"
#include "locale/dates.h"
#include "locale/language.h"

namespace care::cli {
namespace {

const QString kIndent = QStringLiteral("  ");
const QString kNone = QStringLiteral("-");

QString orNone(const QString &text) { return text.trimmed().isEmpty() ? kNone : text; }

QString number(double value, int decimals = 0)
{
    return localeFor(currentLanguage()).toString(value, 'f', decimals);
}

QString section(const QString &title, const QString &body)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n') + body;
}

QString noneRecorded() { return kIndent + StudentPrinter::tr("none recorded") + QLatin1Char('\n'); }

QString identity(const StudentProfile &p, const QDate &today)
{
    const Student &s = p.student;
    QString heading = s.displayName();
    if (!s.fullNameEn().isEmpty() && heading != s.fullNameEn())
        heading += QStringLiteral(" (%1)").arg(s.fullNameEn());
    if (!s.nickname.isEmpty())
        heading += QStringLiteral(", ") + StudentPrinter::tr("nickname %1").arg(s.nickname);

    TextTable table;
    table.addRow({label(s.idKind) + QLatin1Char(':'), orNone(formatCitizenId(s.citizenId))});
    table.addRow({StudentPrinter::tr("Student number:"), orNone(s.studentNumber)});
    table.addRow({StudentPrinter::tr("Record id:"), s.id});
    const QString birth = s.birthDate.isValid()
                              ? StudentPrinter::tr("%1 (age %2)")
                                    .arg(formatDate(s.birthDate, DateStyle::Short))
                                    .arg(ageOn(s.birthDate, today))
                              : kNone;
    table.addRow({StudentPrinter::tr("Birth date:"), birth});
    table.addRow({StudentPrinter::tr("Sex:"), label(s.sex)});
    table.addRow({StudentPrinter::tr("Status:"), label(s.status)});
    table.addRow({StudentPrinter::tr("School:"),
                  StudentPrinter::tr("%1 (code %2)").arg(p.school.nameTh, p.school.code)});
    table.addRow({StudentPrinter::tr("Address:"), orNone(s.address.oneLine())});
    return heading + QLatin1Char('\n') + table.render(kIndent);
}

QString guardians(const QList<GuardianLink> &links)
{
    if (links.isEmpty())
        return noneRecorded();
    TextTable table;
    table.setHeader({StudentPrinter::tr("Name"), StudentPrinter::tr("Relation"), StudentPrinter::tr("Primary"),
                     StudentPrinter::tr("Lives with student"), StudentPrinter::tr("Phone"),
                     StudentPrinter::tr("Occupation")});
    const QString yes = StudentPrinter::tr("yes");
    const QString no = StudentPrinter::tr("no");
    for (const GuardianLink &link : links)
        table.addRow({link.guardian.fullName(), label(link.relation), link.isPrimary ? yes : no,
                      link.livesWithStudent ? yes : no, orNone(link.guardian.phone),
                      orNone(link.guardian.occupation)});
    return table.render(kIndent);
}

QString household(const std::optional<Household> &h)
{
    if (!h)
        return noneRecorded();
    QString income = kNone;
    if (h->monthlyIncomeBaht) {
        income = StudentPrinter::tr("%1 baht a month").arg(number(*h->monthlyIncomeBaht));
        if (const auto perPerson = h->incomePerPersonBaht())
            income += QStringLiteral(" (") + StudentPrinter::tr("%1 per person").arg(number(*perPerson)) +
                      QLatin1Char(')');
    }
    TextTable table;
    table.addRow({StudentPrinter::tr("Address:"), orNone(h->address.oneLine())});
    table.addRow({StudentPrinter::tr("Members:"), number(h->memberCount)});
    table.addRow({StudentPrinter::tr("Income:"), income});
    table.addRow({StudentPrinter::tr("Living arrangement:"), label(h->livingArrangement)});
    if (!h->notes.trimmed().isEmpty())
        table.addRow({StudentPrinter::tr("Notes:"), h->notes.simplified()});
    return table.render(kIndent);
}

QString enrollments(const QList<EnrollmentHistoryRow> &rows)
{
    if (rows.isEmpty())
        return noneRecorded();
    TextTable table;
    table.setHeader({StudentPrinter::tr("Year"), StudentPrinter::tr("School"), StudentPrinter::tr("Class"),
                     StudentPrinter::tr("No."), StudentPrinter::tr("Homeroom teacher")});
    for (const EnrollmentHistoryRow &row : rows)
        table.addRow({QString::number(row.yearBe), row.schoolName, classroomName(row.grade, row.room),
                      row.classNumber > 0 ? QString::number(row.classNumber) : kNone, orNone(row.homeroomTeacher)});
    return table.render(kIndent);
}

QString terms(const QList<TermIndicators> &rows)
{
    if (rows.isEmpty())
        return noneRecorded();
    TextTable table;
    table.setHeader({StudentPrinter::tr("Term"), StudentPrinter::tr("Days absent"), StudentPrinter::tr("Days late"),
                     StudentPrinter::tr("GPA"), StudentPrinter::tr("Marks 0 / inc. / barred")});
    for (const TermIndicators &t : rows) {
        QString absent = kNone;
        QString late = kNone;
        if (t.attendance) {
            absent = StudentPrinter::tr("%1 of %2 (%3%)")
                         .arg(t.attendance->daysAbsent)
                         .arg(t.attendance->daysEnrolled)
                         .arg(number(t.attendance->absenceRate() * 100, 1));
            late = QString::number(t.attendance->daysLate);
        }
        QString gpa = kNone;
        QString marks = kNone;
        if (t.academic) {
            if (t.academic->gpa)
                gpa = number(*t.academic->gpa, 2);
            marks = QStringLiteral("%1 / %2 / %3")
                        .arg(t.academic->failingMarks)
                        .arg(t.academic->incompleteMarks)
                        .arg(t.academic->notAllowedMarks);
        }
        table.addRow({QStringLiteral("%1/%2").arg(t.yearBe).arg(t.termNumber), absent, late, gpa, marks});
    }
    return table.render(kIndent);
}

} // namespace

QString StudentPrinter::searchTable(const QList<StudentListRow> &rows)
{
    TextTable table;
    table.setHeader({tr("ID number"), tr("Name"), tr("Class"), tr("School")});
    for (const StudentListRow &row : rows) {
        QString name = row.displayNameTh().trimmed();
        if (row.firstNameTh.isEmpty() && row.lastNameTh.isEmpty())
            name = QStringList{row.firstNameEn, row.lastNameEn}.join(QLatin1Char(' ')).trimmed();
        table.addRow({orNone(formatCitizenId(row.citizenId)), orNone(name), orNone(row.classroomName),
                      row.schoolName});
    }
    return table.render();
}

QString StudentPrinter::profile(const StudentProfile &p, const QDate &today)
{
    return identity(p, today) + section(tr("Guardians"), guardians(p.guardians))
           + section(tr("Household"), household(p.household))
           + section(tr("Enrollment history"), enrollments(p.enrollments))
           + section(tr("Attendance and grades by term"), terms(p.terms));
}

} // namespace care::cli
