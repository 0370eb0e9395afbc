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

// The signed-in user's own password: the current one, then the new one
// twice. Forced after a temporary password (an administrator's reset):
// then the only other way out is signing out.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };
    ChangePasswordDialog(AccountService &accounts, Session session, Mode mode, QWidget *parent = nullptr);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();

    AccountService &m_accounts;
    Session m_session;
    Mode m_mode;
    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLabel *m_currentError = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace care::ui
