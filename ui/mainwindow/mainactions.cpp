#include "mainwindow/mainactions.h"

#include "security/permissionmatrix.h"

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
    changePassword = make();
    lockNow = make(QKeySequence(Qt::CTRL | Qt::Key_L));
    signOut = make();
    manageUsers = make();
    autoLock = make();
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
    m_settings->addAction(autoLock);

    m_account = bar->addMenu(QString());
    m_account->setObjectName(QStringLiteral("accountMenu"));
    m_account->addActions({changePassword, lockNow});
    m_account->addSeparator();
    m_account->addAction(signOut);

    m_administration = bar->addMenu(QString());
    m_administration->setObjectName(QStringLiteral("administrationMenu"));
    m_administration->addAction(manageUsers);

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
    autoLock->setText(tr("&Auto-lock…"));

    m_account->setTitle(tr("&Account"));
    changePassword->setText(tr("&Change password…"));
    lockNow->setText(tr("&Lock now"));
    signOut->setText(tr("Sign &out"));

    m_administration->setTitle(tr("Ad&ministration"));
    manageUsers->setText(tr("&Users…"));

    m_help->setTitle(tr("&Help"));
    about->setText(tr("&About Care"));
    aboutQt->setText(tr("About &Qt"));
    // Undo/redo texts follow the undo stack; the main window sets them.
}

void MainActions::setDatabaseOpen(bool open)
{
    m_databaseOpen = open;
    updateStates();
}

void MainActions::setStudentSelected(bool selected)
{
    m_studentSelected = selected;
    updateStates();
}

void MainActions::setRole(std::optional<Role> role)
{
    m_role = role;
    updateStates();
}

void MainActions::setLocked(bool locked)
{
    const bool changed = m_locked != locked;
    m_locked = locked;
    updateStates();
    if (changed)
        emit lockedChanged(locked);
}

bool MainActions::allows(Action action, Section section) const
{
    return m_role && PermissionMatrix::standard().allows(*m_role, action, section);
}

bool MainActions::allows(Capability capability) const
{
    return m_role && PermissionMatrix::standard().allows(*m_role, capability);
}

void MainActions::updateStates()
{
    const bool working = m_databaseOpen && m_role && !m_locked;
    for (QAction *a : {openDatabase, newDatabase, createDemo, showNavigation, showProfile})
        a->setEnabled(!m_locked);
    closeDatabase->setEnabled(m_databaseOpen && !m_locked);
    refresh->setEnabled(working);
    // Hidden, not only greyed: a command this role never has is noise.
    newStudent->setVisible(allows(Action::Create, Section::Identity));
    newStudent->setEnabled(working && newStudent->isVisible());
    editStudent->setVisible(allows(Action::Update, Section::Identity));
    editStudent->setEnabled(working && m_studentSelected && editStudent->isVisible());
    if (m_locked) {
        undo->setEnabled(false);
        redo->setEnabled(false);
    }

    changePassword->setEnabled(working);
    lockNow->setEnabled(working);
    signOut->setEnabled(m_databaseOpen && m_role);
    m_account->menuAction()->setVisible(m_databaseOpen && m_role);
    manageUsers->setVisible(allows(Capability::ManageUsers));
    manageUsers->setEnabled(working);
    autoLock->setVisible(allows(Capability::ManageSettings));
    autoLock->setEnabled(!m_locked);
    updateAdministrationMenu();
}

void MainActions::updateAdministrationMenu()
{
    bool any = false;
    for (QAction *a : m_administration->actions())
        any = any || (a->isVisible() && !a->isSeparator());
    m_administration->menuAction()->setVisible(any);
}

void MainActions::setLanguageChecked(Language language)
{
    (language == Language::Thai ? thai : english)->setChecked(true);
}

} // namespace care::ui
