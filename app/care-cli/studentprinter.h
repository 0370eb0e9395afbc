#pragma once

#include "services/studentdirectory.h"
#include "services/studentservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace care::cli {

// The text (not JSON) output of `students search` and `students show`,
// in the current language: labels translated, dates through formatDate.
class StudentPrinter {
    Q_DECLARE_TR_FUNCTIONS(StudentPrinter)
public:
    static QString searchTable(const QList<StudentListRow> &rows);
    static QString profile(const StudentProfile &profile, const QDate &today);
};

} // namespace care::cli
