#pragma once

#include "domain/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace care::ui {

class FormSection;

// One guardian of a student: relation, name, phone, occupation, whether
// they are the primary contact and live with the student. OK stays disabled
// until the entries are valid; each problem shows under its field.
class GuardianEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuardianEditDialog(QWidget *parent = nullptr);

    // existing = false: a new guardian with these defaults.
    void setLink(const GuardianLink &link, bool existing = true);
    GuardianLink link() const;

    // The label this dialog shows for a field of a guardian or of the link
    // (with its mnemonic); empty for a field it does not show.
    static QString fieldLabel(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void retranslateUi();

    GuardianLink m_link;  // keeps what the form does not show (id, citizen ID)
    bool m_existing = false;
    FormSection *m_section;
    QComboBox *m_relation;
    QComboBox *m_prefix;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QLineEdit *m_occupation;
    QCheckBox *m_primary;
    QCheckBox *m_livesWith;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace care::ui
