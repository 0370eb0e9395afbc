#include "mainwindow/mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace care::ui {

MainActions::MainActions(QMainWindow *window) : QObject(window)
{
    auto make = [this](QKeySequence shortcut = {}) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        return action;
    };
    openDatabase = make(QKeySequence::Open);
    newDatabase = make(QKeySequence::New);
    createDemo = make();
    closeDatabase = make(QKeySequence::Close);
    quit = make(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    undo = make(QKeySequence::Undo);
    redo = make(QKeySequence::Redo);
    newStudent = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    editStudent = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    showNavigation = make();
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    showProfile = make();
    showProfile->setCheckable(true);
    showProfile->setChecked(true);
    refresh = make(QKeySequence::Refresh);
    about = make();
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make();
    aboutQt->setMenuRole(QAction::AboutQtRole);

    // Each language is named in itself, so a user who cannot read the
    // current one still finds their own.
    m_languages = new QActionGroup(this);
    thai = new QAction(QStringLiteral("ไทย"), m_languages);
    english = new QAction(QStringLiteral("English"), m_languages);
    for (QAction *a : {thai, english})
        a->setCheckable(true);
    connect(thai, &QAction::triggered, this, [this] { emit languageChosen(Language::Thai); });
    connect(english, &QAction::triggered, this, [this] { emit languageChosen(Language::English); });

    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_file->addActions({openDatabase, newDatabase, createDemo});
    m_file->addSeparator();
    m_file->addActions({closeDatabase, quit});

    m_edit = bar->addMenu(QString());
    m_edit->setObjectName(QStringLiteral("editMenu"));
    m_edit->addActions({undo, redo});
    m_edit->addSeparator();
    m_edit->addActions({newStudent, editStudent});

    m_view = bar->addMenu(QString());
    m_view->setObjectName(QStringLiteral("viewMenu"));
    m_view->addActions({showNavigation, showProfile});
    m_view->addSeparator();
    m_view->addAction(refresh);

    m_settings = bar->addMenu(QString());
    m_settings->setObjectName(QStringLiteral("settingsMenu"));
    m_language = m_settings->addMenu(QString());
    m_language->addActions({thai, english});

    m_help = bar->addMenu(QString());
    m_help->setObjectName(QStringLiteral("helpMenu"));
    m_help->addActions({about, aboutQt});

    setDatabaseOpen(false);
    retranslate();
}

void MainActions::retranslate()
{
    m_file->setTitle(tr("&File"));
    openDatabase->setText(tr("&Open…"));
    newDatabase->setText(tr("&New…"));
    createDemo->setText(tr("Create &demo…"));
    closeDatabase->setText(tr("&Close"));
    quit->setText(tr("&Quit"));

    m_edit->setTitle(tr("&Edit"));
    newStudent->setText(tr("New &student…"));
    editStudent->setText(tr("&Edit student…"));

    m_view->setTitle(tr("&View"));
    showNavigation->setText(tr("&Schools and classes"));
    showProfile->setText(tr("Student &profile"));
    refresh->setText(tr("&Refresh"));

    m_settings->setTitle(tr("&Settings"));
    m_language->setTitle(tr("&Language"));

    m_help->setTitle(tr("&Help"));
    about->setText(tr("&About Care"));
    aboutQt->setText(tr("About &Qt"));
    // Undo/redo texts follow the undo stack; the main window sets them.
}

void MainActions::setDatabaseOpen(bool open)
{
    m_databaseOpen = open;
    for (QAction *a : {closeDatabase, newStudent, refresh})
        a->setEnabled(open);
    editStudent->setEnabled(open && m_studentSelected);
}

void MainActions::setStudentSelected(bool selected)
{
    m_studentSelected = selected;
    editStudent->setEnabled(m_databaseOpen && selected);
}

void MainActions::setLanguageChecked(Language language)
{
    (language == Language::Thai ? thai : english)->setChecked(true);
}

} // namespace care::ui
