#include "security/signindialog.h"

#include "app/appicon.h"
#include "security/busycursor.h"
#include "security/messagearea.h"
#include "security/recoverydialog.h"
#include "services/accountservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

SignInDialog::SignInDialog(AccountService &accounts, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(careIcon().pixmap(48, 48));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_database->setTextFormat(Qt::PlainText);
    m_database->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_database);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);

    m_message = makeMessageArea(QStringLiteral("signInMessage"), this);
    m_forgot = new QPushButton(this);
    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_forgot, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_forgot, &QPushButton::clicked, this, &SignInDialog::openRecovery);
    layout->addStrut(440);
    retranslateUi();
    updateButton();
    m_username->setFocus();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString &notice)
{
    if (notice.isEmpty())
        clearMessage(m_message);
    else
        showInformation(m_message, notice);
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    clearMessage(m_message);
    Result<Session> signedIn = [this] {
        BusyCursor busy;
        return m_accounts.signIn(m_username->text().trimmed(), m_password->text());
    }();
    m_password->clear();
    if (!signedIn) {
        showProblem(m_message, signedIn.error().message);
        m_password->setFocus();
        return;
    }
    m_session = signedIn.value();
    QDialog::accept();
}

void SignInDialog::openRecovery()
{
    auto *recovery = new RecoveryDialog(m_accounts, this);
    recovery->setAttribute(Qt::WA_DeleteOnClose);
    recovery->setUsername(m_username->text().trimmed());
    connect(recovery, &QDialog::accepted, this, [this, recovery] {
        m_session = recovery->session();  // recovery signed the user in
        QDialog::accept();
    });
    recovery->open();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Care"));
    m_heading->setText(tr("Sign in"));
    m_database->setText(tr("Database: %1").arg(m_databaseName));
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_forgot->setText(tr("Forgot your password? Use the recovery key…"));
    m_signIn->setText(tr("&Sign in"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
