#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace care::ui {

// Notices when nobody has used the keyboard, mouse or touch screen for a
// while, anywhere in the application (an event filter on the application
// object, so dialogs count too). Cheap on every event: input only stamps a
// time; the timer looks at the stamp when it fires.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 = never idle. Milliseconds so that tests can use a short time.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    // Starts counting from now (after sign-in and unlock); stop() while locked.
    void start();
    void stop();
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 0;
    bool m_active = false;
};

} // namespace care::ui
