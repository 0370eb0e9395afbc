#include "privacy/studentfinder.h"

#include "app/appcontext.h"
#include "services/studentdirectory.h"

namespace care::ui {

Result<QList<StudentMatch>> StudentFinder::visibleMatches(const AppContext &context, const QString &text, int limit)
{
    auto rows = StudentDirectory(context.database(), context.clock()).matches(context.session(), text, limit);
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
