#pragma once

#include "services/screeningservice.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;

// The screening part of the student profile: buttons for a new screening,
// attendance, grades and behaviour (each shown only when core would allow
// it), and the screening history — date, form, who answered, the main
// score and the bands — shown only to sessions that may view screening
// (reading it is audited). Enter or a double-click on a result opens it.
class StudentScreeningPanel : public QWidget {
    Q_OBJECT
public:
    explicit StudentScreeningPanel(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId);
    void clear();

    QGroupBox *historyBox() const { return m_box; }
    QTableWidget *historyTable() const { return m_table; }
    QPushButton *screenButton() const { return m_screen; }
    QPushButton *attendanceButton() const { return m_attendance; }
    QPushButton *gradesButton() const { return m_grades; }
    QPushButton *behaviourButton() const { return m_behaviour; }
    const QList<ScreeningResult> &results() const { return m_results; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void openResult(int row);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QList<ScreeningResult> m_results;
    QPushButton *m_screen;
    QPushButton *m_attendance;
    QPushButton *m_grades;
    QPushButton *m_behaviour;
    QGroupBox *m_box;
    QTableWidget *m_table;
    QLabel *m_empty;
};

}  // namespace care::ui
