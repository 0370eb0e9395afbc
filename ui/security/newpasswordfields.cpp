#include "security/newpasswordfields.h"

#include "security/fieldcell.h"
#include "security/passwordrules.h"
#include "student/formsection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace care::ui {

namespace {

QString strengthColour(PasswordStrength strength)
{
    switch (strength) {
    case PasswordStrength::TooShort:
    case PasswordStrength::Weak:
        return QStringLiteral("#9a4a00");
    case PasswordStrength::Strong:
        return QStringLiteral("#1b6e2a");
    default:
        return QString();
    }
}

QLineEdit *makePasswordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(256);
    return edit;
}

} // namespace

NewPasswordFields::NewPasswordFields(QWidget *parent) : QObject(parent)
{
    m_passwordLabel = new QLabel(parent);
    m_repeatLabel = new QLabel(parent);
    m_password = makePasswordEdit(QStringLiteral("newPassword"), parent);
    m_repeat = makePasswordEdit(QStringLiteral("repeatPassword"), parent);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_strength = new QLabel(parent);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);
    m_strength->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont small = m_strength->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_strength->setFont(small);
    m_passwordError = makeErrorLabel(QStringLiteral("newPassword"), parent);
    m_repeatError = makeErrorLabel(QStringLiteral("repeatPassword"), parent);

    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_coreError.clear();
        update();
    });
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        m_passwordLeft = !m_password->text().isEmpty();
        update();
    });
    connect(m_repeat, &QLineEdit::editingFinished, this, [this] {
        m_repeatLeft = !m_repeat->text().isEmpty();
        update();
    });
    retranslate();
}

void NewPasswordFields::addRows(QFormLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    layout->addRow(m_passwordLabel, makeFieldCell(parent, m_password, m_passwordError, m_strength));
    layout->addRow(m_repeatLabel, makeFieldCell(parent, m_repeat, m_repeatError));
}

void NewPasswordFields::setLabels(const QString &password, const QString &repeat)
{
    m_customLabels = true;
    m_passwordLabel->setText(password);
    m_repeatLabel->setText(repeat);
}

void NewPasswordFields::retranslate()
{
    if (!m_customLabels) {
        m_passwordLabel->setText(tr("New &password:"));
        m_repeatLabel->setText(tr("&Repeat password:"));
    }
    update();
}

QString NewPasswordFields::password() const { return m_password->text(); }

bool NewPasswordFields::isAcceptable() const
{
    return PasswordRules::passwordProblem(password()).isEmpty()
        && PasswordRules::repeatProblem(password(), m_repeat->text()).isEmpty();
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
    m_passwordLeft = m_repeatLeft = false;
    m_coreError.clear();
    update();
}

void NewPasswordFields::showError(const QString &message)
{
    m_coreError = message;
    update();
}

void NewPasswordFields::update()
{
    const PasswordStrength strength = PasswordRules::strength(password());
    m_strength->setText(PasswordRules::strengthText(strength));
    const QString colour = strengthColour(strength);
    m_strength->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));

    // A message appears once the user has finished with a field, not at the first key.
    QString passwordMessage = m_coreError;
    if (passwordMessage.isEmpty() && m_passwordLeft && strength != PasswordStrength::TooShort)
        passwordMessage = PasswordRules::passwordProblem(password());
    showFieldError(m_password, m_passwordError, passwordMessage);

    const QString repeated = m_repeat->text();
    const bool repeatDone = m_repeatLeft || repeated.size() >= password().size();
    const QString repeatMessage = !repeated.isEmpty() && repeatDone
        ? PasswordRules::repeatProblem(password(), repeated) : QString();
    showFieldError(m_repeat, m_repeatError, repeatMessage);
    emit changed();
}

} // namespace care::ui
