#pragma once

#include "student/formsection.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;

namespace care {
struct StudentRecord;
}

namespace care::ui {

class AppContext;

// Where the student belongs: school, classroom of the current year (new
// students only; later years come from enrollment), student number, status.
class StudentSchoolSection : public FormSection {
    Q_OBJECT
public:
    StudentSchoolSection(AppContext &context, bool newStudent, QWidget *parent = nullptr);

    void load(const StudentRecord &record);
    void apply(StudentRecord &record) const;

    // The label this section shows for a field (with its mnemonic); empty
    // for a field it does not show.
    static QString fieldLabel(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSchools();
    void loadClassrooms();
    void retranslateUi();

    AppContext &m_context;
    bool m_newStudent;
    QString m_yearId;
    int m_yearBe = 0;
    QComboBox *m_school;
    QComboBox *m_classroom;
    QLabel *m_numberLabel;
    QSpinBox *m_classNumber;
    QLineEdit *m_studentNumber;
    QComboBox *m_status;
};

} // namespace care::ui
