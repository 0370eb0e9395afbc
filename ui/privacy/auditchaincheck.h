#pragma once

#include "services/auditservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace care::ui {

class AppContext;
class BackgroundTask;

// "Verify chain": walks the audit trail's hash chain on a worker thread
// with progress and Cancel, then says that the trail is intact or names the
// first event that is not as written (when the user may see that event).
class AuditChainCheck : public QWidget {
    Q_OBJECT
public:
    explicit AuditChainCheck(AppContext &context, QWidget *parent = nullptr);
    ~AuditChainCheck() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool waitForFinished(int timeoutMs = 60000);  // tests
    QString resultText() const;

signals:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult();
    QString describeBadEvent(qint64 seq) const;
    void retranslateUi();

    AppContext &m_context;
    QPushButton *m_verify;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::optional<Result<AuditVerification>>> m_outcome;
};

} // namespace care::ui
