#pragma once

#include "privacy/confirmation.h"
#include "security/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace care {
class AccountService;
class Clock;
class Database;
}

namespace care::ui {

class UserTableModel;

// Administration → Users: the users the session may manage (all for the
// system administrator, the own school's for a director; core decides), and
// the commands on them: add, disable or enable, reset the password, and,
// for the administrator, replace the recovery key.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(AccountService &accounts, Database &db, const Clock &clock, Session session,
                QWidget *parent = nullptr);

    // Tests answer confirmations without a modal message box.
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedUserId() const;
    void selectUser(const QString &userId);
    void updateButtons();
    void addUser();
    void toggleDisabled();
    void resetPassword();
    void replaceRecoveryKey();
    void retranslateUi();

    AccountService &m_accounts;
    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    Confirmation m_confirm;
    UserTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_replaceKey = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace care::ui
