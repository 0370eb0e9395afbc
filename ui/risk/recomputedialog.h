#pragma once

#include "risk/riskservice.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace care::ui {

class AppContext;
class BackgroundTask;

// A full risk recompute on a worker thread (DESIGN.md §4), with a progress
// bar and Cancel: the window stays usable, and what was recomputed before
// Cancel is kept (core commits batch by batch). Starts when shown.
class RecomputeDialog : public QDialog {
    Q_OBJECT
public:
    // The work, run on the worker thread; it reports progress and stops when told.
    using Job = std::function<Result<RecomputeSummary>(const RiskProgress &progress)>;

    // Recomputes everybody the session may (RiskService::recomputeAll).
    explicit RecomputeDialog(AppContext &context, QWidget *parent = nullptr);
    // Runs `job` instead (putting new rules in force; tests), headed by `intro`.
    RecomputeDialog(AppContext &context, Job job, const QString &intro, QWidget *parent = nullptr);
    ~RecomputeDialog() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool waitForFinished(int timeoutMs = 60000);  // tests
    QString resultText() const;
    // The job's answer once it has ended.
    const std::optional<Result<RecomputeSummary>> &outcome() const { return *m_outcome; }

signals:
    void ended();  // the job ended (done, cancelled or failed)

public slots:
    void reject() override;  // while running: Cancel

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showOutcome();

    AppContext &m_context;
    Job m_job;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::optional<Result<RecomputeSummary>>> m_outcome;
    bool m_started = false;
};

} // namespace care::ui
