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

class NewPasswordFields;

// "Forgot password": the municipality's recovery key, the user whose
// password is lost and a new password twice. AccountService::recover checks
// the key, sets the password (audited) and signs the user in.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(AccountService &accounts, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    const Session &session() const { return m_session; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();

    AccountService &m_accounts;
    Session m_session;
    QLabel *m_intro = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_keyError = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_recover = nullptr;
};

} // namespace care::ui
