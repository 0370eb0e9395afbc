#pragma once

#include "security/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace care {
class AccountService;
class Clock;
class Database;
}

namespace care::ui {

class ClassroomPicker;
class NewPasswordFields;

// A new user: user name, full name, role, school (for school roles), the
// classrooms of a teacher or home-visit coordinator, and a temporary
// password to hand over in person. A director adds users to their own
// school only (core refuses anything else; the form does not offer it).
class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    AddUserDialog(AccountService &accounts, Database &db, const Clock &clock, Session session,
                  QWidget *parent = nullptr);

    QString userId() const { return m_userId; }  // after acceptance

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRoles();
    void fillSchools();
    void roleChanged();
    void schoolChanged();
    void revalidate();
    void retranslateUi();
    bool needsSchool() const;
    bool needsClassrooms() const;

    AccountService &m_accounts;
    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    QString m_userId;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_schoolLabel = nullptr;
    QLabel *m_classesLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_usernameError = nullptr;
    QLabel *m_displayNameError = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_school = nullptr;
    ClassroomPicker *m_classrooms = nullptr;
    QLabel *m_classesHint = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    bool m_usernameTouched = false;
    bool m_displayNameTouched = false;
};

} // namespace care::ui
