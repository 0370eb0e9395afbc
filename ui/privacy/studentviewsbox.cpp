#include "privacy/studentviewsbox.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/auditlabels.h"
#include "privacy/privacytables.h"
#include "privacy/sessionchecks.h"
#include "services/auditservice.h"
#include "util/clock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>


namespace care::ui {

namespace {
constexpr int kRowsShown = 8;  // the table scrolls beyond this
}

StudentViewsBox::StudentViewsBox(AppContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_table(privacytables::make(QStringLiteral("viewsTable"), 4, this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("whoViewedBox"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    retranslateUi();
    clear();
}

void StudentViewsBox::showStudent(const QString &studentId)
{
    m_studentId = studentId;
    reload();
}

void StudentViewsBox::clear()
{
    m_studentId.clear();
    m_table->setRowCount(0);
    hide();
}

void StudentViewsBox::reload()
{
    m_table->setRowCount(0);
    // AuditService::viewsOf lets in those who see the student or read the audit trail.
    const bool allowed = sessionMay(m_context, Action::View, Section::Identity, m_studentId)
                         || sessionMay(m_context, Capability::ViewAudit);
    if (!allowed)
        return hide();
    auto views = AuditService(m_context.database(), m_context.clock()).viewsOf(m_context.session(), m_studentId);
    if (!views) {
        // Allowed, yet not listed: say why rather than show an empty list.
        m_table->hide();
        m_empty->setText(tr("The views of this record could not be listed: %1").arg(views.error().message));
        m_empty->show();
        return show();
    }
    for (const AuditEvent &e : views.value())
        privacytables::appendRow(m_table, {formatDateTime(fromStoredTimestamp(e.at)), e.actorName,
                                           AuditLabels::section(e.section), e.reason});
    m_table->setVisible(!views->isEmpty());
    m_table->resizeColumnsToContents();
    privacytables::fitToRows(m_table, kRowsShown);
    m_empty->setText(tr("Nobody has viewed the sensitive sections of this record yet."));
    m_empty->setVisible(views->isEmpty());
    show();
}

void StudentViewsBox::retranslateUi()
{
    setTitle(tr("Who viewed this"));
    privacytables::setHeaders(m_table, {tr("When"), tr("Who"), tr("Section"), tr("Reason (outside scope)")});
}

void StudentViewsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_studentId.isEmpty())
            reload();
    }
    QGroupBox::changeEvent(event);
}

} // namespace care::ui
