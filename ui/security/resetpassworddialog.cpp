#include "security/resetpassworddialog.h"

#include "security/busycursor.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "services/accountservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

ResetPasswordDialog::ResetPasswordDialog(AccountService &accounts, Session session, QString userId,
                                         QString userLabel, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(std::move(session)), m_userId(std::move(userId)),
      m_userLabel(std::move(userLabel))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_password = new NewPasswordFields(this);
    m_message = makeMessageArea(QStringLiteral("resetPasswordMessage"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_password->addRows(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &NewPasswordFields::changed, this,
            [this] { m_save->setEnabled(m_password->isAcceptable()); });
    m_save->setEnabled(false);
    layout->addStrut(480);
    retranslateUi();
}

void ResetPasswordDialog::accept()
{
    if (!m_password->isAcceptable())
        return;
    const Status reset = [this] {
        BusyCursor busy;
        return m_accounts.resetPassword(m_session, m_userId, m_password->password());
    }();
    if (!reset) {
        if (reset.error().field == QLatin1String("password"))
            m_password->showError(reset.error().message);
        else
            showProblem(m_message, reset.error().message);
        return;
    }
    QDialog::accept();
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password"));
    m_intro->setText(tr("Set a temporary password for %1. Give it to them in person; they must choose their "
                        "own password when they next sign in.")
                         .arg(m_userLabel));
    m_password->setLabels(tr("&Temporary password:"), tr("&Repeat password:"));
    m_password->retranslate();
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
