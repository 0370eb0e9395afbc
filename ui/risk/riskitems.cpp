#include "risk/riskitems.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTableView>

namespace care::ui::riskitems {

QStandardItem *text(const QString &text, const QVariant &sortKey)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return item;
}

QTableView *makeView(const QString &objectName, QStandardItemModel *model, QSortFilterProxyModel **proxy,
                     QWidget *parent)
{
    auto *sorter = new QSortFilterProxyModel(parent);
    sorter->setSourceModel(model);
    sorter->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(sorter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    // No column at first: the rows keep the order they came in (core's) until a header is clicked.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    if (proxy)
        *proxy = sorter;
    return view;
}

QString studentAt(const QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    return index.isValid() ? index.data(StudentIdRole).toString() : QString();
}

void focusFirstRow(QTableView *view)
{
    if (view->model()->rowCount() > 0 && !view->currentIndex().isValid())
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

} // namespace care::ui::riskitems
