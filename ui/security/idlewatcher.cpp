#include "security/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace care::ui {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
    m_sinceInput.start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(0, milliseconds);
    if (m_active)
        start();
}

void IdleWatcher::start()
{
    m_active = true;
    m_sinceInput.restart();
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::stop()
{
    m_active = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && isUserInput(event->type()))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active || m_timeoutMs <= 0)
        return;
    const qint64 quiet = m_sinceInput.elapsed();
    if (quiet >= m_timeoutMs) {
        stop();
        emit idle();
    } else {
        m_timer.start(int(m_timeoutMs - quiet));
    }
}

} // namespace care::ui
