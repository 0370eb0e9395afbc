#pragma once

#include "security/crypto.h"
#include "security/session.h"
#include "security/signinflow.h"
#include "services/databasehandle.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace care {
class AccountService;
}

namespace care::ui {

class IdleWatcher;
class LockScreen;
class MainWindow;

// The sign-in life cycle of the main window: signing in to a database
// (set-up on first run), locking after idle time or on request (the key is
// wiped and a lock screen covers the window until the same user's password
// is given), signing out, and the Account and Administration commands.
class AccountScreens : public QObject {
    Q_OBJECT
public:
    explicit AccountScreens(MainWindow &window);
    ~AccountScreens() override;

    // Opens the sign-in (or set-up) dialog over the window; on success the
    // window shows `db` with the signed-in session.
    void signIn(DatabasePtr db, const QString &notice = {});
    void lock(int idleMinutes = 0);
    void signOut();
    // Ends the session without signing in again (File → Close, another file).
    void endSession();

    bool isLocked() const { return m_locked; }
    AccountService *accounts() const { return m_accounts.get(); }
    LockScreen *lockScreen() const { return m_lockScreen; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    SignInFlow *pendingSignIn() const { return m_flow; }

    // Tests: cheap Argon2id for new passwords, a short idle time.
    void setPasswordCost(crypto::PasswordCost cost) { m_cost = cost; }
    void setIdleTimeoutMs(int milliseconds);

signals:
    void signInEnded(bool signedIn);  // after signIn(): the window shows the database, or not

private:
    void connectActions();
    AccountService *accountsOfContext();  // null without a signed-in database
    void unlock(const QString &password);
    void closeDialogs();
    void dropSession(const Database *keepKeyOf);
    void finishSignIn(const Session &session);
    void applyAutoLockSetting();
    void changePassword();
    void manageUsers();
    void editAutoLock();

    MainWindow &m_window;
    crypto::PasswordCost m_cost = crypto::PasswordCost::standard();
    // Each service refers to its database: the pointer next to it keeps that alive.
    DatabasePtr m_db;
    std::unique_ptr<AccountService> m_accounts;        // of the open database
    DatabasePtr m_pendingDb;
    std::unique_ptr<AccountService> m_pendingAccounts; // of a database being signed in to
    QPointer<SignInFlow> m_flow;
    IdleWatcher *m_idle = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QList<QPointer<QWidget>> m_hiddenWindows;  // dialogs hidden by the lock, shown again on unlock
    int m_idleTimeoutOverrideMs = -1;
    bool m_locked = false;
};

} // namespace care::ui
