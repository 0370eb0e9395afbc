#pragma once

#include "screening/unsavedprompt.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace care::ui {

class AppContext;
class ClassGridChooser;
class ClassGridModel;
class ClassGridView;

// Screening a whole class from the keyboard: choose the class, form and
// day, open the sheet, type the answers (see ClassGridView), save. The save
// writes every changed student in one transaction or nothing; a problem
// with one student is shown on their row. Closing with unsaved answers asks
// first. Children outside the form's age range are marked; saving them
// asks once for the reason.
class ClassGridDialog : public QDialog {
    Q_OBJECT
public:
    // Starts on `classroomId` of `academicYearId` when the session may
    // screen it (empty: the first class; the newest year).
    ClassGridDialog(AppContext &context, const QString &academicYearId, const QString &classroomId,
                    QWidget *parent = nullptr);

    ClassGridChooser *chooser() const { return m_chooser; }
    ClassGridView *view() const { return m_view; }
    ClassGridModel *model() const { return m_model; }

    // Loads the chosen sheet (after asking about unsaved answers); false
    // when it could not be shown.
    bool openSheet();
    // Saves the changed rows; true when saved or nothing needed saving.
    bool save();
    QString message() const;  // the last problem or result shown

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsaved = std::move(prompt); }
    void setTextPrompt(TextPrompt prompt) { m_askText = std::move(prompt); }

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool settleUnsaved();  // true when it is fine to throw the current sheet away
    bool askAgeReasons();
    void showMessage(const QString &text, bool problem);
    void updateStatus();
    void retranslateUi();

    AppContext &m_context;
    ClassGridChooser *m_chooser;
    ClassGridView *m_view;
    ClassGridModel *m_model;
    QLabel *m_hint;
    QLabel *m_message;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_problemShown = false;  // the message is a problem, not a result
    UnsavedPrompt m_unsaved = askAboutUnsavedWithMessageBox();
    TextPrompt m_askText = askForTextWithInputDialog();
};

}  // namespace care::ui
