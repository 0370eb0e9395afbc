#include "privacy/breakglassdialog.h"

#include "app/appcontext.h"
#include "services/accessgrantservice.h"
#include "services/privacysettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

BreakGlassDialog::BreakGlassDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_intro(new QLabel(this)), m_studentCaption(new QLabel(this)),
      m_student(new QLineEdit(this)), m_reasonCaption(new QLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_warning(new QLabel(this)), m_error(new QLabel(this)), m_open(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    m_student->setObjectName(QStringLiteral("studentKey"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_warning->setObjectName(QStringLiteral("breakGlassWarning"));
    m_error->setObjectName(QStringLiteral("breakGlassError"));
    m_open->setObjectName(QStringLiteral("openRecord"));
    m_open->setDefault(true);
    for (QLabel *text : {m_intro, m_warning, m_error}) {
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->hide();
    m_studentCaption->setBuddy(m_student);
    m_reasonCaption->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_studentCaption);
    layout->addWidget(m_student);
    layout->addWidget(m_reasonCaption);
    layout->addWidget(m_reason);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_open, &QPushButton::clicked, this, &BreakGlassDialog::openRecord);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(480);
}

void BreakGlassDialog::openRecord()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.size() < kMinimumReasonLength) {
        m_reason->setFocus();
        return showError(tr("Give the reason you need this record, in at least %n characters.", nullptr,
                            kMinimumReasonLength));
    }
    AccessGrantService grants(m_context.database(), m_context.clock());
    auto studentId = grants.findStudent(m_context.session(), m_student->text());
    if (!studentId) {
        m_student->setFocus();
        return showError(studentId.error().message);
    }
    auto grant = grants.open(m_context.session(), studentId.value(), reason);
    if (!grant)
        return showError(grant.error().message);
    m_grant = grant.value();
    accept();
}

void BreakGlassDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BreakGlassDialog::retranslateUi()
{
    setWindowTitle(tr("Open a record outside my scope"));
    m_intro->setText(tr("Use this only when a child needs help now and the record is not one you normally see."));
    m_studentCaption->setText(tr("Student's national &ID number or student number"));
    m_reasonCaption->setText(tr("&Reason (at least %n characters)", nullptr, kMinimumReasonLength));
    const int hours = PrivacySettings(m_context.database(), m_context.clock()).breakGlassHours();
    m_warning->setText(tr("Your access, with your name and this reason, is logged and shown to the school "
                          "director. It lasts %n hour(s).",
                          nullptr, hours));
    m_open->setText(tr("&Open the record"));
    m_cancel->setText(tr("Cancel"));
}

void BreakGlassDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
