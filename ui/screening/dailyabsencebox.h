#pragma once

#include "domain/indicators.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;
class DayEdit;

// The days a student was absent or late in one term, listed by date, with
// a line to add one (a date inside the student's terms, not in the future)
// and a button to remove the chosen one. Each change rolls up into the
// term's counts (IndicatorService) and emits changed().
class DailyAbsenceBox : public QGroupBox {
    Q_OBJECT
public:
    DailyAbsenceBox(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    void setTerm(const QString &termId);
    QTableWidget *table() const { return m_table; }
    DayEdit *dateEdit() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    bool add();           // the date and kind typed; true when saved
    bool removeChosen();  // the selected row; true when removed
    QString error() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showError(const QString &message);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QString m_termId;
    QList<DailyAbsence> m_rows;
    QTableWidget *m_table;
    DayEdit *m_date;
    QComboBox *m_kind;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
    QLabel *m_dateLabel;
};

}  // namespace care::ui
