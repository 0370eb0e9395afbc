#include "privacy/consentbox.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/consentdecisiondialog.h"
#include "privacy/privacytables.h"
#include "privacy/sessionchecks.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace care::ui {

namespace {
enum CurrentColumn { CurrentPurpose, CurrentDecision, CurrentDate, CurrentGuardian, CurrentRecordedBy, CurrentColumns };
enum HistoryColumn { HistoryDate, HistoryPurpose, HistoryDecision, HistoryGuardian, HistoryRecordedBy, HistoryForm,
                     HistoryNote, HistoryColumns };

} // namespace

ConsentBox::ConsentBox(AppContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context),
      m_current(privacytables::make(QStringLiteral("consentCurrent"), CurrentColumns, this)),
      m_historyCaption(new QLabel(this)),
      m_historyTable(privacytables::make(QStringLiteral("consentHistory"), HistoryColumns, this)),
      m_message(new QLabel(this)), m_record(new QPushButton(this)), m_openForm(new QPushButton(this))
{
    setObjectName(QStringLiteral("consentBox"));
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_record->setObjectName(QStringLiteral("recordConsent"));
    m_openForm->setObjectName(QStringLiteral("openConsentForm"));
    m_current->setSelectionMode(QAbstractItemView::NoSelection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_openForm);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_historyCaption);
    layout->addWidget(m_historyTable);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &ConsentBox::recordDecision);
    connect(m_openForm, &QPushButton::clicked, this, &ConsentBox::openSelectedForm);
    connect(m_historyTable, &QTableWidget::itemSelectionChanged, this, &ConsentBox::updateButtons);
    retranslateUi();
    clear();
}

void ConsentBox::showStudent(const QString &studentId, const QList<GuardianLink> &guardians)
{
    m_studentId = studentId;
    m_guardians = guardians;
    reload();
}

void ConsentBox::clear()
{
    m_studentId.clear();
    m_history.clear();
    hide();
}

void ConsentBox::reload()
{
    m_history.clear();
    if (!sessionMay(m_context, Action::View, Section::Family, m_studentId))
        return hide();
    auto history = ConsentService(m_context.database(), m_context.clock()).history(m_context.session(), m_studentId);
    if (history) {
        m_history = history.value();
        m_message->hide();
    } else {
        m_message->setText(tr("The consent decisions could not be read: %1").arg(history.error().message));
        m_message->show();
    }
    fillCurrent();
    fillHistory();
    m_record->setVisible(sessionMay(m_context, Action::Create, Section::Family, m_studentId));
    updateButtons();
    show();
}

QString ConsentBox::guardianName(const QString &guardianId) const
{
    if (guardianId.isEmpty())
        return tr("Not a guardian");
    for (const GuardianLink &link : m_guardians)
        if (link.guardian.id == guardianId)
            return link.guardian.fullName();
    return tr("A former guardian");
}

void ConsentBox::fillCurrent()
{
    m_current->setRowCount(0);
    for (ConsentPurpose purpose : ConsentDecisionDialog::purposes()) {
        // The history is newest first: the first decision for a purpose counts.
        const auto latest = std::find_if(m_history.cbegin(), m_history.cend(),
                                         [purpose](const ConsentRecord &r) { return r.purpose == purpose; });
        if (latest == m_history.cend()) {
            privacytables::appendRow(m_current, {label(purpose), tr("Never asked")});
            continue;
        }
        const int row = privacytables::appendRow(
            m_current, {label(purpose), label(latest->decision), formatDate(latest->decidedOn, DateStyle::Short),
                        guardianName(latest->guardianId), latest->recordedBy});
        QFont font = m_current->item(row, CurrentDecision)->font();
        font.setBold(true);
        m_current->item(row, CurrentDecision)->setFont(font);
    }
    m_current->resizeColumnsToContents();
    privacytables::fitToRows(m_current, m_current->rowCount());
}

void ConsentBox::fillHistory()
{
    m_historyTable->setRowCount(0);
    for (const ConsentRecord &r : std::as_const(m_history)) {
        const int row = privacytables::appendRow(
            m_historyTable,
            {formatDate(r.decidedOn, DateStyle::Short), label(r.purpose), label(r.decision),
             guardianName(r.guardianId), r.recordedBy, r.formAttachmentId.isEmpty() ? QString() : tr("Scanned form"),
             r.note});
        m_historyTable->item(row, HistoryNote)->setToolTip(r.note);
    }
    const bool any = !m_history.isEmpty();
    m_historyCaption->setVisible(any);
    m_historyTable->setVisible(any);
    m_historyTable->resizeColumnsToContents();
    privacytables::fitToRows(m_historyTable, 6);
}

void ConsentBox::updateButtons()
{
    const int row = m_historyTable->currentRow();
    const bool hasForm = row >= 0 && row < m_history.size() && !m_history.at(row).formAttachmentId.isEmpty();
    m_openForm->setVisible(std::any_of(m_history.cbegin(), m_history.cend(),
                                       [](const ConsentRecord &r) { return !r.formAttachmentId.isEmpty(); }));
    m_openForm->setEnabled(hasForm && m_historyTable->selectionModel()->isRowSelected(row, {}));
}

void ConsentBox::recordDecision()
{
    auto *dialog = new ConsentDecisionDialog(m_context, m_studentId, m_guardians, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->savedId();
        reload();
        emit consentRecorded(id);
    });
    dialog->open();
}

void ConsentBox::openSelectedForm()
{
    const int row = m_historyTable->currentRow();
    if (row < 0 || row >= m_history.size() || m_history.at(row).formAttachmentId.isEmpty())
        return;
    auto form = ConsentService(m_context.database(), m_context.clock())
                    .form(m_context.session(), m_history.at(row).formAttachmentId);
    Status opened = form ? FormFiles::open(form.value(), m_opener) : Status(form.error());
    if (!opened) {
        m_message->setText(opened.error().message);
        m_message->show();
    }
}

void ConsentBox::retranslateUi()
{
    setTitle(tr("Consent"));
    privacytables::setHeaders(m_current, {tr("Purpose"), tr("Decision"), tr("Date"), tr("Decided by"),
                                          tr("Recorded by")});
    privacytables::setHeaders(m_historyTable, {tr("Date"), tr("Purpose"), tr("Decision"), tr("Decided by"),
                                               tr("Recorded by"), tr("Form"), tr("Note")});
    m_historyCaption->setText(tr("History, newest first"));
    m_record->setText(tr("&Record decision…"));
    m_openForm->setText(tr("&Open form"));
}

void ConsentBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_studentId.isEmpty())
            reload();
    }
    QGroupBox::changeEvent(event);
}

} // namespace care::ui
