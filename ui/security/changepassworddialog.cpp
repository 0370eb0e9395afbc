#include "security/changepassworddialog.h"

#include "security/busycursor.h"
#include "security/fieldcell.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "services/accountservice.h"
#include "student/formsection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

ChangePasswordDialog::ChangePasswordDialog(AccountService &accounts, Session session, Mode mode, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(std::move(session)), m_mode(mode)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setMaxLength(256);
    m_currentError = makeErrorLabel(QStringLiteral("currentPassword"), this);
    QWidget *currentCell = makeFieldCell(this, m_current, m_currentError);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_current);
    m_password = new NewPasswordFields(this);
    m_message = makeMessageArea(QStringLiteral("changePasswordMessage"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_currentLabel, currentCell);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_password->addRows(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, [this] {
        showFieldError(m_current, m_currentError, QString());
        updateButton();
    });
    connect(m_password, &NewPasswordFields::changed, this, &ChangePasswordDialog::updateButton);
    layout->addStrut(520);
    retranslateUi();
    updateButton();
}

void ChangePasswordDialog::updateButton()
{
    m_save->setEnabled(!m_current->text().isEmpty() && m_password->isAcceptable());
}

void ChangePasswordDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    clearMessage(m_message);
    if (m_current->text() == m_password->password()) {
        m_password->showError(tr("Choose a password different from the current one."));
        return;
    }
    const Status changed = [this] {
        BusyCursor busy;
        return m_accounts.changePassword(m_session, m_current->text(), m_password->password());
    }();
    if (!changed) {
        const Error &e = changed.error();
        if (e.field == QLatin1String("password") || e.field == QLatin1String("newPassword")) {
            m_password->showError(e.message);
        } else if (e.field == QLatin1String("oldPassword") || e.field == QLatin1String("currentPassword")) {
            m_current->clear();
            showFieldError(m_current, m_currentError, e.message);
        } else {
            showProblem(m_message, e.message);
        }
        return;
    }
    QDialog::accept();
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_mode == Mode::Required
                         ? tr("%1, your password was set by an administrator. Choose your own password before "
                              "you continue; nobody else should know it.")
                               .arg(m_session.displayName())
                         : tr("Change the password of %1 (%2).").arg(m_session.displayName(), m_session.username()));
    m_currentLabel->setText(m_mode == Mode::Required ? tr("&Temporary password:") : tr("C&urrent password:"));
    m_cancel->setText(m_mode == Mode::Required ? tr("Sign &out") : tr("Cancel"));
    m_password->retranslate();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
