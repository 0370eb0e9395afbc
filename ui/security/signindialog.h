#pragma once

#include "security/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace care {
class AccountService;
}

namespace care::ui {

// Sign-in to one database: user name and password, the file's name so the
// user knows where they are signing in, and a message area for refusals
// (wrong password, lockout and its remaining time, disabled account, a key
// that does not open). "Forgot password?" opens the recovery dialog.
// Accepted with session() once AccountService signed the user in.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(AccountService &accounts, const QString &databaseName, QWidget *parent = nullptr);

    void setUsername(const QString &username);  // focuses the password then
    void setNotice(const QString &notice);      // e.g. "You were signed out."
    const Session &session() const { return m_session; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();
    void openRecovery();

    AccountService &m_accounts;
    QString m_databaseName;
    Session m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_forgot = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace care::ui
