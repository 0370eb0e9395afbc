#pragma once

#include "locale/language.h"
#include "security/roles.h"

#include <optional>

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace care::ui {

// The main window's menus and actions, kept apart from its layout so that
// each stays short. Texts are set by retranslate(), called on every
// language change.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    void retranslate();
    void setDatabaseOpen(bool open);          // enables what needs a database
    void setStudentSelected(bool selected);
    void setLanguageChecked(Language language);
    // The signed-in user's role (none: nobody signed in): commands core
    // would refuse to this role are hidden (PermissionMatrix::standard()).
    void setRole(std::optional<Role> role);
    // While Care is locked only Quit, Sign out and the language work.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    // Other administration screens add their commands here.
    QMenu *administrationMenu() const { return m_administration; }
    void updateAdministrationMenu();  // shown while it has a visible command

    QAction *openDatabase = nullptr;
    QAction *newDatabase = nullptr;
    QAction *createDemo = nullptr;
    QAction *closeDatabase = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *newStudent = nullptr;
    QAction *editStudent = nullptr;
    QAction *showNavigation = nullptr;
    QAction *showProfile = nullptr;
    QAction *refresh = nullptr;
    QAction *changePassword = nullptr;
    QAction *lockNow = nullptr;
    QAction *signOut = nullptr;
    QAction *manageUsers = nullptr;
    QAction *autoLock = nullptr;
    QAction *thai = nullptr;
    QAction *english = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

signals:
    void languageChosen(care::Language language);
    void lockedChanged(bool locked);

private:
    void updateStates();
    bool allows(Action action, Section section) const;
    bool allows(Capability capability) const;

    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_settings = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_account = nullptr;
    QMenu *m_administration = nullptr;
    QMenu *m_help = nullptr;
    QActionGroup *m_languages = nullptr;
    std::optional<Role> m_role;
    bool m_studentSelected = false;
    bool m_databaseOpen = false;
    bool m_locked = false;
};

} // namespace care::ui
