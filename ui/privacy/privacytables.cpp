#include "privacy/privacytables.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

#include <algorithm>

namespace care::ui::privacytables {

namespace {

const char *const kMaxRowsProperty = "careFitMaxRows";

void updateHeight(QTableWidget *table)
{
    const int maxRows = table->property(kMaxRowsProperty).toInt();
    const int rows = std::min(table->rowCount(), maxRows);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    int width = table->width() - 2 * table->frameWidth();
    if (table->rowCount() > maxRows)
        width -= table->verticalScrollBar()->sizeHint().width();
    if (table->horizontalHeader()->length() > width)
        height += table->horizontalScrollBar()->sizeHint().height();
    if (table->height() != height)
        table->setFixedHeight(height);
}

// Follows the table's width: whether the columns overflow depends on it.
class HeightFitter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            updateHeight(static_cast<QTableWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QTableWidget *make(const QString &objectName, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void setHeaders(QTableWidget *table, const QStringList &headers)
{
    table->setHorizontalHeaderLabels(headers);
}

int appendRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    return row;
}

void fitToRows(QTableWidget *table, int maxRows)
{
    if (!table->property(kMaxRowsProperty).isValid())
        table->installEventFilter(new HeightFitter(table));
    table->setProperty(kMaxRowsProperty, maxRows);
    updateHeight(table);
}

} // namespace care::ui::privacytables
