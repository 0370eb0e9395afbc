#include "mainwindow/studentlistpanel.h"

#include "app/appcontext.h"
#include "mainwindow/studentlistmodel.h"
#include "services/schooldirectory.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace care::ui {

StudentListPanel::StudentListPanel(QWidget *parent) : QWidget(parent)
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    fillStatuses();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studentTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_grade);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &StudentListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &StudentListPanel::activateCurrentOrFirst);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &StudentListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &StudentListPanel::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QString id = m_model ? m_model->studentId(index.row()) : QString(); !id.isEmpty())
            emit studentActivated(id);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        // Only indexed orders are offered; put the arrow back on the column really sorted.
        if (m_model && !StudentListModel::sortForColumn(column))
            m_table->horizontalHeader()->setSortIndicator(StudentListModel::columnForSort(m_model->sortKind()),
                                                          m_model->sortAscending() ? Qt::AscendingOrder
                                                                                   : Qt::DescendingOrder);
    });
    retranslateUi();
}

void StudentListPanel::setContext(AppContext *context)
{
    m_context = context;
    StudentListModel *old = m_model;
    if (context) {
        // Core decides the scope at every query: grants that start or expire, and
        // classes given or taken away, show at once.
        StudentListSource source;
        source.count = [context](const StudentQuery &query) {
            return StudentDirectory(context->database(), context->clock()).count(context->session(), query);
        };
        source.page = [context](const StudentQuery &query, StudentSort sort, bool ascending, int offset, int limit,
                                int expected) {
            return StudentDirectory(context->database(), context->clock())
                    .page(context->session(), query, sort, ascending, offset, limit, expected);
        };
        m_model = new StudentListModel(std::move(source), this);
    } else {
        m_model = nullptr;
    }
    m_table->setSortingEnabled(false);
    m_table->setModel(m_model);
    delete old;
    if (m_model) {
        connect(m_model, &StudentListModel::queryFailed, this, &StudentListPanel::queryFailed);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { emit countChanged(m_model->totalCount()); });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this] { emit currentStudentChanged(currentStudentId()); });
        const int widths[] = {210, 80, 135, 110, 60, 210, 100, 110};
        for (int column = 0; column < StudentListModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, widths[column]);
        m_table->horizontalHeader()->setSortIndicator(StudentListModel::NameColumn, Qt::AscendingOrder);
        m_table->setSortingEnabled(true);
    }
    m_academicYearId.clear();
    m_schoolId.clear();
    m_classroomId.clear();
    loadGrades();
    if (!m_model)
        emit countChanged(0);
    // With a database, the list fills on the first setScope() (the navigation picks the year).
}

void StudentListPanel::setScope(const QString &academicYearId, const QString &schoolId, const QString &classroomId)
{
    const bool yearChanged = academicYearId != m_academicYearId;
    m_academicYearId = academicYearId;
    m_schoolId = schoolId;
    m_classroomId = classroomId;
    if (yearChanged)
        loadGrades();
    applyFilter();
}

void StudentListPanel::reload()
{
    const QString current = currentStudentId();
    if (m_model)
        m_model->refresh();
    selectStudent(current);
}

QString StudentListPanel::currentStudentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return m_model && index.isValid() ? m_model->studentId(index.row()) : QString();
}

StudentQuery StudentListPanel::currentFilter() const
{
    StudentQuery filter;
    filter.text = m_search->text().trimmed();
    filter.academicYearId = m_academicYearId;
    filter.schoolId = m_schoolId;
    filter.classroomId = m_classroomId;
    filter.grade = fromCode<Grade>(m_grade->currentData().toString());
    filter.status = fromCode<StudentStatus>(m_status->currentData().toString());
    return filter;
}

void StudentListPanel::applyFilter()
{
    m_searchDelay.stop();
    if (!m_model) {
        emit countChanged(0);
        return;
    }
    const QString current = currentStudentId();
    m_model->setFilter(currentFilter());
    selectStudent(current);
}

void StudentListPanel::selectStudent(const QString &studentId)
{
    if (studentId.isEmpty() || !m_model)
        return;
    // Only the loaded first page is searched: finding a row deeper would mean loading pages.
    const int loaded = qMin(m_model->totalCount(), StudentListModel::kPageSize);
    for (int row = 0; row < loaded; ++row) {
        if (m_model->studentId(row) == studentId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

void StudentListPanel::activateCurrentOrFirst()
{
    if (m_searchDelay.isActive())
        applyFilter();
    if (!m_model || m_model->totalCount() == 0)
        return;
    int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    m_table->setCurrentIndex(m_model->index(row, 0));
    if (const QString id = m_model->studentId(row); !id.isEmpty())
        emit studentActivated(id);
}

void StudentListPanel::loadGrades()
{
    const QString chosen = m_grade->currentData().toString();
    const QSignalBlocker block(m_grade);
    m_grade->clear();
    m_grade->addItem(tr("All grades"), QString());
    if (m_context && !m_academicYearId.isEmpty())
        if (auto grades = SchoolDirectory(m_context->database(), m_context->clock())
                                  .grades(m_context->session(), m_academicYearId))
            for (Grade grade : grades.value())
                m_grade->addItem(label(grade), code(grade));
    const int index = m_grade->findData(chosen);
    m_grade->setCurrentIndex(index >= 0 ? index : 0);
}

void StudentListPanel::fillStatuses()
{
    const QSignalBlocker block(m_status);
    if (m_status->count() == 0) {
        m_status->addItem(QString(), QString());
        for (StudentStatus status : allValues<StudentStatus>())
            m_status->addItem(QString(), code(status));
    }
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        if (auto status = fromCode<StudentStatus>(m_status->itemData(i).toString()))
            m_status->setItemText(i, label(*status));
}

void StudentListPanel::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, nickname, ID number or student number"));
    m_search->setToolTip(tr("The list narrows as you type. Press Enter to open the first student."));
    m_grade->setToolTip(tr("Grade"));
    m_status->setToolTip(tr("Status"));
    fillStatuses();
    m_grade->setItemText(0, tr("All grades"));
    for (int i = 1; i < m_grade->count(); ++i)
        if (auto grade = fromCode<Grade>(m_grade->itemData(i).toString()))
            m_grade->setItemText(i, label(*grade));
    if (m_model)
        m_model->retranslate();
}

void StudentListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool StudentListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow in the search field moves into the list, as in a search box with suggestions.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model && m_model->totalCount() > 0) {
        if (m_searchDelay.isActive())
            applyFilter();
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace care::ui
