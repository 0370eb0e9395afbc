#pragma once

#include "security/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace care::ui {

// What the main window shows instead of its content while Care is locked:
// who is signed in, their password to unlock, and Sign out. It shows no
// record; the database key is already gone when it appears.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setSession(const Session &session);
    // Why it locked: after `minutes` without use, or (0) because the user asked.
    void setIdleMinutes(int minutes);
    void showProblem(const QString &message);  // a refused unlock
    void reset();                             // empty password, no message, focus

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void requestUnlock();

    Session m_session;
    int m_idleMinutes = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_signOut = nullptr;
};

} // namespace care::ui
