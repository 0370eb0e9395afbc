#pragma once

#include "risk/riskoverview.h"
#include "util/result.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace care::ui {

class AppContext;
class BackgroundTask;

// The risk levels of a class or a school at a glance: one row per student
// (class, number, name, overall and per-domain levels coloured and named),
// narrowed by school, classroom and level, sortable by any column (names in
// Thai order). Enter or a double-click opens the student. The levels are
// read off the GUI thread (RiskService::overview, which audits each view).
class RiskOverviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit RiskOverviewDialog(AppContext &context, QWidget *parent = nullptr);
    ~RiskOverviewDialog() override;

    // Starts from the main window's choice (empty ids: newest year, all schools or the own school).
    void setScope(const QString &academicYearId, const QString &schoolId, const QString &classroomId);
    void reload();
    // Blocks until the levels asked for last are shown (tests).
    bool waitForLoaded(int timeoutMs = 60000);

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
    void showRows(const Result<QList<RiskOverviewRow>> &rows);

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
    std::unique_ptr<BackgroundTask> m_task;
    bool m_reloadAgain = false;  // the filter changed while a read ran
};

} // namespace care::ui
