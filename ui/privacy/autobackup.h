#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace care::ui {

class AppContext;
class BackgroundTask;

// The daily automatic backup. The main window starts one per open,
// signed-in database: when the session may manage backups and the
// schedule (PrivacySettings) is on, it calls BackupService::backupIfDue at
// start and then every hour, each time on a worker thread, so the window
// never waits. Results come as signals for the status bar.
class AutoBackup : public QObject {
    Q_OBJECT
public:
    static constexpr int kCheckEveryMs = 60 * 60 * 1000;

    explicit AutoBackup(AppContext &context, QObject *parent = nullptr);
    ~AutoBackup() override;  // waits for a running backup to finish

    // Starts checking (first check on the next turn of the event loop);
    // does nothing for a session without manage_backups.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // One check now, unless one is running. False if none was started.
    bool checkNow();
    bool waitForIdle(int timeoutMs = 60000);  // tests

signals:
    void backupWritten(const QString &path);
    void backupFailed(const QString &message);
    void checked();  // after every check, whether or not a backup was due

private:
    AppContext &m_context;
    QTimer m_timer;
    QPointer<BackgroundTask> m_task;
};

} // namespace care::ui
