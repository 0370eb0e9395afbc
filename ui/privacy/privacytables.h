#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace care::ui {

// The read-only tables of the privacy screens share one look: whole-row
// selection, no editing, no grid, the last column stretched.
namespace privacytables {

QTableWidget *make(const QString &objectName, int columns, QWidget *parent);
void setHeaders(QTableWidget *table, const QStringList &headers);
// Appends a row of plain text cells; returns its index.
int appendRow(QTableWidget *table, const QStringList &cells);
// Keeps the table as high as its rows (at most maxRows, then it scrolls),
// with room for the horizontal scroll bar when the columns overflow — in
// a narrow profile pane they do. Call again after the rows change.
void fitToRows(QTableWidget *table, int maxRows);

} // namespace privacytables
} // namespace care::ui
