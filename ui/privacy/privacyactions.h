#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;

namespace care::ui {

class AppContext;
class AutoBackup;
class MainWindow;

// The privacy and security screens' menu entries and the automatic backup,
// installed into the main window with one call:
//
//     PrivacyActions::install(*this);   // in MainWindow's constructor
//
// Students → "Open a record outside my scope…" (break_the_glass);
// Administration → Audit trail… (view_audit), Break-the-glass log…
// (review_access_grants), Backups… and Restore from a backup…
// (manage_backups), Retention… (run_retention). Each entry is visible only
// while the signed-in session has the capability, and enabled while Care is
// not locked. The menus are found by object name ("studentsMenu",
// "administrationMenu", as MainActions names its own) or made: Students
// before Settings, Administration before Help.
//
// Follows MainWindow::contextChanged: a new context (database opened,
// sign-in) starts the automatic backup for it; dialogs of the old one close.
class PrivacyActions : public QObject {
    Q_OBJECT
public:
    static PrivacyActions *install(MainWindow &window);

    QAction *breakTheGlass = nullptr;
    QAction *auditTrail = nullptr;
    QAction *accessGrantLog = nullptr;
    QAction *backups = nullptr;
    QAction *restore = nullptr;
    QAction *retention = nullptr;

    AutoBackup *autoBackup() const { return m_autoBackup; }

signals:
    // A restore replaced the open database's content. The main window must
    // close the database, open databasePath again and ask for sign-in (the
    // restored file may hold other users). Emitted when the restore dialog closes.
    void databaseRestored(const QString &databasePath);
    // Break-the-glass was granted: show this student's profile. install()
    // connects it to MainWindow::studentActivated.
    void studentOpenRequested(const QString &studentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PrivacyActions(MainWindow &window);
    QMenu *findOrMakeMenu(const QString &objectName, const QString &before, bool *made);
    bool usable() const;  // a context, and Care not locked
    void attach(AppContext *context);
    void updateVisibility();
    void updateEnabled();
    void showDialog(QDialog *dialog);
    void openBreakTheGlass();
    void openRestore();
    void retranslate();

    MainWindow &m_window;
    AppContext *m_context = nullptr;
    QMenu *m_students = nullptr;
    QMenu *m_administration = nullptr;
    bool m_madeStudents = false;
    bool m_madeAdministration = false;
    AutoBackup *m_autoBackup = nullptr;
    QList<QPointer<QDialog>> m_dialogs;  // open dialogs of the current context
};

} // namespace care::ui
