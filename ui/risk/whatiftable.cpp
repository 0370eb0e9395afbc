#include "risk/whatiftable.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace care::ui {

QTableWidget *WhatIfTable::make(QWidget *parent)
{
    auto *table = new QTableWidget(0, ColumnCount, parent);
    table->setObjectName(QStringLiteral("whatIfTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(MovesColumn, QHeaderView::Stretch);
    retranslate(table);
    return table;
}

void WhatIfTable::retranslate(QTableWidget *table)
{
    table->setHorizontalHeaderLabels({tr("School"), tr("Students"), tr("Would move"), tr("Moves")});
}

QString WhatIfTable::moves(const LevelShift &shift)
{
    QStringList parts;
    for (RiskLevel from : allValues<RiskLevel>())
        for (RiskLevel to : allValues<RiskLevel>())
            if (from != to && !shift.counts[rank(from)][rank(to)].isZero())
                parts << tr("%1 → %2: %3").arg(label(from), label(to), shift.counts[rank(from)][rank(to)].text());
    return parts.isEmpty() ? tr("nobody moves") : parts.join(QStringLiteral(" · "));
}

QString WhatIfTable::summary(const WhatIfResult &result)
{
    // The row of all schools is exact (RiskService::whatIf).
    const LevelShift &total = result.total;
    return tr("With these thresholds %Ln student(s) would change level, of %1 assessed.", nullptr,
              total.moved.value())
        .arg(total.students.text());
}

void WhatIfTable::fill(QTableWidget *table, const WhatIfResult &result)
{
    table->setRowCount(0);
    QList<std::pair<QString, LevelShift>> rows;
    for (const LevelShift &shift : result.schools)
        rows << std::pair{shift.schoolName.isEmpty() ? shift.schoolCode : shift.schoolName, shift};
    rows << std::pair{tr("All schools"), result.total};
    for (const auto &[name, shift] : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{name, shift.students.text(), shift.moved.text(), moves(shift)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == StudentsColumn || column == MovingColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == int(rows.size()) - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(row, column, item);
        }
    }
    for (int column : {int(SchoolColumn), int(StudentsColumn), int(MovingColumn)})
        table->resizeColumnToContents(column);
}

} // namespace care::ui
