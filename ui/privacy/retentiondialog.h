#pragma once

#include "privacy/confirmation.h"
#include "services/retentionservice.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace care::ui {

class AppContext;
class BackgroundTask;

// Administration → Retention… (run_retention): the retention period in
// years after leaving school, the students it would anonymise now (a
// preview, nothing changed), and "Anonymise N records" after confirmation,
// on a worker thread. Identity goes; statistics stay (RetentionService).
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    explicit RetentionDialog(AppContext &context, QWidget *parent = nullptr);
    ~RetentionDialog() override;

    void refresh();  // the preview again
    bool saveYears();
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void anonymise();
    bool waitForAnonymise(int timeoutMs = 120000);  // tests
    int candidateCount() const { return int(m_plan.candidates.size()); }

    // Stays open while its work runs: that work cannot be stopped halfway.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void showStatus(const QString &text, bool problem);
    void retranslateUi();

    AppContext &m_context;
    Confirmation m_confirm;
    RetentionPlan m_plan;
    QLabel *m_yearsCaption;
    QSpinBox *m_years;
    QPushButton *m_saveYears;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_anonymise;
    QPushButton *m_close;
    QPointer<BackgroundTask> m_task;
};

} // namespace care::ui
