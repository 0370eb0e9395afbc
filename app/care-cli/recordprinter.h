#pragma once

#include "domain/indicators.h"
#include "services/screeningservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace care::cli {

// Output of the record commands' list subcommands: JSON (codes, ISO dates,
// stable keys for scripts) and text (labels translated, dates through
// formatDate) for screening results, attendance, grades and behaviour.
class RecordPrinter {
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)
public:
    static QJsonArray screeningJson(const QList<ScreeningResult> &results);
    static QString screeningText(const QList<ScreeningResult> &results);
    static QJsonArray attendanceJson(const QList<TermAttendance> &terms);
    static QString attendanceText(const QList<TermAttendance> &terms);
    static QJsonArray gradesJson(const QList<TermGrades> &terms);
    static QString gradesText(const QList<TermGrades> &terms);
    static QJsonArray behaviourJson(const QList<BehaviourIncident> &incidents);
    static QString behaviourText(const QList<BehaviourIncident> &incidents);
};

}  // namespace care::cli
