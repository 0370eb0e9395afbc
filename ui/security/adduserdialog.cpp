#include "security/adduserdialog.h"

#include "locale/language.h"
#include "security/accounterror.h"
#include "security/busycursor.h"
#include "security/classroompicker.h"
#include "security/fieldcell.h"
#include "security/messagearea.h"
#include "security/newpasswordfields.h"
#include "security/passwordrules.h"
#include "services/accountservice.h"
#include "services/schooldirectory.h"
#include "student/formsection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

AddUserDialog::AddUserDialog(AccountService &accounts, Database &db, const Clock &clock, Session session,
                             QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_db(db), m_clock(clock), m_session(std::move(session))
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(100);
    m_usernameError = makeErrorLabel(QStringLiteral("username"), this);
    m_displayNameError = makeErrorLabel(QStringLiteral("displayName"), this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("school"));
    m_classrooms = new ClassroomPicker(this);
    // Room for a few rows of class names; a large school's list scrolls.
    m_classrooms->setFixedHeight(m_classrooms->fontMetrics().height() * 6);
    m_classesHint = new QLabel(this);
    m_classesHint->setWordWrap(true);
    m_password = new NewPasswordFields(this);
    m_message = makeMessageArea(QStringLiteral("addUserMessage"), this);
    m_usernameLabel = new QLabel(this);
    m_displayNameLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_schoolLabel = new QLabel(this);
    m_classesLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_roleLabel->setBuddy(m_role);
    m_schoolLabel->setBuddy(m_school);
    m_classesLabel->setBuddy(m_classrooms);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, makeFieldCell(this, m_username, m_usernameError));
    form->addRow(m_displayNameLabel, makeFieldCell(this, m_displayName, m_displayNameError));
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_schoolLabel, m_school);
    auto *classesCell = new QWidget(this);
    auto *classesBox = new QVBoxLayout(classesCell);
    classesBox->setContentsMargins(0, 0, 0, 0);
    classesBox->addWidget(m_classrooms);
    classesBox->addWidget(m_classesHint);
    form->addRow(m_classesLabel, classesCell);
    m_password->addRows(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textEdited, this, &AddUserDialog::revalidate);
    connect(m_displayName, &QLineEdit::textEdited, this, &AddUserDialog::revalidate);
    connect(m_username, &QLineEdit::editingFinished, this, [this] {
        m_usernameTouched = true;
        revalidate();
    });
    connect(m_displayName, &QLineEdit::editingFinished, this, [this] {
        m_displayNameTouched = true;
        revalidate();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::roleChanged);
    connect(m_school, &QComboBox::currentIndexChanged, this, &AddUserDialog::schoolChanged);
    connect(m_password, &NewPasswordFields::changed, this, &AddUserDialog::revalidate);

    fillRoles();
    fillSchools();
    layout->addStrut(560);
    retranslateUi();
    roleChanged();
}

void AddUserDialog::fillRoles()
{
    const Role current = m_role->currentIndex() >= 0 ? Role(m_role->currentData().toInt()) : Role::Teacher;
    QSignalBlocker quiet(m_role);
    m_role->clear();
    // Only the administrator makes users outside a school; core refuses the rest anyway.
    const bool administrator = m_session.role() == Role::SystemAdministrator;
    for (Role role : allRoles())
        if (administrator || isSchoolRole(role))
            m_role->addItem(label(role), int(role));
    const int index = m_role->findData(int(current));
    m_role->setCurrentIndex(index >= 0 ? index : 0);
}

void AddUserDialog::fillSchools()
{
    m_school->clear();
    auto schools = SchoolDirectory(m_db, m_clock).schools(m_session);  // a director: their own
    if (!schools) {
        showProblem(m_message, schools.error().message);
        return;
    }
    const bool english = currentLanguage() == Language::English;
    for (const School &school : schools.value()) {
        if (!m_session.schoolId().isEmpty() && school.id != m_session.schoolId())
            continue;  // a director manages their own school only
        m_school->addItem(english && !school.nameEn.isEmpty() ? school.nameEn : school.nameTh, school.id);
    }
}

bool AddUserDialog::needsSchool() const { return isSchoolRole(Role(m_role->currentData().toInt())); }

bool AddUserDialog::needsClassrooms() const
{
    const Role role = Role(m_role->currentData().toInt());
    return role == Role::Teacher || role == Role::VisitCoordinator;
}

void AddUserDialog::roleChanged()
{
    m_school->setEnabled(needsSchool() && m_school->count() > 1);
    m_schoolLabel->setVisible(needsSchool());
    m_school->setVisible(needsSchool());
    m_classesLabel->setVisible(needsClassrooms());
    m_classrooms->parentWidget()->setVisible(needsClassrooms());
    schoolChanged();
}

void AddUserDialog::schoolChanged()
{
    QString error;
    if (needsClassrooms()
        && !m_classrooms->load(SchoolDirectory(m_db, m_clock), m_session, m_school->currentData().toString(), &error))
        showProblem(m_message, error);
    revalidate();
}

void AddUserDialog::revalidate()
{
    const QString usernameProblem = PasswordRules::usernameProblem(m_username->text());
    const QString nameProblem = PasswordRules::displayNameProblem(m_displayName->text());
    showFieldError(m_username, m_usernameError, m_usernameTouched ? usernameProblem : QString());
    showFieldError(m_displayName, m_displayNameError, m_displayNameTouched ? nameProblem : QString());
    const bool schoolOk = !needsSchool() || !m_school->currentData().toString().isEmpty();
    m_save->setEnabled(usernameProblem.isEmpty() && nameProblem.isEmpty() && schoolOk && m_password->isAcceptable());
    m_classesHint->setVisible(needsClassrooms() && m_classrooms->checkedIds().isEmpty());
}

void AddUserDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    clearMessage(m_message);
    NewUser user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = Role(m_role->currentData().toInt());
    if (needsSchool())
        user.schoolId = m_school->currentData().toString();
    if (needsClassrooms())
        user.classroomIds = m_classrooms->checkedIds();
    user.password = m_password->password();
    Result<QString> added = [&] {
        BusyCursor busy;
        return m_accounts.addUser(m_session, user);
    }();
    if (!added) {
        showAccountError({m_username, m_usernameError, m_displayName, m_displayNameError, m_password, m_message},
                         added.error());
        return;
    }
    m_userId = added.value();
    QDialog::accept();
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    m_usernameLabel->setText(tr("&User name:"));
    m_displayNameLabel->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_schoolLabel->setText(tr("&School:"));
    m_classesLabel->setText(tr("&Classes:"));
    m_username->setPlaceholderText(tr("for example: somchai.k"));
    m_classesHint->setText(tr("No class ticked: this user sees no students until classes are assigned."));
    m_password->setLabels(tr("&Temporary password:"), tr("&Repeat password:"));
    m_password->retranslate();
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, label(Role(m_role->itemData(i).toInt())));
}

void AddUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
