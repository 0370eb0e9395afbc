#pragma once

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace care::ui {

// "New password" and "Repeat password" rows with a strength hint and a
// message under each field, shared by set-up, recovery, password change,
// password reset and new users. The owning dialog puts the rows into its
// form (so labels line up with its other rows) and calls retranslate().
class NewPasswordFields : public QObject {
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget *parent);

    void addRows(QFormLayout *layout);
    void retranslate();
    void setLabels(const QString &password, const QString &repeat);

    QString password() const;
    bool isAcceptable() const;  // long enough and typed the same twice
    void clear();
    // A refusal from core about the new password, shown under its field.
    void showError(const QString &message);
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

signals:
    void changed();

private:
    void update();

    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_repeatError = nullptr;
    QString m_coreError;
    bool m_passwordLeft = false;  // the user has left the first field once
    bool m_repeatLeft = false;
    bool m_customLabels = false;
};

} // namespace care::ui
