#pragma once

#include "student/formsection.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace care {
class Clock;
struct StudentRecord;
}

namespace care::ui {

class BirthDateEdit;

// Who the student is: ID type and number, prefix, Thai and English names,
// nickname, birth date and sex.
class StudentIdentitySection : public FormSection {
    Q_OBJECT
public:
    StudentIdentitySection(const Clock &clock, QWidget *parent = nullptr);

    void load(const StudentRecord &record);
    void apply(StudentRecord &record) const;
    QList<Error> inputErrors() const override;

    // The label this section shows for a field (with its mnemonic); empty
    // for a field it does not show.
    static QString fieldLabel(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onIdKindChosen();
    void onIdEdited();
    void onPrefixChosen();
    void retranslateUi();

    QComboBox *m_idKind;
    QLineEdit *m_citizenId;
    QComboBox *m_prefix;
    QLineEdit *m_firstNameTh;
    QLineEdit *m_lastNameTh;
    QLineEdit *m_firstNameEn;
    QLineEdit *m_lastNameEn;
    QLineEdit *m_nickname;
    BirthDateEdit *m_birthDate;
    QComboBox *m_sex;
    QLabel *m_sexLabel;
};

} // namespace care::ui
