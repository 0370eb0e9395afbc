#pragma once

#include "security/session.h"
#include "services/databasehandle.h"
#include "services/studentservice.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace care {

class Clock;

namespace ui {

// What every screen of an open database shares: the database, the clock,
// the signed-in user's session, the student service and the undo history.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(DatabasePtr db, const Clock &clock, Session session, QObject *parent = nullptr)
        : QObject(parent), m_db(std::move(db)), m_clock(clock), m_session(std::move(session)),
          m_students(*m_db, clock), m_undo(this)
    {
    }

    Database &database() const { return *m_db; }
    DatabasePtr databasePtr() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Session &session() const { return m_session; }
    // After an unlock: the session as the account is now (its classes may
    // have changed meanwhile). Core re-reads the account at every check;
    // this keeps what the window shows in step with it.
    void setSession(Session session)
    {
        m_session = std::move(session);
        emit sessionChanged();
    }
    Actor actor() const { return m_session.actor(); }
    StudentService &students() { return m_students; }
    QUndoStack &undoStack() { return m_undo; }

signals:
    // Emitted after any saved change to a student (create, edit, undo, redo),
    // so lists and profiles reload what they show.
    void studentChanged(const QString &studentId);
    // Emitted when an undo or redo was refused or could not be saved (the
    // command keeps its place in the history); what the user is shown.
    void commandRefused(const QString &title, const QString &message);
    // setSession() replaced the session: lists and the school tree read again.
    void sessionChanged();

private:
    DatabasePtr m_db;
    const Clock &m_clock;
    Session m_session;
    StudentService m_students;
    QUndoStack m_undo;
};

} // namespace ui
} // namespace care
