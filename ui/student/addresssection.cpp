#include "student/addresssection.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
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

QString AddressSection::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("houseNumber"), QT_TR_NOOP("&House number")},
            {QStringLiteral("villageNumber"), QT_TR_NOOP("&Moo")},
            {QStringLiteral("community"), QT_TR_NOOP("Co&mmunity")},
            {QStringLiteral("road"), QT_TR_NOOP("&Road / lane")},
            {QStringLiteral("subdistrict"), QT_TR_NOOP("Su&bdistrict")},
            {QStringLiteral("district"), QT_TR_NOOP("&District")},
            {QStringLiteral("province"), QT_TR_NOOP("Pro&vince")},
            {QStringLiteral("postcode"), QT_TR_NOOP("Post&code")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void AddressSection::retranslateUi()
{
    setTitle(tr("Address"));
    for (const char *field : {"houseNumber", "community", "road", "subdistrict", "district", "province", "postcode"})
        setRowLabel(QLatin1String(field), fieldLabel(QLatin1String(field)));
    m_villageLabel->setText(fieldLabel(QStringLiteral("villageNumber")));
    m_villageNumber->setToolTip(tr("Village number (หมู่ที่)"));
}

void AddressSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormSection::changeEvent(event);
}

} // namespace care::ui
