#pragma once

#include <QString>
#include <QVariant>

#include <Qt>

class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace care::ui {

// The tables of the risk screens (overview, worklists) share one shape: a
// QStandardItemModel of read-only cells behind a proxy that sorts by each
// cell's sort key (Thai name order from core, level rank, class number),
// never by the text shown.
namespace riskitems {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int StudentIdRole = Qt::UserRole + 2;
constexpr int LevelCodeRole = Qt::UserRole + 3;

// A read-only cell; sortKey empty: sorts by its text.
QStandardItem *text(const QString &text, const QVariant &sortKey = {});

// A view over `model` (through a sorting proxy, returned in *proxy): whole
// rows, no editing, sortable by header clicks, fixed row heights.
QTableView *makeView(const QString &objectName, QStandardItemModel *model, QSortFilterProxyModel **proxy,
                     QWidget *parent);

// The student of a view's row (through its proxy), empty if none.
QString studentAt(const QTableView *view, int row);

// Puts the keyboard on the first row without selecting it, so Enter opens
// it and the level colours stay visible until the user moves.
void focusFirstRow(QTableView *view);

} // namespace riskitems
} // namespace care::ui
