#pragma once

#include "domain/entities.h"
#include "services/indicatorservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

namespace care::ui {

class AppContext;

// The terms of the academic years a student is enrolled in, newest first
// (IndicatorService::terms), for the attendance and grade dialogs; the term
// that includes today first choice.
class StudentTerms {
    Q_DECLARE_TR_FUNCTIONS(StudentTerms)
public:
    static Result<QList<StudentTerm>> load(const AppContext &context, const QString &studentId);
    // "2568/1" — the way Thai schools name a term.
    static QString name(const StudentTerm &term);
    // Fills `combo` with the terms (data: term id) and picks the one of `today` if any.
    static void fill(QComboBox *combo, const QList<StudentTerm> &terms, const QDate &today);
};

}  // namespace care::ui
