// ClassGridModel: the sheet, its answers and scores. What the cells show is
// in classgridcells.cpp.
#include "screening/classgridmodel.h"

#include <algorithm>

namespace care::ui {

ClassGridModel::ClassGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClassGridModel::setSheet(const Instrument *instrument, const QString &bandSet, const ClassSheet &sheet,
                              const Wording &wording)
{
    beginResetModel();
    m_instrument = instrument;
    m_bandSet = bandSet;
    m_sheet = sheet;
    m_wording = wording;
    m_scoreKeys = instrument ? ScreeningLabels::gridScoreKeys(*instrument) : QStringList();
    m_lines.clear();
    const int items = itemCount();
    for (const ClassSheetRow &row : sheet.rows) {
        Line line;
        line.row = row;
        line.answers = QList<std::optional<int>>(items);
        line.marked = QList<bool>(items, false);
        if (row.result) {
            const auto &stored = row.result->answers.items;
            for (int i = 0; i < items && i < stored.size(); ++i)
                line.answers[i] = stored.at(i);
            line.impact = row.result->answers.impact;
            line.ageReason = row.result->ageReason;
        }
        rescore(line);
        m_lines << line;
    }
    endResetModel();
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void ClassGridModel::setBandSet(const QString &bandSet)
{
    m_bandSet = bandSet;
    for (Line &line : m_lines)
        rescore(line);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ClassGridModel::clear()
{
    setSheet(nullptr, QString(), ClassSheet{});
}

int ClassGridModel::itemCount() const
{
    return m_instrument ? int(m_instrument->items.size()) : 0;
}

bool ClassGridModel::isItemColumn(int column) const
{
    return column >= FirstItemColumn && column < FirstItemColumn + itemCount();
}

int ClassGridModel::summaryColumn() const
{
    return FirstItemColumn + itemCount() + int(m_scoreKeys.size());
}

int ClassGridModel::rowOf(const QString &studentId) const
{
    for (int r = 0; r < m_lines.size(); ++r)
        if (m_lines.at(r).row.studentId == studentId)
            return r;
    return -1;
}

void ClassGridModel::rescore(Line &line) const
{
    if (!m_instrument) {
        line.scores = {};
        return;
    }
    line.scores = score(*m_instrument, ScreeningAnswers{line.answers, line.impact}, m_bandSet);
}

bool ClassGridModel::hasAnswers(const Line &line) const
{
    return std::any_of(line.answers.begin(), line.answers.end(), [](const auto &a) { return a.has_value(); });
}

void ClassGridModel::lineChanged(int row, int firstColumn, int lastColumn)
{
    Line &line = m_lines[row];
    line.changed = true;
    line.problem.clear();
    rescore(line);
    // The item cells' missing marks depend on the whole row; scores and summary follow.
    emit dataChanged(index(row, std::min(firstColumn, int(FirstItemColumn))),
                     index(row, std::max(lastColumn, summaryColumn())));
    emit dataChanged(index(row, NameColumn), index(row, NameColumn));
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged(true);
    }
}

bool ClassGridModel::setAnswer(int row, int column, int value)
{
    if (row < 0 || row >= m_lines.size() || !isItemColumn(column))
        return false;
    const int item = column - FirstItemColumn;
    const ResponseScale &scale = m_instrument->items.at(item).scale;
    if (value < scale.min || value > scale.max)
        return false;
    Line &line = m_lines[row];
    line.answers[item] = value;
    line.marked[item] = false;
    lineChanged(row, column, column);
    return true;
}

void ClassGridModel::markMissing(int row, int column)
{
    if (row < 0 || row >= m_lines.size() || !isItemColumn(column))
        return;
    Line &line = m_lines[row];
    line.answers[column - FirstItemColumn].reset();
    line.marked[column - FirstItemColumn] = true;
    lineChanged(row, column, column);
}

void ClassGridModel::clearAnswer(int row, int column)
{
    if (row < 0 || row >= m_lines.size() || !isItemColumn(column))
        return;
    Line &line = m_lines[row];
    const int item = column - FirstItemColumn;
    if (!line.answers.at(item) && !line.marked.at(item))
        return;
    line.answers[item].reset();
    line.marked[item] = false;
    lineChanged(row, column, column);
}

std::optional<int> ClassGridModel::answer(int row, int itemIndex) const
{
    return m_lines.value(row).answers.value(itemIndex);
}

bool ClassGridModel::isMarkedMissing(int row, int itemIndex) const
{
    return m_lines.value(row).marked.value(itemIndex, false);
}

ScreeningScores ClassGridModel::scores(int row) const
{
    return m_lines.value(row).scores;
}

QList<ClassSheetEntry> ClassGridModel::changedEntries() const
{
    QList<ClassSheetEntry> entries;
    for (const Line &line : m_lines)
        if (line.changed && hasAnswers(line))
            entries << ClassSheetEntry{line.row.studentId, ScreeningAnswers{line.answers, line.impact}, line.ageReason};
    return entries;
}

QStringList ClassGridModel::studentsNeedingAgeReason() const
{
    QStringList ids;
    for (const Line &line : m_lines)
        if (line.changed && hasAnswers(line) && line.row.ageOutsideRange && line.ageReason.trimmed().isEmpty())
            ids << line.row.studentId;
    return ids;
}

void ClassGridModel::setAgeReason(const QString &studentId, const QString &reason)
{
    if (const int r = rowOf(studentId); r >= 0) {
        m_lines[r].ageReason = reason;
        emit dataChanged(index(r, NameColumn), index(r, NameColumn));
    }
}

bool ClassGridModel::isDirty() const
{
    return m_dirty;
}

int ClassGridModel::answeredCount() const
{
    int count = 0;
    for (const Line &line : m_lines)
        count += int(
                std::count_if(line.answers.begin(), line.answers.end(), [](const auto &a) { return a.has_value(); }));
    return count;
}

void ClassGridModel::markSaved()
{
    for (Line &line : m_lines) {
        line.changed = false;
        line.problem.clear();
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void ClassGridModel::setRowProblem(const QString &studentId, const QString &message)
{
    if (const int r = rowOf(studentId); r >= 0) {
        m_lines[r].problem = message;
        emit dataChanged(index(r, summaryColumn()), index(r, summaryColumn()));
    }
}

int ClassGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ClassGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_instrument ? 0 : summaryColumn() + 1;
}

Qt::ItemFlags ClassGridModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

bool ClassGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isItemColumn(index.column()))
        return false;
    if (!value.isValid() || value.toString().isEmpty()) {
        clearAnswer(index.row(), index.column());
        return true;
    }
    if (value.toString() == QLatin1String("-")) {
        markMissing(index.row(), index.column());
        return true;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && setAnswer(index.row(), index.column(), number);
}

}  // namespace care::ui
