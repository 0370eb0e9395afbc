#include "security/signinflow.h"

#include "app/appsettings.h"
#include "security/changepassworddialog.h"
#include "security/setupdialog.h"
#include "security/signindialog.h"
#include "services/accountservice.h"

#include <QMessageBox>
#include <QTimer>

namespace care::ui {

SignInFlow::SignInFlow(AccountService &accounts, const Clock &clock, QString databaseName, QWidget *parent)
    : QObject(parent), m_accounts(accounts), m_clock(clock), m_databaseName(std::move(databaseName)),
      m_parent(parent)
{
}

void SignInFlow::start(const QString &notice)
{
    const Result<bool> needsSetUp = m_accounts.needsSetUp();
    if (!needsSetUp) {
        QMessageBox::warning(
            m_parent, tr("Care"),
            tr("The users of %1 could not be read: %2").arg(m_databaseName, needsSetUp.error().message));
        // After the caller has connected to the signal.
        QTimer::singleShot(0, this, &SignInFlow::cancelled);
        return;
    }
    if (!needsSetUp.value()) {
        showSignIn(notice);
        return;
    }
    auto *setUp = new SetUpDialog(m_accounts, m_clock, m_databaseName, m_parent);
    setUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(setUp, &QDialog::finished, this, [this, setUp](int result) {
        if (result == QDialog::Accepted)
            finish(setUp->session());
        else
            emit cancelled();
    });
    m_dialog = setUp;
    setUp->open();
}

void SignInFlow::showSignIn(const QString &notice)
{
    auto *signIn = new SignInDialog(m_accounts, m_databaseName, m_parent);
    signIn->setAttribute(Qt::WA_DeleteOnClose);
    signIn->setUsername(appsettings::lastUsername());
    signIn->setNotice(notice);
    connect(signIn, &QDialog::finished, this, [this, signIn](int result) {
        if (result == QDialog::Accepted)
            afterSignIn(signIn->session());
        else
            emit cancelled();
    });
    m_dialog = signIn;
    signIn->open();
}

void SignInFlow::afterSignIn(const Session &session)
{
    appsettings::setLastUsername(session.username());
    const Result<bool> mustChange = m_accounts.mustChangePassword(session);
    if (mustChange && !mustChange.value()) {
        finish(session);
        return;
    }
    // A temporary password (or an unreadable flag) leads to the change first.
    auto *change = new ChangePasswordDialog(m_accounts, session, ChangePasswordDialog::Mode::Required, m_parent);
    change->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &QDialog::finished, this, [this, change, session](int result) {
        if (result == QDialog::Accepted) {
            finish(session);
            return;
        }
        m_accounts.lock();  // "Sign out" instead of a new password
        showSignIn(tr("You signed out without changing the temporary password."));
    });
    m_dialog = change;
    change->open();
}

void SignInFlow::finish(const Session &session)
{
    appsettings::setLastUsername(session.username());
    emit signedIn(session);
}

} // namespace care::ui
