#pragma once

#include "services/studentservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace care::ui {

class AddressSection;
class AppContext;
class FormSection;
class GuardianListSection;
class HouseholdSection;
class StudentIdentitySection;
class StudentSchoolSection;

// Adds a student or edits one. Every change is checked as it is typed
// (StudentService::validate); each problem shows beside its field and Save
// stays disabled until there are none. Saving goes onto the undo stack.
class StudentEditDialog : public QDialog {
    Q_OBJECT
public:
    // A new student.
    explicit StudentEditDialog(AppContext &context, QWidget *parent = nullptr);
    // An existing student; if the record cannot be read the dialog says so
    // and cannot save.
    StudentEditDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    StudentRecord record() const;   // what the form holds now
    QList<Error> problems() const;  // why it cannot be saved; empty = it can
    QString studentId() const;      // the saved student's id (after Save)

public slots:
    void accept() override;  // saves; stays open if saving fails

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void revalidate();
    bool unchanged(const StudentRecord &record) const;
    void showSaveError(const Error &error);
    void retranslateUi();

    AppContext &m_context;
    bool m_newStudent;
    StudentRecord m_loaded;
    QString m_loadError;
    QString m_savedId;
    QList<FormSection *> m_sections;
    StudentSchoolSection *m_school = nullptr;
    StudentIdentitySection *m_identity = nullptr;
    AddressSection *m_address = nullptr;
    HouseholdSection *m_household = nullptr;
    GuardianListSection *m_guardians = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace care::ui
