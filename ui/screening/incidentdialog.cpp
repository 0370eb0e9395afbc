#include "screening/incidentdialog.h"

#include "app/appcontext.h"
#include "privacy/dayedit.h"
#include "services/indicatorservice.h"
#include "student/enumcombo.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

IncidentDialog::IncidentDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : IncidentDialog(context,
                     BehaviourIncident{
                             {}, studentId, context.clock().today(), BehaviourKind::Other, Severity::Minor, {}, {}, {}},
                     parent)
{}

IncidentDialog::IncidentDialog(AppContext &context, const BehaviourIncident &incident, QWidget *parent)
    : QDialog(parent), m_context(context), m_incident(incident), m_date(new DayEdit(this)), m_kind(new QComboBox(this)),
      m_severity(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_message(makeErrorLabel(QStringLiteral("incident"), this)), m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_errors(this)
{
    setObjectName(QStringLiteral("incidentDialog"));
    build();
    retranslateUi();
    m_date->setDate(incident.occurredOn);
    selectEnum(m_kind, incident.kind);
    selectEnum(m_severity, incident.severity);
    m_note->setPlainText(incident.note);
    m_date->setFocus();
}

void IncidentDialog::build()
{
    m_note->setTabChangesFocus(true);  // Tab leaves the note; the keyboard reaches Save
    m_note->setObjectName(QStringLiteral("note"));
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QWidget *>> rows{{QStringLiteral("occurredOn"), m_date},
                                                    {QStringLiteral("kind"), m_kind},
                                                    {QStringLiteral("severity"), m_severity},
                                                    {QStringLiteral("note"), m_note}};
    for (const auto &[field, input] : rows) {
        auto *caption = new QLabel(this);
        caption->setBuddy(input);
        m_captions << caption;
        form->addRow(caption, m_errors.cell(field, input));
    }
    m_save->setObjectName(QStringLiteral("saveIncident"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(520, 420);
}

QString IncidentDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool IncidentDialog::save()
{
    m_errors.clear();
    m_message->hide();
    auto date = m_date->date(QStringLiteral("occurredOn"));
    if (!date) {
        m_errors.show(date.error());
        return false;
    }
    BehaviourIncident incident = m_incident;
    incident.occurredOn = date.value();
    incident.kind = selectedEnum(m_kind, BehaviourKind::Other);
    incident.severity = selectedEnum(m_severity, Severity::Minor);
    incident.note = m_note->toPlainText();
    IndicatorService service(m_context.database(), m_context.clock());
    Status saved;
    if (incident.id.isEmpty()) {
        auto id = service.addIncident(m_context.session(), incident);
        if (!id)
            saved = id.error();
    } else {
        saved = service.updateIncident(m_context.session(), incident);
    }
    if (!saved) {
        if (!m_errors.show(saved.error())) {
            m_message->setText(saved.error().message);
            m_message->show();
        }
        return false;
    }
    emit m_context.studentChanged(incident.studentId);
    accept();
    return true;
}

void IncidentDialog::retranslateUi()
{
    setWindowTitle(m_incident.id.isEmpty() ? tr("New behaviour incident") : tr("Behaviour incident"));
    const QStringList captions{tr("&Date"), tr("&What happened"), tr("&Severity"), tr("&Note")};
    for (int i = 0; i < captions.size() && i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_note->setPlaceholderText(tr("What was seen, and what was done (staff only)"));
    fillEnumCombo<BehaviourKind>(m_kind);
    fillEnumCombo<Severity>(m_severity);
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

void IncidentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace care::ui
