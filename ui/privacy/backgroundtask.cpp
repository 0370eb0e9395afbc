#include "privacy/backgroundtask.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace care::ui {

BackgroundTask::BackgroundTask(DatabasePtr db, Work work, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_work(std::move(work))
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    if (m_thread)
        return;
    m_done = false;
    DatabasePtr db = m_db;
    m_thread = QThread::create([this, db] {
        // Progress is passed on at most every 100 ms: the event queue of the
        // window must not fill faster than it paints.
        QElapsedTimer sinceLast;
        sinceLast.start();
        const Report report = [this, &sinceLast](qint64 done, qint64 total) {
            if (done >= total || sinceLast.elapsed() >= 100) {
                sinceLast.restart();
                emit progress(done, total);
            }
            return !m_cancelled.load();
        };
        m_work(report);
        db->closeThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_done = true;
        emit finished();
    });
    m_thread->start();
}

bool BackgroundTask::isRunning() const { return m_thread && !m_done; }

bool BackgroundTask::waitForFinished(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_thread && !m_done && !deadline.hasExpired()) {
        m_thread->wait(QDeadlineTimer(20));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return m_done;
}

} // namespace care::ui
