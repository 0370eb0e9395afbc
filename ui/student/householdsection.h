#pragma once

#include "domain/entities.h"
#include "student/formsection.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace care::ui {

// The student's household: members, monthly income (and per person, the
// usual poverty measure) and who the student lives with. Optional for a
// record that has none yet: the section is then a check box to switch on.
class HouseholdSection : public FormSection {
    Q_OBJECT
public:
    explicit HouseholdSection(QWidget *parent = nullptr);

    void load(const std::optional<Household> &household);
    std::optional<Household> household() const;

    // The label this section shows for a field (with its mnemonic); empty
    // for a field it does not show. "household" is the section itself.
    static QString fieldLabel(const QString &field);
    QList<Error> inputErrors() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<int> income(std::optional<Error> *problem = nullptr) const;
    void updatePerPerson();
    void retranslateUi();

    std::optional<Household> m_stored;  // keeps fields this form does not show (notes)
    QSpinBox *m_members;
    QLineEdit *m_income;
    QLabel *m_perPerson;
    QComboBox *m_living;
};

} // namespace care::ui
