#pragma once

#include "services/databasehandle.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QThread;

namespace care::ui {

// Runs one piece of core work on its own thread so the window never waits
// for it (DESIGN.md §4). The work receives a report function: it passes
// (done, total) and gets false back once cancel() was asked. Results travel
// in whatever the work's lambda captures; read them in a slot connected to
// finished(), which arrives on the GUI thread. The thread's database
// connection is closed before the thread ends.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Report = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Report &report)>;

    // db: kept alive while the work runs.
    BackgroundTask(DatabasePtr db, Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;  // asks to cancel and waits for the work to end

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    // Blocks until the work has ended and finished() was emitted (tests).
    bool waitForFinished(int timeoutMs = 60000);

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    DatabasePtr m_db;
    Work m_work;
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancelled = false;
    bool m_done = false;
};

} // namespace care::ui
