#pragma once

#include "storage/bulkinsert.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace care::demo {

// Hands batches of prepared rows from the thread that makes them to the
// thread that writes them; holds only a few, so memory stays bounded.
class BatchQueue {
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Waits for room; false once the queue is closed (the writer gave up).
    bool push(QList<BulkRow> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || m_batches.size() < m_capacity; });
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Waits for a batch; nothing once the queue is closed and empty.
    std::optional<QList<BulkRow>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        QList<BulkRow> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<BulkRow>> m_batches;
    bool m_closed = false;
};

} // namespace care::demo
