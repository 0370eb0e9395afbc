#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace care {
struct ScreeningResult;
}

namespace care::ui {

class AppContext;

// Opens the screening and indicator dialogs of one student (not modal,
// deleted on close, owned by `parent`), when the session may: each returns
// the dialog, or null when core would refuse.
class ScreeningDialogs {
public:
    static bool mayScreen(const AppContext &context, const QString &studentId);
    static bool mayViewScreening(const AppContext &context, const QString &studentId);
    static bool mayEditSchoolRecord(const AppContext &context, const QString &studentId);  // attendance, grades
    static bool mayViewBehaviour(const AppContext &context, const QString &studentId);

    static QDialog *openForm(AppContext &context, const QString &studentId, QWidget *parent);
    static QDialog *openResult(AppContext &context, const ScreeningResult &result, QWidget *parent);
    static QDialog *openAttendance(AppContext &context, const QString &studentId, QWidget *parent);
    static QDialog *openGrades(AppContext &context, const QString &studentId, QWidget *parent);
    static QDialog *openBehaviour(AppContext &context, const QString &studentId, QWidget *parent);

private:
    static QDialog *show(QDialog *dialog);
};

}  // namespace care::ui
