#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace care::ui {

class AppContext;

struct StudentMatch {
    QString id;
    QString shownAs;  // name, student number and school
};

// Turns what a user typed about a student into a record id. Finding a
// record says nothing about whether the user may see it: byIdOrNumber shows
// nothing of the student, and visibleMatches lists only students the
// session's list may show (AccessControl::listScope).
class StudentFinder {
    Q_DECLARE_TR_FUNCTIONS(StudentFinder)
public:
    // Record id, national ID / G-code (dashes allowed) or an exact student
    // number. A student number used at several schools is resolved within
    // the user's own school, or refused with a request for the ID number.
    static Result<QString> byIdOrNumber(const AppContext &context, const QString &text);
    // Name, nickname, ID or student number (substring), at most `limit`.
    static Result<QList<StudentMatch>> visibleMatches(const AppContext &context, const QString &text, int limit = 20);
};

} // namespace care::ui
