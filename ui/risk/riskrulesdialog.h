#pragma once

#include "privacy/confirmation.h"
#include "risk/recomputedialog.h"
#include "risk/riskservice.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;
class BackgroundTask;
class ThresholdTable;

// The risk thresholds in force, editable, with a what-if before anything is
// saved: Preview counts per school how many students would move between
// levels under the edited thresholds (on a worker thread; nothing written
// but the audit event of the look). Activate (manage_settings only) puts
// the previewed rules in force under their new version and recomputes
// everybody, with progress and Cancel.
class RiskRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit RiskRulesDialog(AppContext &context, QWidget *parent = nullptr);
    ~RiskRulesDialog() override;

    void preview();
    bool waitForPreview(int timeoutMs = 60000);  // tests
    void activate();
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    ThresholdTable *thresholds() const { return m_thresholds; }
    QLineEdit *versionEdit() const { return m_version; }
    QPushButton *activateButton() const { return m_activate; }
    RecomputeDialog *activation() const { return m_activation; }  // the running or last activation

signals:
    void rulesActivated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadActive();
    void invalidatePreview();
    void showPreview();
    void showProblem(const QString &message);
    void updateButtons();
    void retranslateUi();

    AppContext &m_context;
    Confirmation m_confirm;
    std::optional<ActiveRules> m_active;
    std::optional<RuleSet> m_previewed;  // the rules the shown what-if is about
    bool m_mayActivate = false;
    QLabel *m_inForce;
    QLabel *m_intro;
    ThresholdTable *m_thresholds;
    QLabel *m_versionLabel;
    QLineEdit *m_version;
    QPushButton *m_preview;
    QProgressBar *m_progress;
    QLabel *m_problem;
    QLabel *m_summary;
    QTableWidget *m_whatIf;
    QPushButton *m_activate;
    QPushButton *m_close;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::optional<Result<WhatIfResult>>> m_outcome;
    std::optional<RuleSet> m_running;  // the rules being previewed
    QPointer<RecomputeDialog> m_activation;
};

} // namespace care::ui
