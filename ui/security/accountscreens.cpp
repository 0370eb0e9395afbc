#include "security/accountscreens.h"

#include "app/appcontext.h"
#include "app/appsettings.h"
#include "app/databasefiles.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "privacy/formfiles.h"
#include "security/autolockdialog.h"
#include "security/busycursor.h"
#include "security/changepassworddialog.h"
#include "security/idlewatcher.h"
#include "security/lockscreen.h"
#include "security/signinflow.h"
#include "security/usersdialog.h"
#include "services/accountservice.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QToolTip>

namespace care::ui {

namespace {

bool isDefaultDemo(const Database &db)
{
    return QFileInfo(db.path()).absoluteFilePath() == QFileInfo(DatabaseFiles::defaultDemoPath()).absoluteFilePath();
}

// Dialogs in exec() are application modal: their loop cannot wait through a
// lock, so they are answered "Cancel"; the others are hidden and come back.
bool runsOwnLoop(const QWidget *window) { return window->windowModality() == Qt::ApplicationModal; }

// Dialogs and other windows on screen besides the main window.
QList<QPointer<QWidget>> otherVisibleWindows(const QWidget &mainWindow)
{
    QList<QPointer<QWidget>> windows;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != &mainWindow && w->isVisible() && (w->windowType() == Qt::Dialog || w->windowType() == Qt::Window))
            windows << w;
    return windows;
}

} // namespace

AccountScreens::AccountScreens(MainWindow &window) : QObject(&window), m_window(window)
{
    m_idle = new IdleWatcher(this);
    m_lockScreen = new LockScreen(&window);
    m_lockScreen->hide();
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lock(m_idleTimeoutOverrideMs >= 0 ? m_idleTimeoutOverrideMs / 60000 : appsettings::autoLockMinutes());
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &AccountScreens::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &AccountScreens::signOut);
    connectActions();
}

AccountScreens::~AccountScreens()
{
    if (m_accounts)
        m_accounts->lock();  // the key leaves memory with the window
}

void AccountScreens::connectActions()
{
    MainActions *a = m_window.actions();
    connect(a->changePassword, &QAction::triggered, this, &AccountScreens::changePassword);
    connect(a->lockNow, &QAction::triggered, this, [this] { lock(0); });
    connect(a->signOut, &QAction::triggered, this, &AccountScreens::signOut);
    connect(a->manageUsers, &QAction::triggered, this, &AccountScreens::manageUsers);
    connect(a->autoLock, &QAction::triggered, this, &AccountScreens::editAutoLock);
}

void AccountScreens::setIdleTimeoutMs(int milliseconds)
{
    m_idleTimeoutOverrideMs = milliseconds;
    applyAutoLockSetting();
}

void AccountScreens::applyAutoLockSetting()
{
    m_idle->setTimeout(m_idleTimeoutOverrideMs >= 0 ? m_idleTimeoutOverrideMs
                                                    : appsettings::autoLockMinutes() * 60 * 1000);
}

void AccountScreens::signIn(DatabasePtr db, const QString &notice)
{
    if (!db || m_flow)
        return;  // one sign-in at a time (its dialog is modal anyway)
    m_pendingDb = db;
    m_pendingAccounts = std::make_unique<AccountService>(*db, m_window.clock(), m_cost);
    QString shown = notice;
    if (shown.isEmpty() && isDefaultDemo(*db))
        shown = tr("This is the demo database. Its users (admin, officer, director, counsellor, teacher, visitor, "
                   "nurse) all have the password \"demo\".");
    auto *flow = new SignInFlow(*m_pendingAccounts, m_window.clock(), QFileInfo(db->path()).fileName(), &m_window);
    m_flow = flow;
    connect(flow, &SignInFlow::signedIn, this, &AccountScreens::finishSignIn);
    connect(flow, &SignInFlow::cancelled, this, [this, flow] {
        flow->deleteLater();
        m_flow = nullptr;
        m_pendingAccounts.reset();
        m_pendingDb.reset();
        m_window.setSignInPending(false);
        emit signInEnded(false);
    });
    m_window.setSignInPending(true);
    flow->start(shown);
}

void AccountScreens::finishSignIn(const Session &session)
{
    if (m_flow)
        m_flow->deleteLater();
    m_flow = nullptr;
    DatabasePtr db = std::move(m_pendingDb);
    dropSession(db.get());  // the previous database's session, if any
    m_db = db;
    m_accounts = std::move(m_pendingAccounts);
    m_window.setDatabase(db, session);
    m_window.setSignInPending(false);
    applyAutoLockSetting();
    m_idle->start();
    emit signInEnded(true);
}

AccountService *AccountScreens::accountsOfContext()
{
    AppContext *context = m_window.context();
    if (!context)
        return nullptr;
    // A window given its database and session directly (tests, tools) gets its service here.
    if (!m_accounts || m_db != context->databasePtr()) {
        m_db = context->databasePtr();
        m_accounts = std::make_unique<AccountService>(*m_db, m_window.clock(), m_cost);
    }
    return m_accounts.get();
}

void AccountScreens::lock(int idleMinutes)
{
    AppContext *context = m_window.context();
    AccountService *accounts = accountsOfContext();
    if (m_locked || !accounts)
        return;
    accounts->lock();
    FormFiles::removeOpened();  // forms opened in a viewer leave the disk with the key
    m_locked = true;
    m_idle->stop();
    QToolTip::hideText();
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (const QPointer<QWidget> &w : otherVisibleWindows(m_window)) {
        if (!w)
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w.data()); dialog && runsOwnLoop(dialog)) {
            dialog->done(QDialog::Rejected);
        } else {
            w->hide();
            m_hiddenWindows << w;
        }
    }
    m_lockScreen->setSession(context->session());
    m_lockScreen->setIdleMinutes(idleMinutes);
    m_window.setCover(m_lockScreen);
    m_lockScreen->reset();
}

void AccountScreens::unlock(const QString &password)
{
    AppContext *context = m_window.context();
    AccountService *accounts = accountsOfContext();
    if (!m_locked || !accounts)
        return;
    const Result<Session> unlocked = [&] {
        BusyCursor busy;
        return accounts->unlock(context->session(), password);
    }();
    if (!unlocked) {
        m_lockScreen->showProblem(unlocked.error().message);
        return;
    }
    m_locked = false;
    // The fresh session replaces the one from before the lock: the account
    // may have been given other classes, or another role or school.
    const Session &fresh = unlocked.value();
    if (fresh.role() != context->session().role() || fresh.schoolId() != context->session().schoolId()) {
        closeDialogs();  // they were opened for the old role
        m_window.setDatabase(context->databasePtr(), fresh);  // the window as the new role has it
    } else {
        context->setSession(fresh);
        m_window.setCover(nullptr);
        for (const QPointer<QWidget> &w : std::as_const(m_hiddenWindows))
            if (w)
                w->show();
        m_hiddenWindows.clear();
    }
    m_idle->start();
}

void AccountScreens::closeDialogs()
{
    const QList<QPointer<QWidget>> windows = m_hiddenWindows + otherVisibleWindows(m_window);
    m_hiddenWindows.clear();
    for (const QPointer<QWidget> &w : std::as_const(windows)) {
        if (!w)
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w.data()))
            dialog->done(QDialog::Rejected);  // not reject(): a dialog may refuse that
        else
            w->close();
    }
}

void AccountScreens::dropSession(const Database *keepKeyOf)
{
    closeDialogs();
    if (AppContext *context = m_window.context())
        context->undoStack().clear();  // its commands would write as the old user
    if (m_accounts && m_db.get() != keepKeyOf)
        m_accounts->lock();
    FormFiles::removeOpened();
    m_idle->stop();
    m_locked = false;
    m_window.setDatabase(nullptr, Session());
    m_accounts.reset();
    m_db.reset();
}

void AccountScreens::endSession() { dropSession(nullptr); }

void AccountScreens::signOut()
{
    AppContext *context = m_window.context();
    if (!context)
        return;
    DatabasePtr db = context->databasePtr();
    endSession();
    signIn(db, tr("You signed out."));
}

void AccountScreens::changePassword()
{
    AppContext *context = m_window.context();
    AccountService *accounts = accountsOfContext();
    if (!accounts || m_locked)
        return;
    auto *dialog = new ChangePasswordDialog(*accounts, context->session(), ChangePasswordDialog::Mode::Voluntary,
                                            &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_window.statusBar()->showMessage(tr("Your password was changed."), 10000); });
    dialog->open();
}

void AccountScreens::manageUsers()
{
    AppContext *context = m_window.context();
    AccountService *accounts = accountsOfContext();
    if (!accounts || m_locked)
        return;
    auto *dialog = new UsersDialog(*accounts, context->database(), context->clock(), context->session(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountScreens::editAutoLock()
{
    auto *dialog = new AutoLockDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applyAutoLockSetting();
        if (m_idle->isActive())
            m_idle->start();
    });
    dialog->open();
}

} // namespace care::ui
