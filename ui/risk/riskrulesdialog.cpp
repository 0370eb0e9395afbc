#include "risk/riskrulesdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/backgroundtask.h"
#include "privacy/sessionchecks.h"
#include "risk/recomputedialog.h"
#include "risk/thresholdtable.h"
#include "risk/whatiftable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

namespace {

// "1" → "2"; "2024.1" → "2024.2"; anything else gets "-2".
QString nextVersion(const QString &version)
{
    const qsizetype dot = version.lastIndexOf(QLatin1Char('.'));
    bool isNumber = false;
    const int last = version.mid(dot + 1).toInt(&isNumber);
    return isNumber ? version.left(dot + 1) + QString::number(last + 1) : version + QStringLiteral("-2");
}

} // namespace

RiskRulesDialog::RiskRulesDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_confirm(askWithMessageBox()), m_inForce(new QLabel(this)),
      m_intro(new QLabel(this)), m_thresholds(new ThresholdTable(this)), m_versionLabel(new QLabel(this)),
      m_version(new QLineEdit(this)), m_preview(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_problem(new QLabel(this)), m_summary(new QLabel(this)), m_whatIf(WhatIfTable::make(this)),
      m_activate(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("riskRulesDialog"));
    m_inForce->setObjectName(QStringLiteral("rulesInForce"));
    m_version->setObjectName(QStringLiteral("ruleVersion"));
    m_preview->setObjectName(QStringLiteral("previewWhatIf"));
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_activate->setObjectName(QStringLiteral("activateRules"));
    for (QLabel *label : {m_inForce, m_intro, m_problem, m_summary}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #8e1b12;"));
    m_progress->hide();
    m_versionLabel->setBuddy(m_version);
    m_mayActivate = sessionMay(context, Capability::ManageSettings);

    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versionLabel);
    versionRow->addWidget(m_version);
    versionRow->addWidget(m_preview);
    versionRow->addWidget(m_progress, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_activate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_activate->setVisible(m_mayActivate);  // after addButton, which shows it
    m_activate->setAutoDefault(false);  // Enter previews; activating takes a deliberate click
    m_close->setAutoDefault(false);
    m_preview->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inForce);
    layout->addWidget(m_intro);
    layout->addWidget(m_thresholds, 2);
    layout->addLayout(versionRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_whatIf, 1);
    layout->addWidget(buttons);

    connect(m_thresholds, &ThresholdTable::edited, this, &RiskRulesDialog::invalidatePreview);
    connect(m_version, &QLineEdit::textEdited, this, &RiskRulesDialog::invalidatePreview);
    connect(m_preview, &QPushButton::clicked, this, &RiskRulesDialog::preview);
    connect(m_activate, &QPushButton::clicked, this, &RiskRulesDialog::activate);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(980, 720);
    loadActive();
}

RiskRulesDialog::~RiskRulesDialog()
{
    delete m_task;  // cancels and waits, before the widgets its signals reach go
}

void RiskRulesDialog::loadActive()
{
    auto active = RiskService(m_context.database(), m_context.clock()).activeRules(m_context.session());
    m_active.reset();
    if (!active) {
        m_thresholds->setEnabled(false);
        showProblem(active.error().message);
    } else {
        m_active = active.value();
        m_thresholds->setRules(m_active->rules);
        m_version->setText(nextVersion(m_active->rules.version));
    }
    invalidatePreview();
    retranslateUi();
}

void RiskRulesDialog::invalidatePreview()
{
    m_previewed.reset();
    m_whatIf->setRowCount(0);
    m_summary->setText(tr("Preview the change to see how many students would move between levels, school by "
                          "school. Nothing is saved until you activate the rules."));
    m_problem->hide();
    updateButtons();
}

void RiskRulesDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void RiskRulesDialog::updateButtons()
{
    const bool running = m_task && m_task->isRunning();
    m_preview->setEnabled(m_active.has_value() && !running);
    m_activate->setEnabled(m_mayActivate && !running && m_previewed.has_value() && m_active
                           && m_previewed->versionTag() != m_active->rules.versionTag());
}

void RiskRulesDialog::preview()
{
    if (!m_active || (m_task && m_task->isRunning()))
        return;
    invalidatePreview();
    auto candidate = m_thresholds->candidate(m_version->text());
    if (!candidate)
        return showProblem(candidate.error().message);
    if (m_thresholds->isEdited() && candidate->versionTag() == m_active->rules.versionTag())
        return showProblem(tr("Give the changed rules a new version: version %1 is the one in force, and every stored "
                              "level names the version that gave it.")
                               .arg(m_active->rules.version));
    m_running = candidate.value();
    auto outcome = std::make_shared<std::optional<Result<WhatIfResult>>>();
    m_outcome = outcome;
    delete m_task;  // the last preview's, finished
    const DatabasePtr db = m_context.databasePtr();
    m_task = new BackgroundTask(db, [db, &clock = m_context.clock(), session = m_context.session(),
                                     rules = candidate.value(), outcome](const BackgroundTask::Report &report) {
        outcome->emplace(RiskService(*db, clock).whatIf(session, rules, [&report](int done, int total) {
            return report(done, total);
        }));
    }, this);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(m_task, &BackgroundTask::finished, this, &RiskRulesDialog::showPreview);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Comparing the levels of every student under both rule sets…"));
    m_task->start();
    updateButtons();
}

bool RiskRulesDialog::waitForPreview(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

void RiskRulesDialog::showPreview()
{
    m_progress->hide();
    if (!m_outcome || !m_outcome->has_value()) {
        showProblem(tr("The comparison did not run."));
    } else if (const Result<WhatIfResult> &outcome = m_outcome->value(); !outcome) {
        showProblem(outcome.error().message);
    } else {
        WhatIfTable::fill(m_whatIf, outcome.value());
        m_summary->setText(WhatIfTable::summary(outcome.value()));
        m_previewed = m_running;
    }
    updateButtons();
}

void RiskRulesDialog::activate()
{
    if (!m_previewed || !m_mayActivate || (m_activation && m_activation->isRunning()))
        return;
    const RuleSet rules = *m_previewed;
    if (!m_confirm(this, tr("Activate risk rules"),
                   tr("Put the rules “%1” version %2 in force? Every student's risk levels are recomputed with them.")
                       .arg(rules.id, rules.version)))
        return;
    delete m_activation;
    m_activation = new RecomputeDialog(
        m_context,
        [db = m_context.databasePtr(), &clock = m_context.clock(), session = m_context.session(),
         rules](const RiskProgress &progress) { return RiskService(*db, clock).activate(session, rules, progress); },
        tr("Putting the rules “%1” version %2 in force and recomputing every student's levels…")
            .arg(rules.id, rules.version),
        this);
    connect(m_activation, &RecomputeDialog::ended, this, [this] {
        const auto &outcome = m_activation->outcome();
        if (outcome && outcome->ok()) {
            loadActive();
            emit rulesActivated();
        } else if (outcome) {
            showProblem(outcome->error().message);
        }
    });
    m_activation->open();
}

void RiskRulesDialog::retranslateUi()
{
    setWindowTitle(tr("Risk rules and thresholds"));
    if (m_active) {
        const RuleSet &rules = m_active->rules;
        m_inForce->setText(m_active->shipped
                               ? tr("In force: %1, version %2 (as shipped with Care).").arg(rules.title(), rules.version)
                               : tr("In force: %1, version %2, activated %3.")
                                     .arg(rules.title(), rules.version, formatDateTime(m_active->activatedAt)));
    }
    m_intro->setText(tr("A student is at risk or has a problem in a domain from these values on. Sex, ethnicity, "
                        "religion and nationality are never used."));
    m_versionLabel->setText(tr("New &version:"));
    m_preview->setText(tr("&Preview changes"));
    m_activate->setText(tr("&Activate and recompute…"));
    m_close->setText(tr("Close"));
    WhatIfTable::retranslate(m_whatIf);
}

void RiskRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
