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

// The students a session may see whose name, nickname, ID or student number
// contain what the user typed (StudentDirectory::matches), worded for a
// choice list. Looking a student up by ID goes through the core service of
// the screen (AuditService::findStudent, AccessGrantService::findStudent).
class StudentFinder {
    Q_DECLARE_TR_FUNCTIONS(StudentFinder)
public:
    // At most `limit`.
    static Result<QList<StudentMatch>> visibleMatches(const AppContext &context, const QString &text, int limit = 20);
};

} // namespace care::ui
