#include "security/recoverydialog.h"

#include "security/busycursor.h"
#include "security/fieldcell.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "services/accountservice.h"
#include "student/formsection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

RecoveryDialog::RecoveryDialog(AccountService &accounts, QWidget *parent) : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKey"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_key->font().pointSizeF() * 1.15);
    m_key->setFont(mono);
    m_key->setMaxLength(200);
    m_keyError = makeErrorLabel(QStringLiteral("recoveryKey"), this);
    QWidget *keyCell = makeFieldCell(this, m_key, m_keyError);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_keyLabel = new QLabel(this);
    m_keyLabel->setBuddy(m_key);
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_password = new NewPasswordFields(this);
    m_message = makeMessageArea(QStringLiteral("recoveryMessage"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_keyLabel, keyCell);
    form->addRow(m_usernameLabel, m_username);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recover = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_password->addRows(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, [this] {
        showFieldError(m_key, m_keyError, QString());
        updateButton();
    });
    connect(m_username, &QLineEdit::textChanged, this, &RecoveryDialog::updateButton);
    connect(m_password, &NewPasswordFields::changed, this, &RecoveryDialog::updateButton);
    layout->addStrut(560);
    retranslateUi();
    updateButton();
}

void RecoveryDialog::setUsername(const QString &username) { m_username->setText(username); }

void RecoveryDialog::updateButton()
{
    m_recover->setEnabled(!m_key->text().trimmed().isEmpty() && !m_username->text().trimmed().isEmpty()
                          && m_password->isAcceptable());
}

void RecoveryDialog::accept()
{
    if (!m_recover->isEnabled())
        return;
    clearMessage(m_message);
    Result<Session> recovered = [this] {
        BusyCursor busy;
        return m_accounts.recover(m_key->text().trimmed(), m_username->text().trimmed(), m_password->password());
    }();
    if (!recovered) {
        const Error &e = recovered.error();
        if (e.field == QLatin1String("password") || e.field == QLatin1String("newPassword")) {
            m_password->showError(e.message);
        } else if (e.field == QLatin1String("recoveryKey")) {
            showFieldError(m_key, m_keyError, e.message);
        } else {
            showProblem(m_message, e.message);
        }
        return;
    }
    m_session = recovered.value();
    QDialog::accept();
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Recover access with the recovery key"));
    m_intro->setText(tr("Type the recovery key from the sheet printed when Care was set up, the user name whose "
                        "password is lost and a new password for that user. The use of the recovery key is "
                        "recorded in the audit trail."));
    m_keyLabel->setText(tr("Recovery &key:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_recover->setText(tr("Set password and &sign in"));
    m_password->retranslate();
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
