#include "screening/scoretable.h"

#include "screening/screeninglabels.h"

#include <QEvent>
#include <QHeaderView>

namespace care::ui {

ScoreTable::ScoreTable(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("scoreTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    retranslateUi();
}

void ScoreTable::showScores(const Instrument &instrument, const ScreeningScores &scores)
{
    m_keys = instrument.scoreKeys();
    setRowCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString &key = m_keys.at(row);
        const std::optional<int> value = scores.scores.value(key);
        const std::optional<QString> band = scores.bands.value(key);
        auto *title = new QTableWidgetItem(ScreeningLabels::scoreTitle(instrument, key));
        auto *number = new QTableWidgetItem(ScreeningLabels::scoreText(value));
        number->setTextAlignment(Qt::AlignCenter);
        auto *level = new QTableWidgetItem(value ? ScreeningLabels::bandLabel(instrument, scores.bandSet, band)
                                                 : tr("not scored"));
        if (const QColor colour = ScreeningLabels::bandColour(band); colour.isValid() && value)
            level->setBackground(colour);
        if (const auto range = instrument.range(key))
            number->setToolTip(tr("%1 to %2").arg(range->min).arg(range->max));
        setItem(row, 0, title);
        setItem(row, 1, number);
        setItem(row, 2, level);
    }
}

void ScoreTable::clearScores()
{
    m_keys.clear();
    setRowCount(0);
}

void ScoreTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Score"), tr("Points"), tr("Band")});
}

void ScoreTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

}  // namespace care::ui
