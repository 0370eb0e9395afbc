#pragma once

#include "services/studentservice.h"
#include "student/studentcommand.h"

#include <QCoreApplication>

namespace care::ui {

// A saved change to a student's record: undo saves the record as it was,
// redo saves it as edited.
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
    StudentRecord m_before;
    StudentRecord m_after;
    bool m_skipRedo = false;
};

} // namespace care::ui
