#pragma once

#include "services/studentdirectory.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace care::ui {

class AppContext;
class StudentListModel;

// Centre panel: a search field that filters as you type, grade and status
// filters, and the (lazily loaded) student table.
class StudentListPanel : public QWidget {
    Q_OBJECT
public:
    // Long enough to skip the queries of a word typed in one go, short enough to feel immediate.
    static constexpr int kSearchDelayMs = 120;

    explicit StudentListPanel(QWidget *parent = nullptr);

    // The open database and its signed-in session (null: empty list); the
    // list shows only students the session reaches (AccessControl::listScope).
    // Empty until setScope().
    void setContext(AppContext *context);
    void setScope(const QString &academicYearId, const QString &schoolId, const QString &classroomId);
    void reload();                   // same filter again, keeping the selected student

    StudentListModel *model() const { return m_model; }
    QString currentStudentId() const;
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }

signals:
    void studentActivated(const QString &studentId);      // Enter or double-click
    void currentStudentChanged(const QString &studentId); // empty when none
    void countChanged(int shown);
    void queryFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void loadGrades();
    void fillStatuses();
    void retranslateUi();
    void selectStudent(const QString &studentId);
    StudentQuery currentFilter() const;
    void activateCurrentOrFirst();

    AppContext *m_context = nullptr;
    StudentListModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_grade = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_searchDelay;
    QString m_academicYearId;
    QString m_schoolId;
    QString m_classroomId;
};

} // namespace care::ui
