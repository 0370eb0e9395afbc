#include "screening/classgridview.h"

#include "screening/answerkeys.h"
#include "screening/classgridheader.h"
#include "screening/classgridmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace care::ui {

namespace {
constexpr int kItemColumnWidth = 30;
constexpr int kScoreColumnWidth = 44;
}  // namespace

ClassGridView::ClassGridView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("classGrid"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setHorizontalHeader(new ClassGridHeader(this));
}

void ClassGridView::setGridModel(ClassGridModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ClassGridView::fitColumns);
    fitColumns();
}

void ClassGridView::fitColumns()
{
    if (!m_model || m_model->columnCount() == 0)
        return;
    auto *header = static_cast<ClassGridHeader *>(horizontalHeader());
    header->setRotatedFrom(ClassGridModel::FirstItemColumn + m_model->itemCount(), m_model->summaryColumn());
    resizeColumnToContents(ClassGridModel::NumberColumn);
    resizeColumnToContents(ClassGridModel::NameColumn);
    for (int c = ClassGridModel::FirstItemColumn; c <= m_model->lastItemColumn(); ++c)
        setColumnWidth(c, kItemColumnWidth);
    for (int c = m_model->lastItemColumn() + 1; c < m_model->summaryColumn(); ++c)
        setColumnWidth(c, kScoreColumnWidth);
    header->setStretchLastSection(true);
    header->updateGeometry();
}

void ClassGridView::goToStart()
{
    if (m_model && m_model->rowCount() > 0 && m_model->itemCount() > 0)
        moveTo(0, ClassGridModel::FirstItemColumn);
}

void ClassGridView::moveTo(int row, int column)
{
    const QModelIndex target = m_model->index(row, column);
    setCurrentIndex(target);
    scrollTo(target);
}

void ClassGridView::moveNext(int row, int column)
{
    if (column < m_model->lastItemColumn())
        moveTo(row, column + 1);
    else if (row + 1 < m_model->rowCount())
        moveTo(row + 1, ClassGridModel::FirstItemColumn);
    else
        moveTo(row, column);  // the last answer of the sheet: stay
}

void ClassGridView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid() || m_model->itemCount() == 0)
        return QTableView::keyPressEvent(event);
    const int row = current.row();
    // Typing on the name or a score goes to the row's first item.
    const int column = m_model->isItemColumn(current.column()) ? current.column() : ClassGridModel::FirstItemColumn;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (row + 1 < m_model->rowCount())
            moveTo(row + 1, ClassGridModel::FirstItemColumn);
        return event->accept();
    }
    const AnswerKeyPress press = readAnswerKey(*event);
    switch (press.kind) {
    case AnswerKey::None:
        return QTableView::keyPressEvent(event);
    case AnswerKey::Value:
        if (!m_model->setAnswer(row, column, press.value)) {
            const ResponseScale &scale
                    = m_model->instrument()->items.at(column - ClassGridModel::FirstItemColumn).scale;
            emit entryRefused(tr("Answers to this item are %1 to %2; “-” or space marks one as missing.")
                                      .arg(scale.min)
                                      .arg(scale.max));
            moveTo(row, column);
            return event->accept();
        }
        moveNext(row, column);
        return event->accept();
    case AnswerKey::Missing:
        m_model->markMissing(row, column);
        moveNext(row, column);
        return event->accept();
    case AnswerKey::Clear:
        m_model->clearAnswer(row, column);
        moveTo(row, column);
        return event->accept();
    }
}

void ClassGridView::keyboardSearch(const QString &)
{
    // No jumping on letters: a stray key while entering answers must not
    // move the cursor to another student.
}

}  // namespace care::ui
