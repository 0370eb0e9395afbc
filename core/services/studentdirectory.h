#pragma once

#include "security/session.h"
#include "storage/database.h"
#include "storage/studentsearch.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace care {

class Clock;

// The one way the app and the CLI list students and turn what a user typed
// into a student. Everything stays within the session's list scope
// (AccessControl::listScope, read again at every call): a student the
// session may not see is answered exactly as one who does not exist, so no
// search tells whether a child outside the scope is in the database.
class StudentDirectory {
public:
    StudentDirectory(Database &db, const Clock &clock);

    // The student list: the query within the session's scope (nobody for a
    // refused session), a page at a time.
    Result<int> count(const Session &session, const StudentQuery &query) const;
    // expectedMatches: count() of the same query if known (-1 otherwise).
    Result<QList<StudentListRow>> page(const Session &session, const StudentQuery &query, StudentSort sort,
                                       bool ascending, int offset, int limit, int expectedMatches = -1) const;

    // Record id, national ID / G-code (dashes allowed) or exact student
    // number of a student the session may see. A student number used at
    // several schools the session reaches is resolved within its own
    // school, or refused with a request for the ID number. Errors about
    // what was typed have the field "student"; notFound() is the answer
    // both for nobody and for a student out of scope.
    Result<QString> find(const Session &session, const QString &text) const;
    // The students that `text` names exactly within `scope` (0, 1 or more;
    // a student number shared by several schools narrowed to ownSchoolId
    // when that leaves one). For find() and for break-the-glass, which
    // looks beyond the scope once its capability is checked.
    static Result<QStringList> exactMatches(Database &db, const StudentListScope &scope, const QString &ownSchoolId,
                                            const QString &text);
    // Name, nickname, ID or student number (substring), at most `limit`.
    Result<QList<StudentListRow>> matches(const Session &session, const QString &text, int limit = 20) const;

    static Error notFound(const QString &text);
    // A student number several schools use: the ID number is needed.
    static Error ambiguous(const QString &text);

private:
    StudentListScope scopeOf(const Session &session) const;

    Database &m_db;
    const Clock &m_clock;
};

}  // namespace care
