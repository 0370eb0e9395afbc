#pragma once

#include "security/session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace care {
class AccountService;
}

namespace care::ui {

class NewPasswordFields;

// An administrator (or a director, for their school) sets a temporary
// password for a user who forgot theirs; the user must change it at the
// next sign-in.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(AccountService &accounts, Session session, QString userId, QString userLabel,
                        QWidget *parent = nullptr);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AccountService &m_accounts;
    Session m_session;
    QString m_userId;
    QString m_userLabel;
    QLabel *m_intro = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace care::ui
