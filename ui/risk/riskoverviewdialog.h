#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace care::ui {

class AppContext;

// The risk levels of a class or a school at a glance: one row per student
// (class, number, name, overall and per-domain levels coloured and named),
// narrowed by school, classroom and level, sortable by any column (names in
// Thai order). Enter or a double-click opens the student.
class RiskOverviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit RiskOverviewDialog(AppContext &context, QWidget *parent = nullptr);

    // Starts from the main window's choice (empty ids: newest year, all schools or the own school).
    void setScope(const QString &academicYearId, const QString &schoolId, const QString &classroomId);
    void reload();

    QTableView *table() const { return m_table; }
    QString summaryText() const;

signals:
    void studentOpenRequested(const QString &studentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSchools();
    void loadClassrooms();
    void fillLevels();
    void retranslateUi();

    AppContext &m_context;
    QString m_academicYearId;
    QLabel *m_schoolLabel;
    QComboBox *m_school;
    QLabel *m_classroomLabel;
    QComboBox *m_classroom;
    QLabel *m_levelLabel;
    QComboBox *m_level;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_problem;
};

} // namespace care::ui
