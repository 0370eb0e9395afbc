#include "student/addresssection.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace care::ui {

AddressSection::AddressSection(QWidget *parent)
    : FormSection(parent), m_houseNumber(new QLineEdit(this)), m_villageLabel(new QLabel(this)),
      m_villageNumber(new QLineEdit(this)), m_community(new QLineEdit(this)), m_road(new QLineEdit(this)),
      m_subdistrict(new QLineEdit(this)), m_district(new QLineEdit(this)), m_province(new QLineEdit(this)),
      m_postcode(new QLineEdit(this))
{
    for (QLineEdit *edit : {m_houseNumber, m_villageNumber, m_community, m_road, m_subdistrict, m_district,
                            m_province})
        edit->setMaxLength(100);
    m_postcode->setMaxLength(10);
    m_villageNumber->setObjectName(QStringLiteral("villageNumber"));
    m_villageNumber->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) * 2);
    m_villageLabel->setBuddy(m_villageNumber);

    // House number and หมู่ที่ share a row: both are short.
    auto *house = new QWidget(this);
    auto *row = new QHBoxLayout(house);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_houseNumber, 1);
    row->addWidget(m_villageLabel);
    row->addWidget(m_villageNumber);

    auto *form = new QFormLayout(this);
    addRow(form, QStringLiteral("houseNumber"), m_houseNumber, house);
    addRow(form, QStringLiteral("community"), m_community);
    addRow(form, QStringLiteral("road"), m_road);
    addRow(form, QStringLiteral("subdistrict"), m_subdistrict);
    addRow(form, QStringLiteral("district"), m_district);
    addRow(form, QStringLiteral("province"), m_province);
    addRow(form, QStringLiteral("postcode"), m_postcode);
    connect(m_villageNumber, &QLineEdit::textEdited, this, [this] { noteEdit(QStringLiteral("houseNumber")); });
    retranslateUi();
}

void AddressSection::load(const Address &a)
{
    const Loading loading(*this);
    m_houseNumber->setText(a.houseNumber);
    m_villageNumber->setText(a.villageNumber);
    m_community->setText(a.community);
    m_road->setText(a.road);
    m_subdistrict->setText(a.subdistrict);
    m_district->setText(a.district);
    m_province->setText(a.province);
    m_postcode->setText(a.postcode);
}

Address AddressSection::address() const
{
    Address a;
    a.houseNumber = m_houseNumber->text().trimmed();
    a.villageNumber = m_villageNumber->text().trimmed();
    a.community = m_community->text().trimmed();
    a.road = m_road->text().trimmed();
    a.subdistrict = m_subdistrict->text().trimmed();
    a.district = m_district->text().trimmed();
    a.province = m_province->text().trimmed();
    a.postcode = m_postcode->text().trimmed();
    return a;
}

void AddressSection::retranslateUi()
{
    setTitle(tr("Address"));
    setRowLabel(QStringLiteral("houseNumber"), tr("&House number"));
    m_villageLabel->setText(tr("&Moo"));
    m_villageNumber->setToolTip(tr("Village number (หมู่ที่)"));
    setRowLabel(QStringLiteral("community"), tr("Co&mmunity"));
    setRowLabel(QStringLiteral("road"), tr("&Road / lane"));
    setRowLabel(QStringLiteral("subdistrict"), tr("Su&bdistrict"));
    setRowLabel(QStringLiteral("district"), tr("&District"));
    setRowLabel(QStringLiteral("province"), tr("Pro&vince"));
    setRowLabel(QStringLiteral("postcode"), tr("Post&code"));
}

void AddressSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormSection::changeEvent(event);
}

} // namespace care::ui
