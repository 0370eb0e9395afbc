#include "mainwindow/mainwindow.h"
#include "mainwindow/studentscreens.h"

#include "app/appcontext.h"
#include "app/appicon.h"
#include "app/appsettings.h"
#include "app/databasefiles.h"
#include "app/uilanguage.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/navigationpanel.h"
#include "mainwindow/studentlistpanel.h"
#include "privacy/privacyactions.h"
#include "risk/riskactions.h"
#include "screening/screeningactions.h"
#include "security/accountscreens.h"
#include "util/clock.h"
#include "widgets/databasechoices.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace care::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_clock(&Clock::system())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(careIcon());
    m_actions = new MainActions(this);

    m_navigation = new NavigationPanel(this);
    m_list = new StudentListPanel(this);
    m_profileSlot = new QStackedWidget(this);
    m_profileSlot->setObjectName(QStringLiteral("profileSlot"));
    m_profilePlaceholder = new QLabel(m_profileSlot);
    m_profilePlaceholder->setAlignment(Qt::AlignCenter);
    m_profilePlaceholder->setWordWrap(true);
    m_profileSlot->addWidget(m_profilePlaceholder);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_profileSlot);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 700, 460});

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createStartPage());
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("studentCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));
    statusBar()->addPermanentWidget(m_userLabel);

    connectActions();
    m_actions->setLanguageChecked(currentLanguage());
    if (!restoreGeometry(appsettings::mainWindowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(qMin(1400, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    m_splitter->restoreState(appsettings::mainWindowState());
    new StudentScreens(*this);
    m_accountScreens = new AccountScreens(*this);
    PrivacyActions *privacy = PrivacyActions::install(*this);
    connect(privacy, &PrivacyActions::databaseRestored, this, &MainWindow::reopenAfterRestore);
    ScreeningActions::install(*this);
    RiskActions::install(*this);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The panels' models refer to the database: let go of them before the context.
    m_list->setContext(nullptr);
    m_navigation->setContext(nullptr);
    setProfileWidget(nullptr);
}

QWidget *MainWindow::createStartPage()
{
    m_startPage = new QWidget(this);
    m_startChoices = new DatabaseChoices(m_startPage);
    auto *layout = new QVBoxLayout(m_startPage);
    layout->addStretch(1);
    layout->addWidget(m_startChoices, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_startChoices, &DatabaseChoices::openChosen, m_actions->openDatabase, &QAction::trigger);
    connect(m_startChoices, &DatabaseChoices::createEmptyChosen, m_actions->newDatabase, &QAction::trigger);
    connect(m_startChoices, &DatabaseChoices::createDemoChosen, m_actions->createDemo, &QAction::trigger);
    return m_startPage;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(a->newDatabase, &QAction::triggered, this, &MainWindow::newDatabaseFile);
    connect(a->createDemo, &QAction::triggered, this, &MainWindow::createDemoDatabase);
    connect(a->closeDatabase, &QAction::triggered, this, &MainWindow::closeDatabase);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, this, [this] { if (m_context) m_context->undoStack().undo(); });
    connect(a->redo, &QAction::triggered, this, [this] { if (m_context) m_context->undoStack().redo(); });
    connect(a->newStudent, &QAction::triggered, this, &MainWindow::newStudentRequested);
    connect(a->editStudent, &QAction::triggered, this, [this] {
        if (const QString id = currentStudentId(); !id.isEmpty())
            emit editStudentRequested(id);
    });
    connect(a->showNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    connect(a->showProfile, &QAction::toggled, m_profileSlot, &QWidget::setVisible);
    connect(a->refresh, &QAction::triggered, this, [this] {
        m_navigation->reload();
        m_list->reload();
    });
    connect(a, &MainActions::languageChosen, this, &MainWindow::setUiLanguage);
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_navigation, &NavigationPanel::scopeChanged, this, &MainWindow::applyScope);
    connect(m_list, &StudentListPanel::countChanged, this, &MainWindow::updateCount);
    connect(m_list, &StudentListPanel::studentActivated, this, &MainWindow::studentActivated);
    connect(m_list, &StudentListPanel::currentStudentChanged, this, [this](const QString &id) {
        m_actions->setStudentSelected(!id.isEmpty());
        emit currentStudentChanged(id);
    });
    connect(m_list, &StudentListPanel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::signIn(DatabasePtr db) { m_accountScreens->signIn(std::move(db)); }

void MainWindow::setDatabase(DatabasePtr db, const Session &session)
{
    if (db && !session.isValid())
        db.reset();  // nothing is shown without a signed-in user
    std::unique_ptr<AppContext> previous = std::move(m_context);
    m_cover = nullptr;
    m_actions->setLocked(false);
    if (db) {
        m_context = std::make_unique<AppContext>(db, *m_clock, session);
        connect(m_context.get(), &AppContext::studentChanged, this, [this] {
            m_list->reload();
            m_navigation->reload();  // class counts
        });
        connect(m_context.get(), &AppContext::sessionChanged, this, [this] {
            m_navigation->reload();  // the classes of the user's scope
            m_list->reload();
            updateUser();
        });
        QUndoStack *undo = &m_context->undoStack();
        connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
        appsettings::setLastDatabase(QFileInfo(db->path()).absoluteFilePath());
    }
    m_list->setContext(m_context.get());
    m_navigation->setContext(m_context.get());  // emits scopeChanged: the list fills
    m_pages->setCurrentIndex(db ? 1 : 0);
    m_actions->setRole(db ? std::optional<Role>(session.role()) : std::nullopt);
    m_actions->setDatabaseOpen(bool(db));
    m_actions->setStudentSelected(!currentStudentId().isEmpty());
    emit contextChanged(m_context.get());
    previous.reset();  // after everyone has moved to the new context
    updateUndoActions();
    updateTitle();
    updateUser();
}

void MainWindow::setCover(QWidget *cover)
{
    if (cover && m_pages->indexOf(cover) < 0)
        m_pages->addWidget(cover);
    m_cover = cover;
    if (cover)
        m_pages->setCurrentWidget(cover);
    else
        m_pages->setCurrentIndex(m_context ? 1 : 0);
    m_actions->setLocked(cover != nullptr);
    updateUndoActions();
}

void MainWindow::setSignInPending(bool pending)
{
    m_startChoices->setVisible(!pending);
}

void MainWindow::applyScope()
{
    m_list->setScope(m_navigation->academicYearId(), m_navigation->schoolId(), m_navigation->classroomId());
}

void MainWindow::setProfileWidget(QWidget *widget)
{
    if (m_profile == widget)
        return;
    if (m_profile) {
        m_profileSlot->removeWidget(m_profile);
        delete m_profile;
    }
    m_profile = widget;
    if (m_profile) {
        m_profileSlot->addWidget(m_profile);
        m_profileSlot->setCurrentWidget(m_profile);
    } else {
        m_profileSlot->setCurrentWidget(m_profilePlaceholder);
    }
}

QString MainWindow::currentStudentId() const { return m_list->currentStudentId(); }

void MainWindow::setUiLanguage(Language language)
{
    applyUiLanguage(language, true);
    m_actions->setLanguageChecked(language);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_profilePlaceholder->setText(tr("Select a student in the list to see the profile."));
    updateTitle();
    updateUser();
    updateCount(m_shownCount);
    updateUndoActions();
}

void MainWindow::updateUser()
{
    if (!m_context) {
        m_userLabel->clear();
        return;
    }
    const Session &session = m_context->session();
    m_userLabel->setText(tr("%1 (%2)").arg(session.displayName(), label(session.role())));
    m_userLabel->setToolTip(tr("Signed in as %1").arg(session.username()));
}

void MainWindow::updateTitle()
{
    if (m_context)
        setWindowTitle(tr("%1 – Care").arg(QFileInfo(m_context->database().path()).fileName()));
    else
        setWindowTitle(tr("Care"));
}

void MainWindow::updateCount(int shown)
{
    m_shownCount = shown;
    m_countLabel->setText(m_context ? tr("%Ln student(s)", nullptr, shown) : QString());
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_context ? &m_context->undoStack() : nullptr;
    const QString undoText = stack ? stack->undoText() : QString();
    const QString redoText = stack ? stack->redoText() : QString();
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    const bool usable = stack && !m_actions->isLocked();
    m_actions->undo->setEnabled(usable && stack->canUndo());
    m_actions->redo->setEnabled(usable && stack->canRedo());
}

void MainWindow::openDatabaseFile()
{
    if (DatabasePtr db = DatabaseFiles::chooseAndOpen(this))
        signIn(db);
}

void MainWindow::newDatabaseFile()
{
    if (DatabasePtr db = DatabaseFiles::chooseAndCreateEmpty(this))
        signIn(db);
}

void MainWindow::createDemoDatabase()
{
    // The demo may be replaced on disk: let go of it first if it is the open database.
    const QString demoPath = QFileInfo(DatabaseFiles::defaultDemoPath()).absoluteFilePath();
    const bool demoIsOpen = m_context && QFileInfo(m_context->database().path()).absoluteFilePath() == demoPath;
    if (demoIsOpen)
        m_accountScreens->endSession();
    DatabasePtr db = DatabaseFiles::createDemoInteractively(this);
    if (!db && demoIsOpen && QFileInfo::exists(demoPath))
        db = DatabaseFiles::open(this, demoPath);
    if (db)
        signIn(db);
}

void MainWindow::reopenAfterRestore(const QString &path)
{
    // The restored file may hold other users and keys: nobody stays signed in.
    m_accountScreens->endSession();
    if (DatabasePtr db = DatabaseFiles::open(this, path))
        m_accountScreens->signIn(db, tr("The database was restored from a backup. Sign in again."));
}

void MainWindow::closeDatabase()
{
    m_accountScreens->endSession();
    appsettings::forgetLastDatabase();  // the next start offers the choices again
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    appsettings::setMainWindowGeometry(saveGeometry());
    appsettings::setMainWindowState(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace care::ui
