#include "student/createstudentcommand.h"

#include "app/appcontext.h"
#include "student/recordfieldtext.h"

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
    // Keep the stored record with all its ids, so a redo recreates it exactly
    // and an undo can tell what changed since.
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
    skipNext(Step::Redo);
    announce(m_record.student.id);
    return created;
}

void CreateStudentCommand::undo()
{
    if (skip(Step::Undo))
        return;
    QList<RecordField> changed;
    if (auto removed = m_context.students().removeAdded(m_record, m_context.session(), &changed); !removed)
        return refuse(Step::Undo, tr("Could not undo adding the student"),
                      RecordFieldText::withFields(removed.error().message, changed, {&m_record}));
    announce(m_record.student.id);
}

void CreateStudentCommand::redo()
{
    if (skip(Step::Redo))
        return;
    if (auto created = m_context.students().create(m_record, m_context.session()); !created)
        return refuse(Step::Redo, tr("Could not add the student again"), created.error().message);
    announce(m_record.student.id);
}

} // namespace care::ui
