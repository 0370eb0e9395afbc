#pragma once

#include "domain/address.h"
#include "student/formsection.h"

class QLabel;
class QLineEdit;

namespace care::ui {

// A Thai postal address as school forms write it.
class AddressSection : public FormSection {
    Q_OBJECT
public:
    explicit AddressSection(QWidget *parent = nullptr);

    void load(const Address &address);
    Address address() const;

    // The label this section shows for a field (with its mnemonic); empty
    // for a field it does not show.
    static QString fieldLabel(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_houseNumber;
    QLabel *m_villageLabel;
    QLineEdit *m_villageNumber;
    QLineEdit *m_community;
    QLineEdit *m_road;
    QLineEdit *m_subdistrict;
    QLineEdit *m_district;
    QLineEdit *m_province;
    QLineEdit *m_postcode;
};

} // namespace care::ui
