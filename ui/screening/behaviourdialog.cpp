#include "screening/behaviourdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/sessionchecks.h"
#include "screening/incidentdialog.h"
#include "services/indicatorservice.h"
#include "student/formsection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

BehaviourDialog::BehaviourDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId), m_table(new QTableWidget(0, 5, this)),
      m_empty(new QLabel(this)), m_message(makeErrorLabel(QStringLiteral("behaviour"), this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("behaviourDialog"));
    if (auto student = context.students().identity(context.session(), studentId))
        m_studentName = student->displayName();
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_add->setObjectName(QStringLiteral("addIncident"));
    m_edit->setObjectName(QStringLiteral("editIncident"));
    m_remove->setObjectName(QStringLiteral("removeIncident"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    // As core would allow: recording, changing and removing are separate rights.
    m_add->setVisible(sessionMay(context, Action::Create, Section::Screening, studentId));
    m_edit->setVisible(sessionMay(context, Action::Update, Section::Screening, studentId));
    m_remove->setVisible(sessionMay(context, Action::Delete, Section::Screening, studentId));
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, &BehaviourDialog::removeChosen);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (m_edit->isVisible())
            openEditor(row);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    reload();
    resize(820, 480);
}

QString BehaviourDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BehaviourDialog::reload()
{
    m_message->hide();
    auto list = IndicatorService(m_context.database(), m_context.clock()).incidents(m_context.session(), m_studentId);
    m_incidents = list ? list.value() : QList<BehaviourIncident>();
    if (!list) {
        m_message->setText(list.error().message);
        m_message->show();
    }
    m_table->setRowCount(int(m_incidents.size()));
    for (int row = 0; row < m_incidents.size(); ++row) {
        const BehaviourIncident &i = m_incidents.at(row);
        const QStringList cells{formatDate(i.occurredOn), label(i.kind), label(i.severity), i.note, i.recordedByName};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2 && i.severity == Severity::Serious) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    m_table->setVisible(!m_incidents.isEmpty());
    m_empty->setVisible(m_incidents.isEmpty());
    m_edit->setEnabled(!m_incidents.isEmpty());
    m_remove->setEnabled(!m_incidents.isEmpty());
    if (!m_incidents.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
}

void BehaviourDialog::openEditor(int row)
{
    if (row >= m_incidents.size())
        return;
    auto *editor = row < 0 ? new IncidentDialog(m_context, m_studentId, this)
                           : new IncidentDialog(m_context, m_incidents.at(row), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, &BehaviourDialog::reload);
    editor->open();
}

void BehaviourDialog::removeChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_incidents.size())
        return;
    const BehaviourIncident &incident = m_incidents.at(row);
    if (!m_confirm(this, tr("Remove incident"),
                   tr("Remove the incident of %1 (%2)?").arg(formatDate(incident.occurredOn), label(incident.kind))))
        return;
    auto removed = IndicatorService(m_context.database(), m_context.clock())
                           .removeIncident(m_context.session(), incident.id);
    if (!removed) {
        m_message->setText(removed.error().message);
        m_message->show();
        return;
    }
    emit m_context.studentChanged(m_studentId);
    reload();
}

void BehaviourDialog::retranslateUi()
{
    setWindowTitle(tr("Behaviour: %1").arg(m_studentName));
    m_table->setHorizontalHeaderLabels(
            {tr("Date"), tr("What happened"), tr("Severity"), tr("Note"), tr("Recorded by")});
    m_empty->setText(tr("No behaviour incidents recorded."));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove…"));
    m_close->setText(tr("Close"));
}

void BehaviourDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

}  // namespace care::ui
