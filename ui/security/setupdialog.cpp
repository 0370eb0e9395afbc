#include "security/setupdialog.h"

#include "security/accounterror.h"
#include "security/busycursor.h"
#include "security/fieldcell.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "security/passwordrules.h"
#include "security/recoverykeypage.h"
#include "services/accountservice.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace care::ui {

SetUpDialog::SetUpDialog(AccountService &accounts, const Clock &clock, const QString &databaseName,
                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_clock(clock), m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("setUpDialog"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createAdministratorPage());
    m_keyPage = new RecoveryKeyPage(m_pages);
    m_pages->addWidget(m_keyPage);

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetUpDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetUpDialog::reject);
    // A strut, not setMinimumWidth(): the dialog must still grow with its messages.
    layout->addStrut(560);
    retranslateUi();
    revalidate();
}

QWidget *SetUpDialog::createAdministratorPage()
{
    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);

    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(100);
    m_usernameError = makeErrorLabel(QStringLiteral("username"), page);
    m_displayNameError = makeErrorLabel(QStringLiteral("displayName"), page);
    m_usernameLabel = new QLabel(page);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel = new QLabel(page);
    m_displayNameLabel->setBuddy(m_displayName);
    m_password = new NewPasswordFields(page);
    m_message = makeMessageArea(QStringLiteral("setUpMessage"), page);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, makeFieldCell(page, m_username, m_usernameError));
    form->addRow(m_displayNameLabel, makeFieldCell(page, m_displayName, m_displayNameError));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    m_password->addRows(form);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_username, &QLineEdit::textEdited, this, [this] { revalidate(); });
    connect(m_displayName, &QLineEdit::textEdited, this, [this] { revalidate(); });
    connect(m_username, &QLineEdit::editingFinished, this, [this] {
        m_usernameTouched = true;
        revalidate();
    });
    connect(m_displayName, &QLineEdit::editingFinished, this, [this] {
        m_displayNameTouched = true;
        revalidate();
    });
    connect(m_password, &NewPasswordFields::changed, this, &SetUpDialog::revalidate);
    return page;
}

bool SetUpDialog::showsRecoveryKey() const { return m_pages->currentWidget() == m_keyPage; }

void SetUpDialog::revalidate()
{
    const QString usernameProblem = PasswordRules::usernameProblem(m_username->text());
    const QString nameProblem = PasswordRules::displayNameProblem(m_displayName->text());
    showFieldError(m_username, m_usernameError, m_usernameTouched ? usernameProblem : QString());
    showFieldError(m_displayName, m_displayNameError, m_displayNameTouched ? nameProblem : QString());
    m_save->setEnabled(usernameProblem.isEmpty() && nameProblem.isEmpty() && m_password->isAcceptable());
}

void SetUpDialog::createAdministrator()
{
    if (!m_save->isEnabled())
        return;
    NewUser admin;
    admin.username = m_username->text().trimmed();
    admin.displayName = m_displayName->text().trimmed();
    admin.role = Role::SystemAdministrator;
    admin.password = m_password->password();
    Result<SetUpResult> made = [&] {
        BusyCursor busy;
        return m_accounts.setUp(admin);
    }();
    if (!made) {
        showAccountError({m_username, m_usernameError, m_displayName, m_displayNameError, m_password, m_message},
                         made.error());
        return;
    }
    m_session = made->administrator;
    m_password->clear();
    m_pages->setCurrentWidget(m_keyPage);
    m_keyPage->setKey(made->recoveryKey, m_databaseName, m_clock.nowUtc());
    growWindowToFit(m_keyPage);
    // Taken out of the box, not hidden: the box shows its buttons again when it lays them out.
    for (QAbstractButton *button : m_buttons->buttons()) {
        m_buttons->removeButton(button);
        button->hide();
    }
    m_continue = m_buttons->addButton(tr("C&ontinue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    connect(m_keyPage, &RecoveryKeyPage::confirmedChanged, m_continue, &QPushButton::setEnabled);
    m_keyPage->setFocus();
}

void SetUpDialog::accept()
{
    if (!showsRecoveryKey())
        createAdministrator();
    else if (m_keyPage->isConfirmed())
        QDialog::accept();
}

void SetUpDialog::reject()
{
    // Once the administrator exists the key must be confirmed: it is never shown again.
    if (!showsRecoveryKey())
        QDialog::reject();
}

void SetUpDialog::retranslateUi()
{
    setWindowTitle(tr("Set up Care"));
    m_heading->setText(tr("Create the system administrator"));
    m_intro->setText(tr("The database %1 has no users yet. The system administrator adds the other users, "
                        "manages backups and settings, and signs in first.")
                         .arg(m_databaseName));
    m_usernameLabel->setText(tr("&User name:"));
    m_displayNameLabel->setText(tr("&Full name:"));
    m_username->setPlaceholderText(tr("for example: admin"));
    m_password->retranslate();
    m_save->setText(tr("&Create administrator"));
    if (m_continue)
        m_continue->setText(tr("C&ontinue"));
    revalidate();
}

void SetUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
