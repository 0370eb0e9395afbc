#include "student/householdsection.h"

#include "locale/language.h"
#include "student/enumcombo.h"
#include "student/moneytext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace care::ui {

HouseholdSection::HouseholdSection(QWidget *parent)
    : FormSection(parent), m_members(new QSpinBox(this)), m_income(new QLineEdit(this)), m_perPerson(new QLabel(this)),
      m_living(new QComboBox(this))
{
    m_members->setRange(0, 99);
    m_income->setMaxLength(16);
    m_perPerson->setObjectName(QStringLiteral("incomePerPerson"));
    m_perPerson->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout(this);
    addRow(form, QStringLiteral("memberCount"), m_members);
    addRow(form, QStringLiteral("monthlyIncomeBaht"), m_income);
    addRow(form, QStringLiteral("incomePerPerson"), m_perPerson);
    addRow(form, QStringLiteral("livingArrangement"), m_living);
    setCheckable(true);
    setChecked(false);
    connect(this, &QGroupBox::toggled, this, [this] { noteEdit(QStringLiteral("household")); });
    connect(m_members, &QSpinBox::valueChanged, this, &HouseholdSection::updatePerPerson);
    connect(m_income, &QLineEdit::textChanged, this, &HouseholdSection::updatePerPerson);
    retranslateUi();
    updatePerPerson();
}

void HouseholdSection::load(const std::optional<Household> &household)
{
    const Loading loading(*this);
    m_stored = household;
    // A stored household cannot be taken away here, only changed.
    setCheckable(!household);
    setChecked(household.has_value());
    const Household h = household.value_or(Household{});
    m_members->setValue(h.memberCount);
    m_income->setText(h.monthlyIncomeBaht ? localeFor(currentLanguage()).toString(*h.monthlyIncomeBaht) : QString());
    selectEnum(m_living, h.livingArrangement);
    updatePerPerson();
}

std::optional<int> HouseholdSection::income(std::optional<Error> *problem) const
{
    QString text;
    for (QChar c : m_income->text()) {
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)  // Thai digits
            c = QChar(u'0' + (c.unicode() - 0x0E50));
        if (c != QLatin1Char(',') && !c.isSpace())
            text += c;
    }
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        if (problem)
            *problem = Error{tr("Write the monthly income in whole baht, e.g. 12,000."),
                             QStringLiteral("monthlyIncomeBaht"), {}};
        return std::nullopt;
    }
    // Too large a number is left for the household validator to name.
    return int(std::min<qlonglong>(value, std::numeric_limits<int>::max()));
}

std::optional<Household> HouseholdSection::household() const
{
    if (isCheckable() && !isChecked())
        return std::nullopt;
    Household h = m_stored.value_or(Household{});
    h.memberCount = m_members->value();
    h.monthlyIncomeBaht = income();
    h.livingArrangement = selectedEnum(m_living, LivingArrangement::Other);
    return h;
}

QList<Error> HouseholdSection::inputErrors() const
{
    if (isCheckable() && !isChecked())
        return {};
    std::optional<Error> problem;
    income(&problem);
    if (problem)
        return {*problem};
    return {};
}

void HouseholdSection::updatePerPerson()
{
    const auto money = income();
    if (!money || m_members->value() < 1)
        m_perPerson->setText(tr("–"));
    else
        m_perPerson->setText(tr("%1 a month").arg(formatBaht(double(*money) / m_members->value())));
}

QString HouseholdSection::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("household"), QT_TR_NOOP("Household")},
            {QStringLiteral("memberCount"), QT_TR_NOOP("M&embers (people)")},
            {QStringLiteral("monthlyIncomeBaht"), QT_TR_NOOP("Monthly &income (baht)")},
            {QStringLiteral("incomePerPerson"), QT_TR_NOOP("Income per person")},
            {QStringLiteral("livingArrangement"), QT_TR_NOOP("Lives &with")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void HouseholdSection::retranslateUi()
{
    setTitle(fieldLabel(QStringLiteral("household")));
    for (const char *field : {"memberCount", "monthlyIncomeBaht", "incomePerPerson", "livingArrangement"})
        setRowLabel(QLatin1String(field), fieldLabel(QLatin1String(field)));
    m_members->setSpecialValueText(tr("–"));
    m_income->setPlaceholderText(tr("whole household, e.g. 9,000"));
    fillEnumCombo<LivingArrangement>(m_living);
    updatePerPerson();
}

void HouseholdSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormSection::changeEvent(event);
}

} // namespace care::ui
