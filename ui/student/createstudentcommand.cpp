#include "student/createstudentcommand.h"

#include "app/appcontext.h"

namespace care::ui {

CreateStudentCommand::CreateStudentCommand(AppContext &context, StudentRecord record)
    : StudentCommand(context), m_record(std::move(record))
{
}

Result<QString> CreateStudentCommand::perform()
{
    auto created = m_context.students().create(m_record, m_context.session());
    if (!created)
        return created;
    // Keep the stored record with all its ids, so a redo recreates it exactly.
    if (auto stored = m_context.students().load(m_context.session(), created.value())) {
        const QString classroomId = m_record.classroomId;
        const int classNumber = m_record.classNumber;
        m_record = stored.value();
        m_record.classroomId = classroomId;
        m_record.classNumber = classNumber;
    } else {
        m_record.student.id = created.value();
    }
    setText(tr("Add student %1").arg(m_record.student.displayName()));
    m_skipRedo = true;
    announce(m_record.student.id);
    return created;
}

void CreateStudentCommand::undo()
{
    if (auto removed = m_context.students().remove(m_record.student.id, m_context.session()); !removed)
        return fail(tr("Could not undo adding the student"), removed.error());
    announce(m_record.student.id);
}

void CreateStudentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto created = m_context.students().create(m_record, m_context.session()); !created)
        return fail(tr("Could not add the student again"), created.error());
    announce(m_record.student.id);
}

} // namespace care::ui
