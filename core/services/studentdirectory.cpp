#include "services/studentdirectory.h"

#include "security/accesscontrol.h"
#include "storage/studentrepository.h"

#include <QCoreApplication>

namespace care {

struct StudentDirectoryText {
    Q_DECLARE_TR_FUNCTIONS(StudentDirectoryText)
};

namespace {

const QString kField = QStringLiteral("student");
constexpr int kNumberCandidates = 200;

}  // namespace

StudentDirectory::StudentDirectory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

StudentListScope StudentDirectory::scopeOf(const Session &session) const
{
    return AccessControl(m_db, m_clock).listScope(session);
}

Result<int> StudentDirectory::count(const Session &session, const StudentQuery &query) const
{
    return StudentSearch(m_db).count(StudentFilter(scopeOf(session), query));
}

Result<QList<StudentListRow>> StudentDirectory::page(const Session &session, const StudentQuery &query,
                                                     StudentSort sort, bool ascending, int offset, int limit,
                                                     int expectedMatches) const
{
    return StudentSearch(m_db).page(StudentFilter(scopeOf(session), query), sort, ascending, offset, limit,
                                    expectedMatches);
}

Error StudentDirectory::notFound(const QString &text)
{
    return Error{StudentDirectoryText::tr("No student you may see has the ID number, student number or record id "
                                          "“%1”.")
                         .arg(text.trimmed()),
                 kField,
                 {}};
}

Error StudentDirectory::ambiguous(const QString &text)
{
    return Error{StudentDirectoryText::tr("Several schools use the student number “%1”. Enter the student's national "
                                          "ID number instead.")
                         .arg(text.trimmed()),
                 kField,
                 {}};
}

Result<QStringList> StudentDirectory::exactMatches(Database &db, const StudentListScope &scope,
                                                   const QString &ownSchoolId, const QString &text)
{
    const QString typed = text.trimmed();
    auto found = StudentRepository(db).find(typed);  // record id or national ID / G-code
    if (!found)
        return found.error();
    if (found.value()) {
        auto reached = StudentSearch(db).reaches(scope, found.value()->id);
        if (!reached)
            return reached.error();
        return reached.value() ? QStringList{found.value()->id} : QStringList();
    }
    StudentQuery query;
    query.text = typed;
    auto rows = StudentSearch(db).page(StudentFilter(scope, query), StudentSort::StudentNumber, true, 0,
                                       kNumberCandidates);
    if (!rows)
        return rows.error();
    QStringList exact;
    QStringList atOwnSchool;
    for (const StudentListRow &row : rows.value()) {
        if (row.studentNumber.compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        exact << row.id;
        if (!ownSchoolId.isEmpty() && row.schoolId == ownSchoolId)
            atOwnSchool << row.id;
    }
    return exact.size() > 1 && atOwnSchool.size() == 1 ? atOwnSchool : exact;
}

Result<QString> StudentDirectory::find(const Session &session, const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Error{StudentDirectoryText::tr("Enter the student's national ID number or student number."), kField, {}};
    auto ids = exactMatches(m_db, scopeOf(session), session.schoolId(), typed);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return notFound(typed);
    if (ids->size() > 1)
        return ambiguous(typed);
    return ids->first();
}

Result<QList<StudentListRow>> StudentDirectory::matches(const Session &session, const QString &text, int limit) const
{
    StudentQuery query;
    query.text = text.trimmed();
    if (query.text.isEmpty())
        return QList<StudentListRow>();
    return page(session, query, StudentSort::Name, true, 0, limit);
}

}  // namespace care
