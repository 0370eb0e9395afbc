#include "risk/riskoverviewdialog.h"

#include "app/appcontext.h"
#include "locale/language.h"
#include "risk/riskitems.h"
#include "privacy/backgroundtask.h"
#include "risk/riskoverviewtable.h"
#include "risk/riskservice.h"
#include "services/schooldirectory.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace care::ui {

namespace {
const QString kFlagged = QStringLiteral("flagged");  // level filter: at risk or problem
}

RiskOverviewDialog::RiskOverviewDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_schoolLabel(new QLabel(this)), m_school(new QComboBox(this)),
      m_classroomLabel(new QLabel(this)), m_classroom(new QComboBox(this)), m_levelLabel(new QLabel(this)),
      m_level(new QComboBox(this)), m_model(new QStandardItemModel(this)),
      m_table(riskitems::makeView(QStringLiteral("riskOverviewTable"), m_model, &m_proxy, this)),
      m_summary(new QLabel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("riskOverviewDialog"));
    m_school->setObjectName(QStringLiteral("overviewSchool"));
    m_classroom->setObjectName(QStringLiteral("overviewClassroom"));
    m_level->setObjectName(QStringLiteral("overviewLevel"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_problem->setObjectName(QStringLiteral("overviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_schoolLabel->setBuddy(m_school);
    m_classroomLabel->setBuddy(m_classroom);
    m_levelLabel->setBuddy(m_level);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillLevels();

    auto *filters = new QHBoxLayout;
    for (auto [caption, combo] : {std::pair{m_schoolLabel, m_school}, std::pair{m_classroomLabel, m_classroom},
                                  std::pair{m_levelLabel, m_level}}) {
        filters->addWidget(caption);
        filters->addWidget(combo);
    }
    filters->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No default button: Enter in the table opens the student and must not close the dialog too.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_school, &QComboBox::currentIndexChanged, this, [this] {
        loadClassrooms();
        reload();
    });
    connect(m_classroom, &QComboBox::currentIndexChanged, this, &RiskOverviewDialog::reload);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RiskOverviewDialog::reload);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QString id = index.data(riskitems::StudentIdRole).toString(); !id.isEmpty())
            emit studentOpenRequested(id);
    });
    m_model->setHorizontalHeaderLabels(RiskOverviewTable::headers());
    m_table->sortByColumn(RiskOverviewTable::ClassColumn, Qt::AscendingOrder);  // register order
    retranslateUi();
    resize(1100, 640);
    setScope({}, {}, {});
}

RiskOverviewDialog::~RiskOverviewDialog() = default;

void RiskOverviewDialog::setScope(const QString &academicYearId, const QString &schoolId, const QString &classroomId)
{
    m_academicYearId = academicYearId;
    if (m_academicYearId.isEmpty())
        if (auto year = SchoolDirectory(m_context.database(), m_context.clock()).currentAcademicYear(m_context.session());
            year && year.value())
            m_academicYearId = year.value()->id;
    {
        const QSignalBlocker blockSchool(m_school);
        const QSignalBlocker blockClassroom(m_classroom);
        loadSchools();
        if (const int index = m_school->findData(schoolId); index >= 0)
            m_school->setCurrentIndex(index);
        loadClassrooms();
        if (const int index = m_classroom->findData(classroomId); index >= 0)
            m_classroom->setCurrentIndex(index);
    }
    reload();
}

void RiskOverviewDialog::loadSchools()
{
    m_school->clear();
    // The schools of the session's scope (a school role: its own).
    const auto tree = SchoolDirectory(m_context.database(), m_context.clock()).tree(m_context.session(), m_academicYearId);
    const QList<SchoolInTree> schools = tree ? tree.value() : QList<SchoolInTree>();
    if (schools.size() != 1)
        m_school->addItem(tr("All schools"), QString());
    const bool english = currentLanguage() == Language::English;
    for (const SchoolInTree &node : schools)
        m_school->addItem(english && !node.school.nameEn.isEmpty() ? node.school.nameEn : node.school.nameTh,
                          node.school.id);
}

void RiskOverviewDialog::loadClassrooms()
{
    const QString chosen = m_classroom->currentData().toString();
    const QSignalBlocker block(m_classroom);
    m_classroom->clear();
    m_classroom->addItem(tr("All classrooms"), QString());
    const QString schoolId = m_school->currentData().toString();
    if (schoolId.isEmpty())
        return;
    // The classrooms the session reaches (a teacher: their own; the others would be empty).
    if (auto tree = SchoolDirectory(m_context.database(), m_context.clock()).tree(m_context.session(), m_academicYearId))
        for (const SchoolInTree &node : tree.value())
            if (node.school.id == schoolId)
                for (const ClassroomInTree &room : node.classrooms)
                    m_classroom->addItem(room.classroom.name(), room.classroom.id);
    if (const int index = m_classroom->findData(chosen); index >= 0)
        m_classroom->setCurrentIndex(index);
}

void RiskOverviewDialog::fillLevels()
{
    const QString chosen = m_level->currentData().toString();
    const QSignalBlocker block(m_level);
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("At risk or problem"), kFlagged);
    for (RiskLevel level : {RiskLevel::Problem, RiskLevel::AtRisk, RiskLevel::Normal})
        m_level->addItem(label(level), code(level));
    m_level->setCurrentIndex(qMax(0, m_level->findData(chosen)));
}

void RiskOverviewDialog::reload()
{
    if (m_task && m_task->isRunning()) {
        m_reloadAgain = true;  // read again with the newest filter when this read ends
        return;
    }
    m_reloadAgain = false;
    RiskOverviewFilter filter;
    filter.academicYearId = m_academicYearId;
    filter.schoolId = m_school->currentData().toString();
    filter.classroomId = m_classroom->currentData().toString();
    const QString level = m_level->currentData().toString();
    filter.flaggedOnly = level == kFlagged;
    filter.level = fromCode<RiskLevel>(level);
    if (m_task)
        m_task.release()->deleteLater();  // it has ended; it may be the sender of this call
    const DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    auto rows = std::make_shared<std::optional<Result<QList<RiskOverviewRow>>>>();
    m_task = std::make_unique<BackgroundTask>(
            db,
            [db, &clock, session = m_context.session(), filter, rows](const BackgroundTask::Report &) {
                rows->emplace(RiskService(*db, clock).overview(session, filter));
            });
    connect(m_task.get(), &BackgroundTask::finished, this, [this, rows] {
        if (m_reloadAgain) {
            reload();
            return;
        }
        if (*rows)
            showRows(**rows);
    });
    m_task->start();
}

void RiskOverviewDialog::showRows(const Result<QList<RiskOverviewRow>> &rows)
{
    m_problem->setVisible(!rows);
    if (!rows)
        m_problem->setText(rows.error().message);
    const QList<RiskOverviewRow> shown = rows ? rows.value() : QList<RiskOverviewRow>();
    RiskOverviewTable::fill(m_model, shown);  // the proxy keeps the order chosen
    RiskOverviewTable::fitColumns(m_table);
    int counts[3] = {0, 0, 0};
    for (const RiskOverviewRow &row : shown)
        ++counts[rank(row.overall)];
    const QLocale locale;
    m_summary->setText(tr("%Ln student(s): %1 problem, %2 at risk, %3 normal", nullptr, int(shown.size()))
                           .arg(locale.toString(counts[rank(RiskLevel::Problem)]),
                                locale.toString(counts[rank(RiskLevel::AtRisk)]),
                                locale.toString(counts[rank(RiskLevel::Normal)])));
    riskitems::focusFirstRow(m_table);
}

bool RiskOverviewDialog::waitForLoaded(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while ((m_reloadAgain || (m_task && m_task->isRunning())) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return !m_reloadAgain && !(m_task && m_task->isRunning());
}

QString RiskOverviewDialog::summaryText() const { return m_summary->text(); }

void RiskOverviewDialog::retranslateUi()
{
    setWindowTitle(tr("Risk overview"));
    m_schoolLabel->setText(tr("&School:"));
    m_classroomLabel->setText(tr("&Class:"));
    m_levelLabel->setText(tr("&Level:"));
    m_table->setToolTip(tr("Press Enter or double-click to open the student."));
}

void RiskOverviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillLevels();
        if (m_model->columnCount() > 0)
            reload();  // level names and headers follow the language
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
