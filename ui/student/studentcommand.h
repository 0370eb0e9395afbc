#pragma once

#include "util/result.h"

#include <QUndoCommand>

#include <optional>

namespace care::ui {

class AppContext;

// Shared by the undoable student edits: they save through StudentService
// and announce every saved change through AppContext::studentChanged.
class StudentCommand : public QUndoCommand {
public:
    explicit StudentCommand(AppContext &context) : m_context(context) {}

protected:
    enum class Step { Undo, Redo };

    // Undo or redo was refused (a field changed since, a child others have
    // built on) or could not be saved: nothing was written, so the command
    // still matches what is stored. It keeps its place in the history (to
    // be tried again later) and the user is told why. Call from undo() or
    // redo() as `step`, then return.
    void refuse(Step step, const QString &what, const QString &message);
    // True once when the stack's next call of `step` must do nothing: the
    // change was made already (perform()), or a refusal is being put back.
    bool skip(Step step);
    void skipNext(Step step) { m_skip = step; }
    void announce(const QString &studentId);

    AppContext &m_context;

private:
    std::optional<Step> m_skip;
};

} // namespace care::ui
