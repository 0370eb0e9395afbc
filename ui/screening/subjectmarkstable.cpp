#include "screening/subjectmarkstable.h"

#include "student/enumcombo.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>

namespace care::ui {

SubjectMarksTable::SubjectMarksTable(QWidget *parent) : QTableWidget(0, 2, parent)
{
    setObjectName(QStringLiteral("subjects"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::itemChanged, this, &SubjectMarksTable::marksChanged);
    retranslateUi();
}

void SubjectMarksTable::setMarks(const QList<SubjectMark> &marks)
{
    const QSignalBlocker blocker(this);
    setRowCount(0);
    for (const SubjectMark &m : marks)
        addRow(m.subject, m.mark);
}

void SubjectMarksTable::addRow(const QString &subject, MarkKind mark)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, new QTableWidgetItem(subject));
    auto *combo = new QComboBox(this);
    fillEnumCombo<MarkKind>(combo);
    selectEnum(combo, mark);
    connect(combo, &QComboBox::currentIndexChanged, this, &SubjectMarksTable::marksChanged);
    setCellWidget(row, 1, combo);
    if (subject.isEmpty()) {
        setCurrentCell(row, 0);
        editItem(item(row, 0));
    }
    emit marksChanged();
}

void SubjectMarksTable::removeCurrentRow()
{
    if (currentRow() < 0)
        return;
    removeRow(currentRow());
    emit marksChanged();
}

QList<SubjectMark> SubjectMarksTable::marks() const
{
    QList<SubjectMark> list;
    for (int row = 0; row < rowCount(); ++row) {
        SubjectMark m;
        m.subject = item(row, 0) ? item(row, 0)->text() : QString();
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1)))
            m.mark = selectedEnum(combo, MarkKind::Fail);
        list << m;
    }
    return list;
}

void SubjectMarksTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Subject"), tr("Mark")});
    for (int row = 0; row < rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1))) {
            const MarkKind mark = selectedEnum(combo, MarkKind::Fail);
            fillEnumCombo<MarkKind>(combo);
            selectEnum(combo, mark);
        }
}

void SubjectMarksTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

}  // namespace care::ui
