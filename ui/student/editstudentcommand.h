#pragma once

#include "services/studentservice.h"
#include "student/studentcommand.h"

#include <QCoreApplication>

namespace care::ui {

// A saved change to a student's record. Saving, undo and redo write only
// the fields that differ between the record as it was and as edited
// (StudentService::writeFields), so what others saved meanwhile in other
// fields stays; when one of this change's own fields was changed since, the
// step is refused and the message names those fields.
class EditStudentCommand : public StudentCommand {
    Q_DECLARE_TR_FUNCTIONS(EditStudentCommand)
public:
    EditStudentCommand(AppContext &context, StudentRecord before, StudentRecord after);

    // Saves the edit now, before the command is pushed, so a failure can be
    // shown in the dialog; push()'s first redo() then does nothing.
    Status perform();

    void undo() override;
    void redo() override;

private:
    // Writes the fields that differ from `from` to `to`; the error names the fields changed since.
    Result<StudentRecord> write(const StudentRecord &from, const StudentRecord &to, EditPurpose purpose);

    StudentRecord m_before;
    StudentRecord m_after;
};

} // namespace care::ui
