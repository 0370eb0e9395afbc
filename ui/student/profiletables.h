#pragma once

#include "services/studentservice.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace care::ui {

// The tables of the student profile: guardians, enrollment history and the
// attendance and grade summary per term, with warning signs highlighted.
class ProfileTables {
    Q_DECLARE_TR_FUNCTIONS(ProfileTables)
public:
    // Absence at or above this share of enrolled days is the common
    // "at risk" sign (DOMAIN.md §2).
    static constexpr double kAbsenceWarning = 0.10;

    static QTableWidget *makeTable(int columns, QWidget *parent);
    static void fillGuardians(QTableWidget *table, const QList<GuardianLink> &guardians);
    static void fillEnrollments(QTableWidget *table, const QList<EnrollmentHistoryRow> &enrollments);
    static void fillTerms(QTableWidget *table, const QList<TermIndicators> &terms);
    static int guardianColumns() { return 6; }
    static int enrollmentColumns() { return 4; }
    static int termColumns() { return 9; }

private:
    static void fitToContents(QTableWidget *table);
};

} // namespace care::ui
