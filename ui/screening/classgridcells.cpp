// ClassGridModel: what the cells and headers show.
#include "screening/classgridmodel.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

#include <algorithm>

namespace care::ui {

namespace {
const QColor kMarkedMissing(0xe4, 0xe4, 0xe4);
const QColor kUnanswered(0xfb, 0xdd, 0xdd);
const QColor kProblemText(0xb3, 0x26, 0x1e);
}  // namespace

QVariant ClassGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    if (column == NumberColumn) {
        if (role == Qt::DisplayRole)
            return line.row.classNumber > 0 ? QVariant(line.row.classNumber) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == NameColumn)
        return nameData(line, role);
    if (isItemColumn(column))
        return itemData(line, column - FirstItemColumn, role);
    if (column == summaryColumn())
        return summaryData(line, role);
    return scoreData(line, m_scoreKeys.value(column - FirstItemColumn - itemCount()), role);
}

QVariant ClassGridModel::nameData(const Line &line, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return line.row.name;
    case Qt::DecorationRole:
        if (line.row.ageOutsideRange)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (!line.row.ageOutsideRange)
            return {};
        return tr("%1 is %n years old, outside the ages %2–%3 of this form.", nullptr, line.row.ageYears)
                       .arg(line.row.name)
                       .arg(m_instrument->minAgeYears)
                       .arg(m_instrument->maxAgeYears)
                + (line.ageReason.isEmpty() ? QString() : QLatin1Char('\n') + tr("Reason: %1").arg(line.ageReason));
    default:
        return {};
    }
}

QVariant ClassGridModel::itemData(const Line &line, int itemIndex, int role) const
{
    const std::optional<int> &value = line.answers.at(itemIndex);
    const bool marked = line.marked.at(itemIndex);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QString::number(*value) : marked ? tr("–") : QString();
    case Qt::UserRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(kMarkedMissing);
        if (!value && hasAnswers(line))
            return QBrush(kUnanswered);
        return {};
    case Qt::ToolTipRole: {
        const Item &item = m_instrument->items.at(itemIndex);
        const QString text = ScreeningLabels::itemText(item, m_wording);
        QString tip = text.isEmpty() ? ScreeningLabels::itemCaption(item)
                                     : tr("%1: %2").arg(ScreeningLabels::itemCaption(item), text);
        if (!value)
            tip += QLatin1Char('\n') + (marked ? tr("Marked as missing.") : tr("Not answered."));
        return tip;
    }
    default:
        return {};
    }
}

QVariant ClassGridModel::scoreData(const Line &line, const QString &key, int role) const
{
    const std::optional<int> value = line.scores.scores.value(key);
    const std::optional<QString> band = line.scores.bands.value(key);
    switch (role) {
    case Qt::DisplayRole:
        return hasAnswers(line) ? ScreeningLabels::scoreText(value) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (const QColor colour = ScreeningLabels::bandColour(band); colour.isValid() && hasAnswers(line))
            return QBrush(colour);
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 (%3)")
                .arg(ScreeningLabels::scoreTitle(*m_instrument, key), ScreeningLabels::scoreText(value),
                     ScreeningLabels::bandLabel(*m_instrument, m_bandSet, band));
    default:
        return {};
    }
}

QVariant ClassGridModel::summaryData(const Line &line, int role) const
{
    const bool answered = hasAnswers(line);
    const QString main = ScreeningLabels::mainScoreKey(*m_instrument);
    const std::optional<QString> band = line.scores.bands.value(main);
    const int missing = int(
            std::count_if(line.answers.begin(), line.answers.end(), [](const auto &a) { return !a.has_value(); }));
    switch (role) {
    case Qt::DisplayRole: {
        if (!line.problem.isEmpty())
            return line.problem;
        if (!answered)
            return line.changed && line.row.result ? tr("No answers: the stored result stays as it was") : QString();
        const std::optional<int> mainScore = line.scores.scores.value(main);
        QString text = mainScore ? tr("%1 %2").arg(ScreeningLabels::bandLabel(*m_instrument, m_bandSet, band),
                                                   ScreeningLabels::scoreText(mainScore))
                                 : tr("Not scored yet");
        if (missing > 0)
            text += tr(" · %n missing", nullptr, missing);
        return text;
    }
    case Qt::ForegroundRole:
        return line.problem.isEmpty() ? QVariant() : QVariant(QBrush(kProblemText));
    case Qt::BackgroundRole:
        if (const QColor colour = ScreeningLabels::bandColour(band);
            colour.isValid() && answered && line.problem.isEmpty())
            return QBrush(colour);
        return {};
    case Qt::ToolTipRole:
        if (!line.problem.isEmpty())
            return line.problem;
        return answered ? tr("%1: %2").arg(ScreeningLabels::scoreTitle(*m_instrument, main),
                                           ScreeningLabels::bandLabel(*m_instrument, m_bandSet, band))
                        : QVariant();
    default:
        return {};
    }
}

QVariant ClassGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_instrument)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == NumberColumn)
            return tr("No.");
        if (section == NameColumn)
            return tr("Name");
        if (isItemColumn(section))
            return m_instrument->items.at(section - FirstItemColumn).number;
        if (section == summaryColumn())
            return tr("Summary");
        return ScreeningLabels::scoreTitle(*m_instrument, m_scoreKeys.value(section - FirstItemColumn - itemCount()));
    }
    if (role == Qt::ToolTipRole && isItemColumn(section)) {
        const Item &item = m_instrument->items.at(section - FirstItemColumn);
        const QString text = ScreeningLabels::itemText(item, m_wording);
        return text.isEmpty() ? ScreeningLabels::itemCaption(item)
                              : tr("%1: %2").arg(ScreeningLabels::itemCaption(item), text);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace care::ui
