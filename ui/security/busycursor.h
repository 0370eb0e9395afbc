#pragma once

#include <QApplication>
#include <QCursor>

namespace care::ui {

// A wait cursor for the half second of an Argon2id run (sign-in, password
// change): short enough not to need a worker thread, long enough to show.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace care::ui
