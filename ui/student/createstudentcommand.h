#pragma once

#include "services/studentservice.h"
#include "student/studentcommand.h"

#include <QCoreApplication>

namespace care::ui {

// Adding a student. Undo removes the student again, but only while nothing
// else refers to the child and nothing was changed since
// (StudentService::removeAdded); redo brings the same record back with the
// same ids.
class CreateStudentCommand : public StudentCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateStudentCommand)
public:
    CreateStudentCommand(AppContext &context, StudentRecord record);

    // Creates the student now, before the command is pushed, so a failure
    // can be shown in the dialog; push()'s first redo() then does nothing.
    Result<QString> perform();
    QString studentId() const { return m_record.student.id; }

    void undo() override;
    void redo() override;

private:
    StudentRecord m_record;
};

} // namespace care::ui
