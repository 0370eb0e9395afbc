#include "student/editstudentcommand.h"

#include "app/appcontext.h"
#include "student/recordfieldtext.h"

namespace care::ui {

EditStudentCommand::EditStudentCommand(AppContext &context, StudentRecord before, StudentRecord after)
    : StudentCommand(context), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit student %1").arg(m_after.student.displayName()));
}

Result<StudentRecord> EditStudentCommand::write(const StudentRecord &from, const StudentRecord &to, EditPurpose purpose)
{
    QList<RecordField> changed;
    auto written = m_context.students().writeFields(from, to, purpose, m_context.session(), &changed);
    if (written)
        return written;
    Error error = written.error();
    error.message = RecordFieldText::withFields(error.message, changed, {&m_after, &m_before});
    return error;
}

Status EditStudentCommand::perform()
{
    auto saved = write(m_before, m_after, EditPurpose::Save);
    if (!saved)
        return saved.error();
    // Guardians and a household added in this edit got their ids on saving;
    // keep them so an undo finds them and a redo restores the same records.
    m_after = saved.value();
    skipNext(Step::Redo);
    announce(m_after.student.id);
    return {};
}

void EditStudentCommand::undo()
{
    if (skip(Step::Undo))
        return;
    if (auto saved = write(m_after, m_before, EditPurpose::Undo); !saved)
        return refuse(Step::Undo, tr("Could not undo the change to the student"), saved.error().message);
    announce(m_before.student.id);
}

void EditStudentCommand::redo()
{
    if (skip(Step::Redo))
        return;
    if (auto saved = write(m_before, m_after, EditPurpose::Redo); !saved)
        return refuse(Step::Redo, tr("Could not redo the change to the student"), saved.error().message);
    announce(m_after.student.id);
}

} // namespace care::ui
