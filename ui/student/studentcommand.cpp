#include "student/studentcommand.h"

#include "app/appcontext.h"

#include <QApplication>
#include <QMessageBox>
#include <QMetaObject>

namespace care::ui {

void StudentCommand::refuse(Step step, const QString &what, const QString &message)
{
    // QUndoStack moves past a command whatever its undo() or redo() did.
    // Once the stack has returned, step back over this command without
    // running it, so it stays where it was: the history still matches the data.
    QUndoStack *stack = &m_context.undoStack();
    const int place = step == Step::Undo ? stack->index() - 1 : stack->index();
    QMetaObject::invokeMethod(
            stack,
            [this, stack, place, step] {
                const int movedTo = step == Step::Undo ? place : place + 1;
                if (stack->index() != movedTo || place >= stack->count() || stack->command(place) != this)
                    return;  // the history changed meanwhile: leave it as it is
                if (step == Step::Undo) {
                    m_skip = Step::Redo;
                    stack->redo();
                } else {
                    m_skip = Step::Undo;
                    stack->undo();
                }
            },
            Qt::QueuedConnection);

    emit m_context.commandRefused(what, message);
    QWidget *window = QApplication::activeWindow();
    if (!window) {
        qWarning("%s: %s", qUtf8Printable(what), qUtf8Printable(message));
        return;
    }
    // Not exec(): undo may run from a shortcut inside another event handler.
    auto *box = new QMessageBox(QMessageBox::Warning, what, message, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("commandRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool StudentCommand::skip(Step step)
{
    if (m_skip != step)
        return false;
    m_skip.reset();
    return true;
}

void StudentCommand::announce(const QString &studentId)
{
    emit m_context.studentChanged(studentId);
}

} // namespace care::ui
