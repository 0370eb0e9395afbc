#include "privacy/retentiondialog.h"

#include "app/appcontext.h"
#include "domain/enums.h"
#include "locale/dates.h"
#include "privacy/auditlabels.h"
#include "privacy/backgroundtask.h"
#include "privacy/privacytables.h"
#include "services/privacysettings.h"
#include "services/schooldirectory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace care::ui {

RetentionDialog::RetentionDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_confirm(askWithMessageBox()), m_yearsCaption(new QLabel(this)),
      m_years(new QSpinBox(this)), m_saveYears(new QPushButton(this)), m_summary(new QLabel(this)),
      m_table(privacytables::make(QStringLiteral("retentionTable"), 4, this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_anonymise(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 100);
    m_years->setValue(PrivacySettings(context.database(), context.clock()).retentionYears());
    m_yearsCaption->setBuddy(m_years);
    m_saveYears->setObjectName(QStringLiteral("saveRetentionYears"));
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_table->horizontalHeader()->resizeSection(0, 130);
    m_table->horizontalHeader()->resizeSection(1, 280);
    m_table->horizontalHeader()->resizeSection(2, 150);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_anonymise->setObjectName(QStringLiteral("anonymise"));

    auto *yearsRow = new QHBoxLayout;
    yearsRow->addWidget(m_yearsCaption);
    yearsRow->addWidget(m_years);
    yearsRow->addWidget(m_saveYears);
    yearsRow->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_anonymise, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_saveYears, &QPushButton::clicked, this, [this] {
        if (saveYears())
            refresh();
    });
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymise);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 560);
    retranslateUi();
    refresh();
}

RetentionDialog::~RetentionDialog() { delete m_task; }

bool RetentionDialog::saveYears()
{
    auto saved = PrivacySettings(m_context.database(), m_context.clock())
                     .setRetentionYears(m_context.session(), m_years->value());
    if (!saved)
        showStatus(saved.error().message, true);
    return saved.ok();
}

void RetentionDialog::refresh()
{
    auto plan = RetentionService(m_context.database(), m_context.clock()).preview(m_context.session());
    m_plan = plan ? plan.value() : RetentionPlan();
    if (!plan)
        showStatus(plan.error().message, true);
    else
        m_years->setValue(m_plan.yearsAfterLeaving);
    fillTable();
}

void RetentionDialog::fillTable()
{
    QHash<QString, QString> schoolNames;
    if (auto schools = SchoolDirectory(m_context.database(), m_context.clock()).schools(m_context.session()))
        for (const School &s : schools.value())
            schoolNames.insert(s.id, s.nameTh.isEmpty() ? s.nameEn : s.nameTh);
    m_table->setRowCount(0);
    for (const RetentionCandidate &c : std::as_const(m_plan.candidates)) {
        const auto status = fromCode<StudentStatus>(c.status);
        const int row = privacytables::appendRow(
            m_table, {AuditLabels::shortId(c.studentId), schoolNames.value(c.schoolId, c.schoolId),
                      status ? label(*status) : c.status, formatDate(c.leftOn, DateStyle::Short)});
        m_table->item(row, 0)->setToolTip(c.studentId);
    }
    const int count = candidateCount();
    if (m_plan.cutOff.isValid())
        m_summary->setText(count == 0 ? tr("No student left school on or before %1: nothing to anonymise.")
                                            .arg(formatDate(m_plan.cutOff, DateStyle::Long))
                                      : tr("%Ln student(s) left school on or before %1. Anonymising removes their "
                                           "names, ID numbers, exact birth dates, addresses, guardians, notes and "
                                           "forms; counts and statistics stay.",
                                           nullptr, count)
                                            .arg(formatDate(m_plan.cutOff, DateStyle::Long)));
    else
        m_summary->clear();
    m_anonymise->setText(tr("&Anonymise %Ln record(s)", nullptr, count));
    m_anonymise->setEnabled(count > 0 && !(m_task && m_task->isRunning()));
}

void RetentionDialog::anonymise()
{
    const int count = candidateCount();
    if (count == 0 || (m_task && m_task->isRunning()))
        return;
    if (!m_confirm(this, tr("Anonymise records"),
                   tr("Remove the identity of %Ln student(s) for good? This cannot be undone; only a backup made "
                      "before brings it back.",
                      nullptr, count)))
        return;
    delete m_task;
    auto outcome = std::make_shared<std::optional<Result<int>>>();
    DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    const Session session = m_context.session();
    m_task = new BackgroundTask(db, [db, &clock, session, outcome](const BackgroundTask::Report &) {
        outcome->emplace(RetentionService(*db, clock).run(session));
    }, this);
    connect(m_task, &BackgroundTask::finished, this, [this, outcome] {
        m_progress->hide();
        m_close->setEnabled(true);
        if (outcome->has_value()) {
            if (const Result<int> &done = outcome->value(); done)
                showStatus(tr("%Ln record(s) anonymised.", nullptr, done.value()), false);
            else
                showStatus(done.error().message, true);
        }
        refresh();
    });
    m_anonymise->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->show();
    showStatus(tr("Anonymising…"), false);
    m_task->start();
}

bool RetentionDialog::waitForAnonymise(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

void RetentionDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000") : QString());
}

void RetentionDialog::retranslateUi()
{
    setWindowTitle(tr("Retention"));
    m_yearsCaption->setText(tr("Keep records for"));
    m_years->setSuffix(tr(" years after leaving school"));
    m_saveYears->setText(tr("&Save"));
    m_close->setText(tr("Close"));
    privacytables::setHeaders(m_table, {tr("Student"), tr("School"), tr("Status"), tr("Left on")});
    fillTable();
}

void RetentionDialog::reject()
{
    if (m_task && m_task->isRunning())
        return;
    QDialog::reject();
}

void RetentionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
