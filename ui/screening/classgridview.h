#pragma once

#include <QTableView>

namespace care::ui {

class ClassGridModel;

// The class grid's table, built for entry without the mouse: a digit
// stores the answer and moves on (the next item, then the next student's
// first item), '-' or space marks the answer missing and moves on,
// Backspace or Delete clears it, Enter goes to the next student's first
// item, and the arrow keys, Tab, Home and End move as in any table.
class ClassGridView : public QTableView {
    Q_OBJECT
public:
    explicit ClassGridView(QWidget *parent = nullptr);

    void setGridModel(ClassGridModel *model);
    ClassGridModel *gridModel() const { return m_model; }
    // The first student's first item: where entry starts.
    void goToStart();
    void fitColumns();

signals:
    // A key that is not an answer here (e.g. 3 on a 0–2 scale): what to say.
    void entryRefused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyboardSearch(const QString &search) override;

private:
    void moveTo(int row, int column);
    void moveNext(int row, int column);

    ClassGridModel *m_model = nullptr;
};

}  // namespace care::ui
