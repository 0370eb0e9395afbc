#include "privacy/studentfinder.h"

#include "app/appcontext.h"
#include "security/accesscontrol.h"
#include "storage/studentrepository.h"
#include "storage/studentsearch.h"

namespace care::ui {

Result<QString> StudentFinder::byIdOrNumber(const AppContext &context, const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Error{tr("Enter the student's national ID number or student number."), QStringLiteral("student"), {}};
    auto found = StudentRepository(context.database()).find(typed);
    if (!found)
        return found.error();
    if (found.value())
        return found.value()->id;

    StudentFilter filter;
    filter.text = typed;
    auto rows = StudentSearch(context.database()).page(filter, StudentSort::StudentNumber, true, 0, 200);
    if (!rows)
        return rows.error();
    QStringList exact;
    QStringList atOwnSchool;
    for (const StudentListRow &row : rows.value()) {
        if (row.studentNumber.compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        exact << row.id;
        if (!context.session().schoolId().isEmpty() && row.schoolId == context.session().schoolId())
            atOwnSchool << row.id;
    }
    if (exact.size() == 1)
        return exact.first();
    if (atOwnSchool.size() == 1)
        return atOwnSchool.first();
    if (exact.isEmpty())
        return Error{tr("No student has the ID number or student number “%1”.").arg(typed), QStringLiteral("student"),
                     {}};
    return Error{tr("Several schools use the student number “%1”. Enter the student's national ID number instead.")
                     .arg(typed),
                 QStringLiteral("student"), {}};
}

Result<QList<StudentMatch>> StudentFinder::visibleMatches(const AppContext &context, const QString &text, int limit)
{
    StudentFilter filter;
    filter.text = text.trimmed();
    if (filter.text.isEmpty())
        return QList<StudentMatch>();
    // Only the students whose list rows the session may see at all.
    filter.scope = AccessControl(context.database(), context.clock()).listScope(context.session());
    auto rows = StudentSearch(context.database()).page(filter, StudentSort::Name, true, 0, limit);
    if (!rows)
        return rows.error();
    QList<StudentMatch> matches;
    for (const StudentListRow &row : rows.value()) {
        QStringList details;
        if (!row.studentNumber.isEmpty())
            details << row.studentNumber;
        if (!row.schoolName.isEmpty())
            details << row.schoolName;
        const QString name = row.displayNameTh().trimmed();
        matches << StudentMatch{row.id, details.isEmpty() ? name
                                                          : tr("%1 (%2)").arg(name, details.join(QStringLiteral(", ")))};
    }
    return matches;
}

} // namespace care::ui
