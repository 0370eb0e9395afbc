#pragma once

#include "security/session.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace care {
class AccountService;
class Clock;
}

namespace care::ui {

// The way into one database, as dialogs over `parent` that do not block:
// set-up of the administrator with the recovery key when the file has no
// users, else sign-in (with recovery), then the forced password change
// after a temporary password. Ends with signedIn() or cancelled(), once.
class SignInFlow : public QObject {
    Q_OBJECT
public:
    SignInFlow(AccountService &accounts, const Clock &clock, QString databaseName, QWidget *parent);

    // notice: shown above the fields (e.g. "You signed out.").
    void start(const QString &notice = {});
    QWidget *currentDialog() const { return m_dialog; }

signals:
    void signedIn(const care::Session &session);
    void cancelled();

private:
    void showSignIn(const QString &notice);
    void afterSignIn(const Session &session);
    void finish(const Session &session);

    AccountService &m_accounts;
    const Clock &m_clock;
    QString m_databaseName;
    QWidget *m_parent = nullptr;
    QPointer<QWidget> m_dialog;
};

} // namespace care::ui
