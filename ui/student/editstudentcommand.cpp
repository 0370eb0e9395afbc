#include "student/editstudentcommand.h"

#include "app/appcontext.h"

namespace care::ui {

EditStudentCommand::EditStudentCommand(AppContext &context, StudentRecord before, StudentRecord after)
    : StudentCommand(context), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit student %1").arg(m_after.student.displayName()));
}

Status EditStudentCommand::perform()
{
    if (auto saved = m_context.students().update(m_after, m_context.session()); !saved)
        return saved;
    // Guardians and a household added in this edit got their ids on saving;
    // keep them so a redo after an undo restores the same records.
    if (auto stored = m_context.students().load(m_context.session(), m_after.student.id))
        m_after = stored.value();
    m_skipRedo = true;
    announce(m_after.student.id);
    return {};
}

void EditStudentCommand::undo()
{
    if (auto saved = m_context.students().update(m_before, m_context.session()); !saved)
        return fail(tr("Could not undo the change to the student"), saved.error());
    announce(m_before.student.id);
}

void EditStudentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto saved = m_context.students().update(m_after, m_context.session()); !saved)
        return fail(tr("Could not redo the change to the student"), saved.error());
    announce(m_after.student.id);
}

} // namespace care::ui
