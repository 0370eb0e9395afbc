#include "mainwindow/studentlistmodel.h"

#include "domain/validation.h"
#include "locale/dates.h"

namespace care::ui {

StudentListModel::StudentListModel(StudentListSource source, QObject *parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{
}

void StudentListModel::setFilter(const StudentQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    clearCache();
    m_lastError.clear();
    const Result<int> counted = m_source.count(m_filter);
    if (counted) {
        m_total = counted.value();
        if (m_total > 0)
            pageAt(0);
    } else {
        m_total = 0;
        reportError(counted.error());
    }
    endResetModel();
}

void StudentListModel::retranslate()
{
    clearCache();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_total > 0)
        emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
}

QString StudentListModel::studentId(int row) const
{
    const StudentListRow *r = rowAt(row);
    return r ? r->id : QString();
}

std::optional<StudentSort> StudentListModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn: return StudentSort::Name;
    case StudentNumberColumn: return StudentSort::StudentNumber;
    case ClassColumn: return StudentSort::Classroom;
    case BirthDateColumn: return StudentSort::BirthDate;
    default: return std::nullopt;
    }
}

int StudentListModel::columnForSort(StudentSort sort)
{
    switch (sort) {
    case StudentSort::Name: return NameColumn;
    case StudentSort::StudentNumber: return StudentNumberColumn;
    case StudentSort::Classroom: return ClassColumn;
    case StudentSort::BirthDate: return BirthDateColumn;
    }
    return NameColumn;
}

int StudentListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_total; }

int StudentListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StudentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != StudentIdRole)
        return {};
    const StudentListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const QString english = QStringList{row->firstNameEn, row->lastNameEn}.join(QLatin1Char(' ')).trimmed();
            return english.isEmpty() ? QVariant() : QVariant(english);
        }
        return {};
    case StudentIdRole:
        return row->id;
    }
    return {};
}

QString StudentListModel::displayText(const StudentListRow &row, int column) const
{
    switch (column) {
    case NameColumn: {
        if (!row.firstNameTh.isEmpty() || !row.lastNameTh.isEmpty())
            return row.displayNameTh().trimmed();
        return QStringList{row.firstNameEn, row.lastNameEn}.join(QLatin1Char(' ')).trimmed();
    }
    case NicknameColumn: return row.nickname;
    case CitizenIdColumn: return formatCitizenId(row.citizenId);
    case StudentNumberColumn: return row.studentNumber;
    case ClassColumn: return row.classroomName;
    case SchoolColumn: return row.schoolName;
    case StatusColumn: return label(row.status);
    case BirthDateColumn: return formatDate(row.birthDate, DateStyle::Short);
    default: return {};
    }
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case NicknameColumn: return tr("Nickname");
    case CitizenIdColumn: return tr("ID number");
    case StudentNumberColumn: return tr("Student no.");
    case ClassColumn: return tr("Class");
    case SchoolColumn: return tr("School");
    case StatusColumn: return tr("Status");
    case BirthDateColumn: return tr("Birth date");
    default: return {};
    }
}

void StudentListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<StudentSort> kind = sortForColumn(column);
    if (!kind)
        return;  // only columns with an indexed order can be sorted across 100,000 rows
    const bool ascending = order == Qt::AscendingOrder;
    if (*kind == m_sort && ascending == m_ascending)
        return;
    m_sort = *kind;
    m_ascending = ascending;
    setFilter(m_filter);
}

const StudentListRow *StudentListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const QList<StudentListRow> *page = pageAt(row / kPageSize);
    const int offset = row % kPageSize;
    return page && offset < page->size() ? &page->at(offset) : nullptr;
}

const QList<StudentListRow> *StudentListModel::pageAt(int page) const
{
    auto found = m_pages.find(page);
    if (found != m_pages.end()) {
        if (m_recentPages.last() != page) {
            m_recentPages.removeOne(page);
            m_recentPages.append(page);
        }
        return &found.value();
    }
    // The known total lets the search pick its faster plan for broad matches.
    Result<QList<StudentListRow>> rows =
        m_source.page(m_filter, m_sort, m_ascending, page * kPageSize, kPageSize, m_total);
    if (!rows) {
        reportError(rows.error());
        return nullptr;
    }
    if (m_recentPages.size() >= kCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_recentPages.append(page);
    return &m_pages.insert(page, std::move(rows).value()).value();
}

void StudentListModel::reportError(const Error &error) const
{
    if (m_lastError == error.message)
        return;  // one message per failure, not one per painted cell
    m_lastError = error.message;
    // Queued: a failure found while the view paints must not open a message box mid-paint.
    auto *self = const_cast<StudentListModel *>(this);
    QMetaObject::invokeMethod(self, [self, message = error.message] { emit self->queryFailed(message); },
                              Qt::QueuedConnection);
}

void StudentListModel::clearCache() const
{
    m_pages.clear();
    m_recentPages.clear();
}

} // namespace care::ui
