#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;

namespace care::ui {

class AppContext;
class MainWindow;

// The screening and indicator screens' menu entries, installed into the
// main window with one call:
//
//     ScreeningActions::install(*this);   // in MainWindow's constructor
//
// Students → Screen a class… (Ctrl+G: the class grid), and for the student
// chosen in the list: Screening form… (Ctrl+Shift+F), Attendance…
// (Ctrl+Shift+A), Grades… (Ctrl+Shift+G), Behaviour… (Ctrl+Shift+B). Each
// entry is visible while the signed-in role has the right (screening
// create, identity update, screening view), and enabled while Care is not
// locked and, for one student's entries, a student is chosen; core checks
// the student again when the dialog opens. Dialogs of a context close when
// it goes (sign-out, another database).
class ScreeningActions : public QObject {
    Q_OBJECT
public:
    static ScreeningActions *install(MainWindow &window);

    QAction *classGrid = nullptr;
    QAction *screeningForm = nullptr;
    QAction *attendance = nullptr;
    QAction *grades = nullptr;
    QAction *behaviour = nullptr;

    // The dialog opened last by these actions (tests), null if none is open.
    QDialog *lastDialog() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScreeningActions(MainWindow &window);
    QMenu *findOrMakeStudentsMenu();
    void attach(AppContext *context);
    void updateStates();
    bool usable() const;
    void track(QDialog *dialog);
    void openClassGrid();
    void retranslate();

    MainWindow &m_window;
    AppContext *m_context = nullptr;
    QMenu *m_students = nullptr;
    bool m_madeStudents = false;
    QList<QPointer<QDialog>> m_dialogs;
};

}  // namespace care::ui
