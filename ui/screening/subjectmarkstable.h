#pragma once

#include "domain/indicators.h"

#include <QTableWidget>

namespace care::ui {

// The failing marks of one term, a row per subject: its name (typed in the
// cell) and its mark (0, ร or มส, chosen in the cell's list).
class SubjectMarksTable : public QTableWidget {
    Q_OBJECT
public:
    explicit SubjectMarksTable(QWidget *parent = nullptr);

    void setMarks(const QList<SubjectMark> &marks);
    QList<SubjectMark> marks() const;                                          // every row, as typed
    void addRow(const QString &subject = {}, MarkKind mark = MarkKind::Fail);  // and starts typing its name
    void removeCurrentRow();

signals:
    void marksChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

}  // namespace care::ui
