#pragma once

#include "util/result.h"

#include <QUndoCommand>

namespace care::ui {

class AppContext;

// Shared by the undoable student edits: they save through StudentService
// and announce every saved change through AppContext::studentChanged.
class StudentCommand : public QUndoCommand {
public:
    explicit StudentCommand(AppContext &context) : m_context(context) {}

protected:
    // Undo or redo could not be saved (the database changed underneath, or
    // could not be written): the command leaves the history, since it no
    // longer matches what is stored, and the user is told why.
    void fail(const QString &what, const Error &error);
    void announce(const QString &studentId);

    AppContext &m_context;
};

} // namespace care::ui
