#pragma once

#include "security/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace care {
class AccountService;
class Clock;
}

namespace care::ui {

class NewPasswordFields;
class RecoveryKeyPage;

// First run of a database without users: creates the system administrator
// (user name, full name, password twice), then shows the recovery key that
// AccountService::setUp made. Accepted only after the user confirmed that the
// key is kept; session() is then the signed-in administrator.
class SetUpDialog : public QDialog {
    Q_OBJECT
public:
    SetUpDialog(AccountService &accounts, const Clock &clock, const QString &databaseName,
                QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    bool showsRecoveryKey() const;

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createAdministratorPage();
    void retranslateUi();
    void revalidate();
    void createAdministrator();

    AccountService &m_accounts;
    const Clock &m_clock;
    QString m_databaseName;
    Session m_session;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_usernameError = nullptr;
    QLabel *m_displayNameError = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    RecoveryKeyPage *m_keyPage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_continue = nullptr;
    bool m_usernameTouched = false;
    bool m_displayNameTouched = false;
};

} // namespace care::ui
