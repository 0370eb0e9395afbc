#include "privacy/consentdecisiondialog.h"

#include "app/appcontext.h"
#include "privacy/dayedit.h"
#include "privacy/formfiles.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace care::ui {

QList<ConsentPurpose> ConsentDecisionDialog::purposes()
{
    return {ConsentPurpose::Screening, ConsentPurpose::Referral, ConsentPurpose::HealthSharing,
            ConsentPurpose::LineNotices};
}

ConsentDecisionDialog::ConsentDecisionDialog(AppContext &context, const QString &studentId,
                                             const QList<GuardianLink> &guardians, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId), m_guardians(guardians),
      m_formLayout(new QFormLayout), m_purpose(new QComboBox(this)), m_decision(new QComboBox(this)),
      m_guardian(new QComboBox(this)), m_decidedOn(new DayEdit(this)), m_note(new QPlainTextEdit(this)),
      m_formName(new QLabel(this)), m_attach(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_error(new QLabel(this)), m_save(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("consentDecisionDialog"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_decision->setObjectName(QStringLiteral("decision"));
    m_guardian->setObjectName(QStringLiteral("guardian"));
    m_decidedOn->setObjectName(QStringLiteral("decidedOn"));
    m_decidedOn->setDate(context.clock().today());
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_formName->setObjectName(QStringLiteral("formFile"));
    m_formName->setTextFormat(Qt::PlainText);
    m_attach->setObjectName(QStringLiteral("attachForm"));
    m_remove->setObjectName(QStringLiteral("removeForm"));
    m_remove->hide();
    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("saveConsent"));
    m_save->setDefault(true);

    auto *formRow = new QHBoxLayout;
    formRow->addWidget(m_formName, 1);
    formRow->addWidget(m_attach);
    formRow->addWidget(m_remove);
    for (QWidget *field : {static_cast<QWidget *>(m_purpose), static_cast<QWidget *>(m_decision),
                           static_cast<QWidget *>(m_guardian), static_cast<QWidget *>(m_decidedOn),
                           static_cast<QWidget *>(m_note)})
        m_formLayout->addRow(new QLabel(this), field);
    m_formLayout->addRow(new QLabel(this), formRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_formLayout);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &ConsentDecisionDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &ConsentDecisionDialog::chooseForm);
    connect(m_remove, &QPushButton::clicked, this, &ConsentDecisionDialog::removeForm);
    retranslateUi();
    setMinimumWidth(520);
}

Status ConsentDecisionDialog::attachForm(const QString &path)
{
    auto form = FormFiles::read(path);
    if (!form) {
        showError(form.error().message);
        return form.error();
    }
    m_form = form.value();
    m_formName->setText(m_form.fileName);
    m_remove->show();
    m_error->hide();
    return {};
}

void ConsentDecisionDialog::chooseForm()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scanned consent form"), QString(),
                                                      tr("Scanned forms (*.pdf *.jpg *.jpeg *.png)"));
    if (!path.isEmpty())
        (void)attachForm(path);
}

void ConsentDecisionDialog::removeForm()
{
    m_form = ScannedForm();
    m_formName->setText(tr("No scanned form"));
    m_remove->hide();
}

void ConsentDecisionDialog::save()
{
    auto decidedOn = m_decidedOn->date(QStringLiteral("decidedOn"));
    if (!decidedOn)
        return showError(decidedOn.error().message);
    ConsentRecord record;
    record.studentId = m_studentId;
    record.purpose = consentPurposeFromCode(m_purpose->currentData().toString()).value_or(ConsentPurpose::Screening);
    record.decision = m_decision->currentData().toString() == code(ConsentDecision::Withdrawn)
                          ? ConsentDecision::Withdrawn
                          : ConsentDecision::Given;
    record.guardianId = m_guardian->currentData().toString();
    record.decidedOn = decidedOn.value();
    record.note = m_note->toPlainText();
    auto saved = ConsentService(m_context.database(), m_context.clock()).record(m_context.session(), record, m_form);
    if (!saved)
        return showError(saved.error().message);
    m_savedId = saved.value();
    accept();
}

void ConsentDecisionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConsentDecisionDialog::retranslateUi()
{
    setWindowTitle(tr("Record a consent decision"));
    const QStringList captions{tr("&Purpose"), tr("&Decision"), tr("&Decided by"), tr("D&ate"), tr("&Note"),
                               tr("Scanned form")};
    for (int row = 0; row < captions.size(); ++row)
        if (auto *caption = qobject_cast<QLabel *>(m_formLayout->itemAt(row, QFormLayout::LabelRole)->widget())) {
            caption->setText(captions.at(row));
            if (QLayoutItem *field = m_formLayout->itemAt(row, QFormLayout::FieldRole); field && field->widget())
                caption->setBuddy(field->widget());
        }

    const QVariant purpose = m_purpose->currentData();
    m_purpose->clear();
    for (ConsentPurpose p : purposes())
        m_purpose->addItem(label(p), code(p));
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(purpose)));
    const QVariant decision = m_decision->currentData();
    m_decision->clear();
    for (ConsentDecision d : {ConsentDecision::Given, ConsentDecision::Withdrawn})
        m_decision->addItem(label(d), code(d));
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(decision)));
    const QVariant guardian = m_guardian->currentData();
    m_guardian->clear();
    for (const GuardianLink &link : m_guardians)
        m_guardian->addItem(tr("%1 (%2)").arg(link.guardian.fullName(), label(link.relation)), link.guardian.id);
    m_guardian->addItem(tr("Not a guardian (e.g. the student, aged 20 or over)"), QString());
    m_guardian->setCurrentIndex(std::max(0, m_guardian->findData(guardian)));

    m_note->setPlaceholderText(tr("Optional. Kept encrypted; shown only to those who may see the family section."));
    m_attach->setText(tr("Attach…"));
    m_remove->setText(tr("Remove"));
    if (m_form.content.isEmpty())
        m_formName->setText(tr("No scanned form"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
}

void ConsentDecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
