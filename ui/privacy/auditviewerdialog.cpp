#include "privacy/auditviewerdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/auditchaincheck.h"
#include "privacy/auditfilterbar.h"
#include "privacy/auditlabels.h"
#include "privacy/privacytables.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

namespace {
enum Column { When, User, What, SectionColumn, Record, Reason, ColumnCount };
}

AuditViewerDialog::AuditViewerDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_filters(new AuditFilterBar(context, this)), m_message(new QLabel(this)),
      m_table(privacytables::make(QStringLiteral("auditTable"), ColumnCount, this)), m_count(new QLabel(this)),
      m_more(new QPushButton(this)), m_chain(new AuditChainCheck(context, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("auditViewer"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_count->setObjectName(QStringLiteral("shownCount"));
    m_more->setObjectName(QStringLiteral("loadMore"));
    m_table->horizontalHeader()->resizeSection(When, 150);
    m_table->horizontalHeader()->resizeSection(User, 160);
    m_table->horizontalHeader()->resizeSection(What, 150);
    m_table->horizontalHeader()->resizeSection(SectionColumn, 200);
    m_table->horizontalHeader()->resizeSection(Record, 170);

    auto *paging = new QHBoxLayout;
    paging->addWidget(m_count, 1);
    paging->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);
    layout->addWidget(m_chain);
    layout->addWidget(m_buttons);

    connect(m_filters, &AuditFilterBar::applyRequested, this, &AuditViewerDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditViewerDialog::loadMore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 680);
    retranslateUi();
    reload();
}

int AuditViewerDialog::shownCount() const { return m_table->rowCount(); }

void AuditViewerDialog::reload()
{
    auto filter = m_filters->filter();
    if (!filter)
        return showError(filter.error().message);
    m_filter = filter.value();
    m_filter.limit = kPageSize;
    m_table->setRowCount(0);
    m_oldestSeq = 0;
    m_exhausted = false;
    m_message->hide();
    loadMore();
}

void AuditViewerDialog::loadMore()
{
    if (m_exhausted)
        return;
    AuditFilter page = m_filter;
    page.beforeSeq = m_oldestSeq;
    auto events = AuditService(m_context.database(), m_context.clock()).list(m_context.session(), page);
    if (!events)
        return showError(events.error().message);
    appendEvents(events.value());
    m_exhausted = events->size() < page.limit;
    updateCount();
}

void AuditViewerDialog::appendEvents(const QList<AuditEvent> &events)
{
    for (const AuditEvent &e : events) {
        const int row = privacytables::appendRow(
            m_table, {formatDateTime(fromStoredTimestamp(e.at)), e.actorName, AuditLabels::action(e.action),
                      AuditLabels::section(e.section), AuditLabels::record(e.entity, e.entityId), e.reason});
        m_table->item(row, Record)->setToolTip(e.entityId);
        if (!e.reason.isEmpty())
            m_table->item(row, Reason)->setToolTip(e.reason);
        m_oldestSeq = e.seq;
    }
}

void AuditViewerDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void AuditViewerDialog::updateCount()
{
    const int shown = m_table->rowCount();
    if (shown == 0)
        m_count->setText(tr("No events match the filters."));
    else if (m_exhausted)
        m_count->setText(tr("%Ln event(s).", nullptr, shown));
    else
        m_count->setText(tr("The newest %Ln event(s); older ones follow with “Load more”.", nullptr, shown));
    m_more->setEnabled(!m_exhausted);
}

void AuditViewerDialog::retranslateUi()
{
    setWindowTitle(tr("Audit trail"));
    privacytables::setHeaders(m_table, {tr("When"), tr("User"), tr("Action"), tr("Section"), tr("Record"),
                                        tr("Reason (outside scope)")});
    m_more->setText(tr("Load &more"));
    if (m_oldestSeq != 0 || m_exhausted)
        updateCount();
}

void AuditViewerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();  // dates and labels in the new language
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
