#include "screening/screeningdialogs.h"

#include "app/appcontext.h"
#include "privacy/sessionchecks.h"
#include "screening/attendancedialog.h"
#include "screening/behaviourdialog.h"
#include "screening/gradesdialog.h"
#include "screening/screeningformdialog.h"
#include "services/screeningservice.h"

namespace care::ui {

bool ScreeningDialogs::mayScreen(const AppContext &context, const QString &studentId)
{
    return sessionMay(context, Action::Create, Section::Screening, studentId);
}

bool ScreeningDialogs::mayViewScreening(const AppContext &context, const QString &studentId)
{
    return sessionMay(context, Action::View, Section::Screening, studentId);
}

bool ScreeningDialogs::mayEditSchoolRecord(const AppContext &context, const QString &studentId)
{
    return sessionMay(context, Action::Update, Section::Identity, studentId);
}

bool ScreeningDialogs::mayViewBehaviour(const AppContext &context, const QString &studentId)
{
    return sessionMay(context, Action::View, Section::Screening, studentId);
}

QDialog *ScreeningDialogs::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *ScreeningDialogs::openForm(AppContext &context, const QString &studentId, QWidget *parent)
{
    return mayScreen(context, studentId) ? show(new ScreeningFormDialog(context, studentId, parent)) : nullptr;
}

QDialog *ScreeningDialogs::openResult(AppContext &context, const ScreeningResult &result, QWidget *parent)
{
    if (!sessionMay(context, Action::Update, Section::Screening, result.studentId))
        return nullptr;
    auto *dialog = new ScreeningFormDialog(context, result.studentId, parent);
    dialog->editResult(result);
    return show(dialog);
}

QDialog *ScreeningDialogs::openAttendance(AppContext &context, const QString &studentId, QWidget *parent)
{
    return mayEditSchoolRecord(context, studentId) ? show(new AttendanceDialog(context, studentId, parent)) : nullptr;
}

QDialog *ScreeningDialogs::openGrades(AppContext &context, const QString &studentId, QWidget *parent)
{
    return mayEditSchoolRecord(context, studentId) ? show(new GradesDialog(context, studentId, parent)) : nullptr;
}

QDialog *ScreeningDialogs::openBehaviour(AppContext &context, const QString &studentId, QWidget *parent)
{
    return mayViewBehaviour(context, studentId) ? show(new BehaviourDialog(context, studentId, parent)) : nullptr;
}

}  // namespace care::ui
