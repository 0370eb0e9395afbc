#include "privacy/auditchaincheck.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/auditlabels.h"
#include "privacy/backgroundtask.h"
#include "util/clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace care::ui {

namespace {
constexpr int kProgressSteps = 1000;  // the bar counts in thousandths: a trail may exceed int
}

AuditChainCheck::AuditChainCheck(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_verify(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)), m_result(new QLabel(this))
{
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelVerify"));
    m_cancel->hide();
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_verify);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_verify, &QPushButton::clicked, this, &AuditChainCheck::start);
    connect(m_cancel, &QPushButton::clicked, this, &AuditChainCheck::cancel);
    retranslateUi();
}

AuditChainCheck::~AuditChainCheck()
{
    delete m_task;  // cancels and waits, before the widgets its signals reach go
}

void AuditChainCheck::start()
{
    if (isRunning())
        return;
    delete m_task;  // the last run's, finished
    auto outcome = std::make_shared<std::optional<Result<AuditVerification>>>();
    m_outcome = outcome;
    DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    m_task = new BackgroundTask(db, [db, &clock, outcome](const BackgroundTask::Report &report) {
        outcome->emplace(AuditService(*db, clock).verify(report));
    }, this);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * kProgressSteps / total) : 0);
        m_progress->setFormat(tr("%1 of %2 events").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_task, &BackgroundTask::finished, this, &AuditChainCheck::showResult);
    m_verify->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_result->setText(tr("Checking every event of the audit trail…"));
    m_task->start();
}

void AuditChainCheck::cancel()
{
    if (m_task) {
        m_task->cancel();
        m_cancel->setEnabled(false);
    }
}

bool AuditChainCheck::isRunning() const { return m_task && m_task->isRunning(); }

bool AuditChainCheck::waitForFinished(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

QString AuditChainCheck::resultText() const { return m_result->text(); }

void AuditChainCheck::showResult()
{
    m_progress->hide();
    m_cancel->hide();
    m_verify->setEnabled(true);
    if (!m_outcome || !m_outcome->has_value()) {
        m_result->setText(tr("The check did not run."));
    } else if (const Result<AuditVerification> &outcome = m_outcome->value(); !outcome) {
        m_result->setText(outcome.error().message);
    } else if (outcome->intact) {
        m_result->setText(tr("OK: the audit trail is intact. %Ln event(s) checked; none was changed, removed or "
                             "inserted.",
                             nullptr, int(std::min<qint64>(outcome->eventsChecked, INT_MAX))));
    } else {
        m_result->setText(tr("The audit trail has been tampered with. First bad event: number %1. %2%3")
                              .arg(QLocale().toString(outcome->firstBadSeq), outcome->problem,
                                   describeBadEvent(outcome->firstBadSeq)));
    }
    emit finished();
}

// When, who and what of the bad event, if this user may list it.
QString AuditChainCheck::describeBadEvent(qint64 seq) const
{
    AuditFilter filter;
    filter.beforeSeq = seq + 1;
    filter.limit = 1;
    auto events = AuditService(m_context.database(), m_context.clock()).list(m_context.session(), filter);
    if (!events || events->isEmpty() || events->first().seq != seq)
        return {};
    const AuditEvent &e = events->first();
    return QLatin1Char('\n')
           + tr("It reads: %1, %2, %3, %4.")
                 .arg(formatDateTime(fromStoredTimestamp(e.at)), e.actorName, AuditLabels::action(e.action),
                      AuditLabels::record(e.entity, e.entityId));
}

void AuditChainCheck::retranslateUi()
{
    m_verify->setText(tr("&Verify chain"));
    m_verify->setToolTip(tr("Checks that no event of the audit trail was changed, removed or inserted afterwards."));
    m_cancel->setText(tr("Cancel"));
}

void AuditChainCheck::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
