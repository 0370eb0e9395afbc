#include "risk/recomputedialog.h"

#include "app/appcontext.h"
#include "privacy/backgroundtask.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

RecomputeDialog::RecomputeDialog(AppContext &context, QWidget *parent)
    : RecomputeDialog(context,
                      [db = context.databasePtr(), &clock = context.clock(),
                       session = context.session()](const RiskProgress &progress) {
                          return RiskService(*db, clock).recomputeAll(session, progress);
                      },
                      tr("Recomputing the risk levels of every student you may reach, with the rules in force…"),
                      parent)
{
}

RecomputeDialog::RecomputeDialog(AppContext &context, Job job, const QString &intro, QWidget *parent)
    : QDialog(parent), m_context(context), m_job(std::move(job)), m_intro(new QLabel(intro, this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_outcome(std::make_shared<std::optional<Result<RecomputeSummary>>>())
{
    setObjectName(QStringLiteral("recomputeDialog"));
    setWindowTitle(tr("Recompute risk levels"));
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("recomputeProgress"));
    m_progress->setRange(0, 0);  // busy until the first report gives the total
    m_result->setObjectName(QStringLiteral("recomputeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelRecompute"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeRecompute"));
    m_buttons->button(QDialogButtonBox::Close)->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RecomputeDialog::cancel);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

RecomputeDialog::~RecomputeDialog()
{
    delete m_task;  // cancels and waits, before the widgets its signals reach go
}

void RecomputeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void RecomputeDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    auto outcome = m_outcome;
    Job job = m_job;
    m_task = new BackgroundTask(m_context.databasePtr(), [job, outcome](const BackgroundTask::Report &report) {
        outcome->emplace(job([&report](int done, int total) { return report(done, total); }));
    }, this);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        const QLocale locale;
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("%1 of %2 students").arg(locale.toString(done), locale.toString(total)));
    });
    connect(m_task, &BackgroundTask::finished, this, &RecomputeDialog::showOutcome);
    m_result->setText(tr("Working… You can go on using Care meanwhile."));
    m_task->start();
}

void RecomputeDialog::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling after the current batch of students…"));
}

bool RecomputeDialog::isRunning() const { return m_task && m_task->isRunning(); }

bool RecomputeDialog::waitForFinished(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

QString RecomputeDialog::resultText() const { return m_result->text(); }

void RecomputeDialog::reject()
{
    if (isRunning())
        return cancel();  // the dialog stays until the work has stopped
    QDialog::reject();
}

void RecomputeDialog::showOutcome()
{
    m_cancel->hide();
    m_buttons->button(QDialogButtonBox::Close)->show();
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    const QLocale locale;
    if (!m_outcome->has_value()) {
        m_result->setText(tr("The recompute did not run."));
    } else if (const Result<RecomputeSummary> &outcome = m_outcome->value(); !outcome) {
        m_result->setText(outcome.error().message);
    } else if (outcome->cancelled) {
        m_progress->setRange(0, 1);
        m_result->setText(tr("Cancelled. %Ln student(s) were recomputed before that; their levels are kept.", nullptr,
                             outcome->students));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(tr("Done"));
        m_result->setText(tr("Done: %Ln student(s) recomputed; the level changed for %1. Rules: %2.", nullptr,
                             outcome->students)
                              .arg(locale.toString(outcome->changed), outcome->ruleSetVersion));
    }
    emit ended();
}

} // namespace care::ui
