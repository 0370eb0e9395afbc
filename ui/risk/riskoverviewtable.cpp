#include "risk/riskoverviewtable.h"

#include "risk/riskitems.h"
#include "risk/risklevelstyle.h"

#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>

namespace care::ui {

QStringList RiskOverviewTable::headers()
{
    QStringList headers{tr("Class"), tr("No."), tr("Name"), tr("Overall")};
    for (RiskDomain domain : allValues<RiskDomain>())
        headers << label(domain);
    return headers;
}

int RiskOverviewTable::domainColumn(RiskDomain domain)
{
    return FirstDomainColumn + int(allValues<RiskDomain>().indexOf(domain));
}

void RiskOverviewTable::fitColumns(QTableView *view)
{
    for (int column : {int(ClassColumn), int(NumberColumn), int(NameColumn)})
        view->resizeColumnToContents(column);
    const int levelWidth = view->fontMetrics().horizontalAdvance(label(RiskLevel::Problem)) + 48;
    for (int column = OverallColumn; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, levelWidth);
}

void RiskOverviewTable::fill(QStandardItemModel *model, const QList<RiskOverviewRow> &rows)
{
    // Rows go, columns stay: the view's sort column and widths survive a reload.
    model->setRowCount(0);
    model->setHorizontalHeaderLabels(headers());
    for (int column = 0; column < model->columnCount(); ++column)
        model->horizontalHeaderItem(column)->setToolTip(model->horizontalHeaderItem(column)->text());
    const QLocale locale;
    for (const RiskOverviewRow &row : rows) {
        // Class and number sort together: register order within each class.
        const qint64 seat = qint64(row.classroomOrder) * 10000 + (row.classNumber > 0 ? row.classNumber : 9999);
        QList<QStandardItem *> cells{
            riskitems::text(row.classroomName, seat),
            riskitems::text(row.classNumber > 0 ? locale.toString(row.classNumber) : QString(), seat),
            riskitems::text(row.displayName, row.nameOrder),
            risklevelstyle::item(row.overall)};
        for (RiskDomain domain : allValues<RiskDomain>())
            cells << risklevelstyle::item(row.domains.value(domain, RiskLevel::Normal));
        for (QStandardItem *cell : std::as_const(cells))
            cell->setData(row.studentId, riskitems::StudentIdRole);
        cells[NumberColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cells[NameColumn]->setToolTip(row.displayName);
        model->appendRow(cells);
    }
}

} // namespace care::ui
