#pragma once

#include "locale/language.h"
#include "security/session.h"
#include "services/databasehandle.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace care {
class Clock;
}

namespace care::ui {

class AccountScreens;
class AppContext;
class DatabaseChoices;
class MainActions;
class NavigationPanel;
class StudentListPanel;

// The desktop app's window: schools and classes on the left, the student
// list in the centre, a slot for the student profile on the right.
// Student editing lives elsewhere: the window only asks for it through
// newStudentRequested()/editStudentRequested() and shows what it is given
// through setProfileWidget().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in to `db` first (set-up on a file without users), then shows it.
    void signIn(DatabasePtr db);
    // Shows `db` to the signed-in `session` (null db: no database open) and
    // remembers the file for the next start. AccountScreens calls this.
    void setDatabase(DatabasePtr db, const Session &session);
    AppContext *context() const { return m_context.get(); }
    AccountScreens *accountScreens() const { return m_accountScreens; }

    // The clock of the contexts and sign-ins that follow (tests: a fixed one).
    void setClock(const Clock &clock) { m_clock = &clock; }
    const Clock &clock() const { return *m_clock; }

    // Shows `cover` (the lock screen) instead of the window's content, or the
    // content again (null). While covered, commands that reach records are off.
    void setCover(QWidget *cover);
    bool isCovered() const { return m_cover != nullptr; }
    // Empties the start page while a sign-in is open over the window: only
    // the sign-in is on screen then, not the choice of a database.
    void setSignInPending(bool pending);

    // Puts `widget` in the profile slot (the window takes ownership and
    // deletes any widget set before).
    void setProfileWidget(QWidget *widget);
    QWidget *profileWidget() const { return m_profile; }

    QString currentStudentId() const;
    StudentListPanel *studentList() const { return m_list; }
    NavigationPanel *navigation() const { return m_navigation; }
    MainActions *actions() const { return m_actions; }

    void setUiLanguage(Language language);  // applies now and remembers

signals:
    void contextChanged(care::ui::AppContext *context);  // after setDatabase; null when closed
    void newStudentRequested();
    void editStudentRequested(const QString &studentId);
    void studentActivated(const QString &studentId);       // Enter or double-click in the list
    void currentStudentChanged(const QString &studentId);  // selection in the list; empty when none

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createStartPage();
    void connectActions();
    void retranslateUi();
    void updateTitle();
    void updateUser();
    void updateCount(int shown);
    void updateUndoActions();
    void applyScope();
    void openDatabaseFile();
    void newDatabaseFile();
    void createDemoDatabase();
    void closeDatabase();
    void reopenAfterRestore(const QString &path);

    std::unique_ptr<AppContext> m_context;
    const Clock *m_clock = nullptr;
    MainActions *m_actions = nullptr;
    AccountScreens *m_accountScreens = nullptr;
    QWidget *m_cover = nullptr;
    QStackedWidget *m_pages = nullptr;  // start page (no database) / work area
    QWidget *m_startPage = nullptr;
    DatabaseChoices *m_startChoices = nullptr;
    QLabel *m_startText = nullptr;
    QSplitter *m_splitter = nullptr;
    NavigationPanel *m_navigation = nullptr;
    StudentListPanel *m_list = nullptr;
    QStackedWidget *m_profileSlot = nullptr;
    QLabel *m_profilePlaceholder = nullptr;
    QWidget *m_profile = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    int m_shownCount = 0;
};

} // namespace care::ui
