#pragma once

#include "locale/language.h"

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
    QAction *thai = nullptr;
    QAction *english = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

signals:
    void languageChosen(care::Language language);

private:
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_settings = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QActionGroup *m_languages = nullptr;
    bool m_studentSelected = false;
    bool m_databaseOpen = false;
};

} // namespace care::ui
